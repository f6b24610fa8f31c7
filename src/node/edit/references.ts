/**
 * Where records name other records — entities in the roles of stances, relation ends, attributions
 * and `serves`; stances in `inReplyTo` and `condition`; sources in `source` and evidence — with the
 * entity kinds each role allows (the vocabulary's stanceRoles, relationTypes and entityFieldRefs).
 * The validator checks references; this finds and rewrites them, for deletes and merges.
 */
import {
  entityFieldRefs,
  entityKindIds,
  NARRATOR,
  relationTypes,
  stanceRoles,
  type EntityKind,
  type RelationType,
} from '../../core';
import type { RecordEntry } from './folder-state';
import type { RecordKind } from './key-order';

export type Target = 'entity' | 'stance' | 'source';

export interface Reference {
  /** The field, as a path into the record: ["recipient", 1]. */
  path: (string | number)[];
  target: Target;
  id: string;
  /** The role, in words: "actor", "the from end of member_of". */
  role: string;
  /** For an entity: the kinds the role allows. */
  kinds?: readonly EntityKind[];
}

type Fields = Record<string, unknown>;
const asFields = (value: unknown): Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Fields) : {};
const str = (value: unknown) => (typeof value === 'string' ? value : undefined);

function attributionRefs(record: Fields, out: Reference[]): void {
  if (!Array.isArray(record.reportedBy)) return;
  record.reportedBy.forEach((raw, i) => {
    const a = asFields(raw);
    const by = str(a.by);
    if (by !== undefined && by !== NARRATOR)
      out.push({
        path: ['reportedBy', i, 'by'],
        target: 'entity',
        id: by,
        role: 'reportedBy',
        kinds: stanceRoles.reportedBy,
      });
    const via = str(a.via);
    if (via !== undefined)
      out.push({
        path: ['reportedBy', i, 'via'],
        target: 'entity',
        id: via,
        role: 'via',
        kinds: stanceRoles.via,
      });
  });
}

function sourceRefs(record: Fields, out: Reference[]): void {
  const source = str(record.source);
  if (source !== undefined) out.push({ path: ['source'], target: 'source', id: source, role: 'source' });
  if (!Array.isArray(record.evidence)) return;
  record.evidence.forEach((raw, i) => {
    const id = str(asFields(raw).source);
    if (id !== undefined)
      out.push({ path: ['evidence', i, 'source'], target: 'source', id, role: 'evidence source' });
  });
}

function stanceReferences(s: Fields, out: Reference[]): void {
  for (const role of ['actor', 'speaker', 'target'] as const) {
    const id = str(s[role]);
    if (id !== undefined) out.push({ path: [role], target: 'entity', id, role, kinds: stanceRoles[role] });
  }
  if (Array.isArray(s.recipient))
    s.recipient.forEach((id, i) => {
      if (typeof id === 'string')
        out.push({
          path: ['recipient', i],
          target: 'entity',
          id,
          role: 'recipient',
          kinds: stanceRoles.recipient,
        });
    });
  const audience = str(asFields(s.audience).entity);
  if (audience !== undefined)
    out.push({
      path: ['audience', 'entity'],
      target: 'entity',
      id: audience,
      role: 'audience',
      kinds: stanceRoles.audience,
    });
  attributionRefs(s, out);
  const reply = str(s.inReplyTo);
  if (reply !== undefined) out.push({ path: ['inReplyTo'], target: 'stance', id: reply, role: 'inReplyTo' });
  const condition = str(asFields(s.condition).stance);
  if (condition !== undefined)
    out.push({ path: ['condition', 'stance'], target: 'stance', id: condition, role: 'condition' });
  sourceRefs(s, out);
}

function relationReferences(r: Fields, out: Reference[]): void {
  const spec = relationTypes[r.type as RelationType] as
    { from: readonly EntityKind[]; to: readonly EntityKind[] } | undefined;
  for (const end of ['from', 'to'] as const) {
    const id = str(r[end]);
    if (id !== undefined)
      out.push({
        path: [end],
        target: 'entity',
        id,
        role: `the ${end} end of ${String(r.type)}`,
        kinds: spec?.[end] ?? entityKindIds,
      });
  }
  attributionRefs(r, out);
  sourceRefs(r, out);
}

