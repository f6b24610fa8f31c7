/**
 * How records are laid out in the data files: the order of their keys (the schema's declaration
 * order, which the seed follows, with an entity's kind and own fields after its names), the fields
 * whose default value is left unwritten, and the record kinds by section.
 */
import type { z } from 'zod';
import {
  attribution,
  audience,
  condition,
  evidenceSelector,
  kindFields,
  period,
  relation,
  source,
  stance,
  type Section,
} from '../../core';

/** What a record is, as the API names it, and the section of a data file that holds it. */
export type RecordKind = 'source' | 'entity' | 'relation' | 'stance';

export const SECTION_OF: Record<RecordKind, Section> = {
  source: 'sources',
  entity: 'entities',
  relation: 'relations',
  stance: 'stances',
};

export const KIND_OF: Record<Section, RecordKind> = {
  sources: 'source',
  entities: 'entity',
  relations: 'relation',
  stances: 'stance',
};

type ObjectSchema = { shape: Record<string, z.ZodType> };
const keysOf = (schema: unknown) => Object.keys((schema as ObjectSchema).shape);

/** Entities: names first, then the kind's own fields, then where the entity came from and the note. */
const ENTITY_KEYS = [
  'id',
  'kind',
  'label',
  'aliases',
  'description',
  'wikidata',
  ...new Set(Object.values(kindFields).flatMap((fields) => Object.keys(fields))),
  'formerIds',
  'note',
];

const TOP_LEVEL: Record<Section, readonly string[]> = {
  sources: keysOf(source),
  entities: ENTITY_KEYS,
  relations: keysOf(relation),
  stances: keysOf(stance),
};

/** Key order of the maps inside records, by the field that holds them. */
const NESTED: Record<string, readonly string[]> = {
  evidence: keysOf(evidenceSelector),
  reportedBy: keysOf(attribution),
  period: keysOf(period),
  audience: keysOf((audience as unknown as { options: unknown[] }).options[1]),
  condition: keysOf((condition as unknown as { options: unknown[] }).options[1]),
};

/** The keys of a record's map in the seed's order; keys the schema does not know come last, as given. */
export function orderKeys(keys: readonly string[], order: readonly string[]): string[] {
  const rank = (key: string) => {
    const at = order.indexOf(key);
    return at === -1 ? order.length : at;
  };
  return keys
    .map((key, i) => ({ key, i }))
    .sort((a, b) => rank(a.key) - rank(b.key) || a.i - b.i)
    .map(({ key }) => key);
}

export function topLevelOrder(section: Section): readonly string[] {
  return TOP_LEVEL[section];
}

/** The key order of a map held by `field` (an evidence item, a period…); none for unknown fields. */
export function nestedOrder(field: string): readonly string[] {
  return NESTED[field] ?? [];
}

/** Fields whose default the schema fills in: written only when they differ from it. */
const DEFAULTS: Record<Section, Record<string, unknown>> = {
  sources: {},
  entities: { aliases: [] },
  relations: { negated: false, evidence: [] },
  stances: { negated: false, hedged: false, background: false },
};

export function isDefaultValue(section: Section, key: string, value: unknown): boolean {
  if (!Object.hasOwn(DEFAULTS[section], key)) return false;
  const fallback = DEFAULTS[section][key];
  return Array.isArray(fallback) ? Array.isArray(value) && value.length === 0 : value === fallback;
}

/** Fields that hold a partial date: a bare year is written as the number people type (2010), not "2010". */
export const DATE_FIELDS = new Set([
  'date',
  'published',
  'founded',
  'signed',
  'inForce',
  'expires',
  'start',
  'end',
]);
