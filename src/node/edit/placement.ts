/**
 * Where new records go, as the seed lays a data folder out: a source and its stances in
 * `articles/<source>.yaml` (or the file that already holds the source), entities in one file per
 * group of kinds, relations in `relations/standing.yaml`; and the ids of new records, made from
 * their names and unique in their namespace (sources, entities, and claims: relations and stances).
 */
import { posix } from 'node:path';
import { slugify, type EntityKind } from '../../core';
import type { FolderState } from './folder-state';
import type { RecordKind } from './key-order';

/** Each entity kind's file, and the comment the seed heads it with. */
const ENTITY_FILES: Record<EntityKind, string> = {
  state: 'entities/actors.yaml',
  organization: 'entities/actors.yaml',
  government_body: 'entities/actors.yaml',
  person: 'entities/people.yaml',
  treaty: 'entities/treaties-and-weapons.yaml',
  weapon_system: 'entities/treaties-and-weapons.yaml',
  issue: 'entities/issues-and-places.yaml',
  place: 'entities/issues-and-places.yaml',
};

const FILE_HEADINGS: Record<string, string> = {
  'entities/actors.yaml': 'States, organisations and government bodies: the actors shared by every article.',
  'entities/people.yaml': 'People: officials who speak for the actors.',
  'entities/issues-and-places.yaml':
    'Issues and concepts: what stances are about when it is not an actor. Places.',
  'relations/standing.yaml': 'Standing relations between entities.',
};

export const RELATIONS_FILE = 'relations/standing.yaml';

export const articleFile = (sourceId: string) => `articles/${sourceId}.yaml`;
export const textFile = (sourceId: string) => `texts/${sourceId}.txt`;

/** The file a new record of this kind goes to. */
export function fileForRecord(kind: RecordKind, record: Record<string, unknown>, state: FolderState): string {
  if (kind === 'entity') return ENTITY_FILES[record.kind as EntityKind] ?? 'entities/other.yaml';
  if (kind === 'relation') return RELATIONS_FILE;
  const source = typeof record.source === 'string' ? record.source : String(record.id);
  if (kind === 'stance') return state.lookup(source, 'source')?.file ?? articleFile(source);
  return articleFile(String(record.id));
}

/** The first lines of a new data file: the schema for editors (as the seed's files begin), a heading. */
export function newFileHeader(rel: string): string[] {
  const schema = posix.relative(posix.dirname(rel), 'schema/stancegraph.schema.json');
  const heading = FILE_HEADINGS[rel];
  return [`# yaml-language-server: $schema=${schema}`, ...(heading ? [`# ${heading}`] : [])];
}

/** Namespaces of ids, as the validator checks duplicates. */
const NAMESPACE: Record<RecordKind, string> = {
  source: 'source',
  entity: 'entity',
  relation: 'claim',
  stance: 'claim',
};

export function idTaken(state: FolderState, kind: RecordKind, id: string): boolean {
  return (state.index().get(id) ?? []).some((e) => NAMESPACE[e.kind] === NAMESPACE[kind]);
}

const MAX_SLUG = 60;

/** A slug of a name, cut at a word within the length ids are kept to. */
function slugOf(name: string, fallback: string): string {
  let slug = slugify(name);
  if (slug.length > MAX_SLUG) slug = slug.slice(0, MAX_SLUG).replace(/-[^-]*$/, '');
  return slug === '' ? fallback : slug;
}

/** The id for a new record: from its name (a source's title, an entity's label, a claim's ends), made unique. */
export function deriveId(
  kind: RecordKind,
  record: Record<string, unknown>,
  taken: (id: string) => boolean,
): string {
  const s = (key: string) => (typeof record[key] === 'string' ? (record[key] as string) : '');
  const name =
    kind === 'source'
      ? s('title')
      : kind === 'entity'
        ? s('label')
        : kind === 'relation'
          ? `${s('from')} ${s('type')} ${s('to')}`
          : `${s('actor')} ${s('type')} ${s('target')}`;
  const base = slugOf(name, kind);
  let id = base;
  for (let n = 2; taken(id); n++) id = `${base}-${n}`;
  return id;
}