/** Every reference a record makes. */
export function referencesOf(kind: RecordKind, record: unknown): Reference[] {
  const fields = asFields(record);
  const out: Reference[] = [];
  if (kind === 'stance') stanceReferences(fields, out);
  else if (kind === 'relation') relationReferences(fields, out);
  else if (kind === 'entity') {
    for (const [field, kinds] of Object.entries(entityFieldRefs)) {
      const id = str(fields[field]);
      if (id !== undefined) out.push({ path: [field], target: 'entity', id, role: field, kinds });
    }
  }
  return out;
}

/** What a record kind is referred to as. */
export function targetOf(kind: RecordKind): Target | undefined {
  return kind === 'entity'
    ? 'entity'
    : kind === 'stance'
      ? 'stance'
      : kind === 'source'
        ? 'source'
        : undefined;
}

export interface Referrer {
  entry: RecordEntry;
  references: Reference[];
}

/** The records that refer to `id` as a `target`, each with its references to it. */
export function referrersOf(index: Map<string, RecordEntry[]>, target: Target, id: string): Referrer[] {
  const out: Referrer[] = [];
  for (const entries of index.values()) {
    for (const entry of entries) {
      const references = referencesOf(entry.kind, entry.value).filter(
        (r) => r.target === target && r.id === id,
      );
      if (references.length > 0 && !(entry.id === id && targetOf(entry.kind) === target))
        out.push({ entry, references });
    }
  }
  return out;
}

/** The record with every reference to entity `from` turned into `into` (a list keeps one of each). */
export function withEntityReplaced(kind: RecordKind, record: unknown, from: string, into: string): Fields {
  const copy = structuredClone(asFields(record));
  for (const ref of referencesOf(kind, copy)) {
    if (ref.target === 'entity' && ref.id === from) setAt(copy, ref.path, into);
  }
  if (Array.isArray(copy.recipient)) copy.recipient = [...new Set(copy.recipient)];
  return copy;
}

/**
 * The record without its references to `id` (a `target`): optional fields dropped, list items taken
 * out, a condition kept in words; null when the record cannot stand without it (a stance's actor,
 * target or source, a relation's end).
 */
export function withReferencesDropped(
  kind: RecordKind,
  record: unknown,
  target: Target,
  id: string,
): Fields | null {
  const copy = structuredClone(asFields(record));
  const refs = referencesOf(kind, copy).filter((r) => r.target === target && r.id === id);
  if (refs.length === 0) return copy;
  const vital = new Set(
    kind === 'stance' ? ['actor', 'target', 'source'] : kind === 'relation' ? ['from', 'to'] : [],
  );
  if (refs.some((r) => r.path.length === 1 && vital.has(r.path[0] as string))) return null;
  // From the last, so that list indices still hold.
  for (const ref of [...refs].reverse()) dropAt(copy, ref);
  if (kind === 'relation' && target === 'source' && Array.isArray(copy.evidence))
    // Quotes that took the dropped default source have none left.
    copy.evidence = copy.evidence.filter(
      (e) => str(asFields(e).source) !== undefined || str(copy.source) !== undefined,
    );
  for (const list of ['recipient', 'reportedBy', 'evidence'] as const)
    if (Array.isArray(copy[list]) && copy[list].length === 0 && list !== 'evidence') delete copy[list];
  if (kind === 'stance' && Array.isArray(copy.evidence) && copy.evidence.length === 0) return null;
  return copy;
}

function dropAt(record: Fields, ref: Reference): void {
  const [field, index, sub] = ref.path;
  if (ref.path.length === 1) delete record[field as string];
  else if (field === 'recipient') (record.recipient as unknown[]).splice(index as number, 1);
  else if (field === 'audience') {
    const text = str(asFields(record.audience).text);
    if (text !== undefined) record.audience = text;
    else delete record.audience;
  } else if (field === 'condition') {
    const text = str(asFields(record.condition).text);
    if (text !== undefined) record.condition = text;
    else delete record.condition;
  } else if (field === 'reportedBy') {
    const list = record.reportedBy as Fields[];
    if (sub === 'by') list.splice(index as number, 1);
    else delete list[index as number]!.via;
  } else if (field === 'evidence') (record.evidence as unknown[]).splice(index as number, 1);
}

function setAt(record: Fields, path: (string | number)[], value: unknown): void {
  let at: unknown = record;
  for (const key of path.slice(0, -1)) at = (at as Record<string | number, unknown>)[key];
  (at as Record<string | number, unknown>)[path[path.length - 1]!] = value;
}
