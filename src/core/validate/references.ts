/**
 * Cross-file checks on ids: duplicates, references to unknown ids (with suggestions) and references
 * to entities of the wrong kind for their role.
 */
import type { Attribution, Entity, EntityKind, Source } from '../schema';
import { entityFieldRefs, NARRATOR, relationTypes, stanceRoles } from '../schema';
import { formatPath, quoteList, type Diagnostic } from './diagnostic';
import type { DataPath } from './locator';
import type { Located, ParsedData } from './parse-files';
import { suggest, type Candidate } from './suggest';

export type ClaimItem = ParsedData['items']['relations'][number] | ParsedData['items']['stances'][number];

export interface IdIndex {
  entities: Map<string, Located<Entity>>;
  sources: Map<string, Located<Source>>;
  claims: Map<string, ClaimItem>;
  /** Names entities are known by (ids, labels, aliases), for suggestions. */
  entityNames: Candidate[];
  /** How many references each entity receives. */
  referenceCounts: Map<string, number>;
}

export function diagnosticAt(
  item: Located<unknown>,
  subPath: DataPath,
  code: string,
  message: string,
  severity: Diagnostic['severity'] = 'error',
): Diagnostic {
  const path = [...item.path, ...subPath];
  const at = item.locator.value(path);
  return {
    severity,
    code,
    file: item.file,
    line: at.line,
    column: at.column,
    path: formatPath(path),
    message,
  };
}

const lineOf = (item: Located<unknown>) => item.line;

function where(item: Located<unknown>): string {
  const at = item.locator.value([...item.path, 'id']);
  return `${item.file}:${at.line}:${at.column}`;
}

/** Indexes ids and reports duplicates: entities, sources, and claims (relations and stances share edge keys). */
export function indexIds(parsed: ParsedData, diagnostics: Diagnostic[]): IdIndex {
  const index: IdIndex = {
    entities: new Map(),
    sources: new Map(),
    claims: new Map(),
    entityNames: [],
    referenceCounts: new Map(),
  };
  // Duplicates are looked for among valid and invalid items alike, in file order, so that a bad
  // first definition still makes a second one a duplicate.
  const register = <T extends { id: string }>(
    map: Map<string, Located<T>>,
    valid: Located<T>[],
    invalid: Located<unknown>[],
    what: string,
  ) => {
    const all = [
      ...valid.map((item) => ({ item: item as Located<unknown>, id: item.value.id, valid: true })),
      ...invalid.flatMap((item) => {
        const id = (item.value as { id?: unknown } | null)?.id;
        return typeof id === 'string' ? [{ item, id, valid: false }] : [];
      }),
    ].sort(
      (a, b) =>
        (a.item.file < b.item.file ? -1 : a.item.file > b.item.file ? 1 : 0) ||
        lineOf(a.item) - lineOf(b.item),
    );
    const first = new Map<string, Located<unknown>>();
    for (const { item, id, valid: isValid } of all) {
      const earlier = first.get(id);
      if (earlier) {
        diagnostics.push(
          diagnosticAt(
            item,
            ['id'],
            'duplicate-id',
            `expected a unique ${what} id, found "${id}" again (first defined at ${where(earlier)})`,
          ),
        );
        continue;
      }
      first.set(id, item);
      if (isValid) map.set(id, item as Located<T>);
    }
  };
  register(index.sources, parsed.items.sources, parsed.invalidItems.sources, 'source');
  register(index.entities, parsed.items.entities, parsed.invalidItems.entities, 'entity');
  register(
    index.claims as Map<string, Located<{ id: string }>>,
    [...parsed.items.relations, ...parsed.items.stances],
    [...parsed.invalidItems.relations, ...parsed.invalidItems.stances],
    'relation or stance',
  );
  for (const [id, { value }] of index.entities) {
    index.entityNames.push(
      { id, name: id },
      { id, name: value.label },
      ...value.aliases.map((name) => ({ id, name })),
    );
  }
  // An entity that failed its schema is still known by its names, for suggestions and reference counts.
  for (const { value } of parsed.invalidItems.entities) {
    const raw = value as { id?: unknown; label?: unknown; aliases?: unknown };
    if (typeof raw.id !== 'string') continue;
    const id = raw.id;
    const names = [raw.id, raw.label, ...(Array.isArray(raw.aliases) ? raw.aliases : [])];
    for (const name of names) if (typeof name === 'string') index.entityNames.push({ id, name });
  }
  for (const section of ['entities', 'relations', 'stances'] as const) {
    for (const { value } of parsed.invalidItems[section]) {
      for (const ref of referencesOf(value))
        index.referenceCounts.set(ref, (index.referenceCounts.get(ref) ?? 0) + 1);
    }
  }
  return index;
}

const kindList = (kinds: readonly EntityKind[]) => quoteList(kinds);

/** The entity ids an item that failed its schema still names, so that they do not look unreferenced. */
function referencesOf(value: unknown): string[] {
  const v = (value ?? {}) as Record<string, unknown>;
  const refs: unknown[] = ['from', 'to', 'actor', 'speaker', 'target', 'serves'].map((f) => v[f]);
  if (Array.isArray(v.recipient)) refs.push(...v.recipient);
  if (v.audience && typeof v.audience === 'object') refs.push((v.audience as Record<string, unknown>).entity);
  if (Array.isArray(v.reportedBy))
    for (const a of v.reportedBy) if (a && typeof a === 'object') refs.push(a.by, a.via);
  return refs.filter((r): r is string => typeof r === 'string');
}

export class ReferenceChecker {
  constructor(
    private readonly index: IdIndex,
    private readonly parsed: ParsedData,
    private readonly diagnostics: Diagnostic[],
  ) {}

  /** Checks that `id` names an entity of one of `kinds`; `role` says what the field is for. */
  entity(
    item: Located<unknown>,
    field: DataPath,
    id: string,
    kinds: readonly EntityKind[],
    role: string,
  ): Entity | undefined {
    this.index.referenceCounts.set(id, (this.index.referenceCounts.get(id) ?? 0) + 1);
    const found = this.index.entities.get(id);
    if (found) {
      if (!kinds.includes(found.value.kind)) {
        this.diagnostics.push(
          diagnosticAt(
            item,
            field,
            'wrong-kind',
            `expected ${role} of kind ${kindList(kinds)}, found "${id}" of kind "${found.value.kind}"`,
          ),
        );
      }
      return found.value;
    }
    if (this.parsed.invalidIds.entities.has(id)) return undefined; // its own errors are reported
    this.unknown(item, field, id, this.index.entityNames, `the id of an entity (${role})`, 'entity');
    return undefined;
  }

  /** Checks that `id` names a stance; `role` says what it is to this one. */
  stance(item: Located<unknown>, field: DataPath, id: string, role: string): boolean {
    const found = this.index.claims.get(id);
    if (found && this.stanceIds.has(id)) return true;
    if (found) {
      this.diagnostics.push(
        diagnosticAt(
          item,
          field,
          'wrong-kind',
          `expected the id of a stance (${role}), found "${id}", which is a relation`,
        ),
      );
      return false;
    }
    if (this.parsed.invalidIds.stances.has(id)) return false;
    const names = [...this.stanceIds].map((s) => ({ id: s, name: s }));
    this.unknown(item, field, id, names, `the id of a stance (${role})`, 'stance');
    return false;
  }

  private get stanceIds(): Set<string> {
    return (this.stanceIdSet ??= new Set(this.parsed.items.stances.map((s) => s.value.id)));
  }

  private stanceIdSet: Set<string> | undefined;

  source(item: Located<unknown>, field: DataPath, id: string): Source | undefined {
    const found = this.index.sources.get(id);
    if (found) return found.value;
    if (this.parsed.invalidIds.sources.has(id)) return undefined;
    const names = [...this.index.sources.keys()].map((s) => ({ id: s, name: s }));
    this.unknown(item, field, id, names, 'the id of a source', 'source');
    return undefined;
  }

  /** Reports an id that nothing has, with the known ids closest to it. */
  private unknown(
    item: Located<unknown>,
    field: DataPath,
    id: string,
    names: Candidate[],
    expected: string,
    what: string,
  ): void {
    const suggestions = suggest(id, names);
    const hint = suggestions.length ? `; did you mean ${quoteList(suggestions)}?` : '';
    this.diagnostics.push({
      ...diagnosticAt(
        item,
        field,
        'unknown-id',
        `expected ${expected}, found "${id}", which no ${what} has${hint}`,
      ),
      ...(suggestions.length ? { suggestions } : {}),
    });
  }
}

export function checkReferences(parsed: ParsedData, checker: ReferenceChecker): void {
  for (const item of parsed.items.entities) {
    for (const [field, kinds] of Object.entries(entityFieldRefs)) {
      const id = (item.value as Record<string, unknown>)[field];
      if (typeof id === 'string') checker.entity(item, [field], id, kinds, `the entity it ${field}`);
    }
  }
  for (const item of parsed.items.relations) {
    const r = item.value;
    const spec = relationTypes[r.type];
    checker.entity(item, ['from'], r.from, spec.from, `the "from" end of ${r.type}`);
    checker.entity(item, ['to'], r.to, spec.to, `the "to" end of ${r.type}`);
    if (r.source !== undefined) checker.source(item, ['source'], r.source);
    checkAttributions(checker, item, r.reportedBy);
  }
  for (const item of parsed.items.stances) {
    const s = item.value;
    for (const role of ['actor', 'speaker', 'target'] as const) {
      const id = s[role];
      if (id !== undefined) checker.entity(item, [role], id, stanceRoles[role], `the stance's ${role}`);
    }
    s.recipient?.forEach((id, i) =>
      checker.entity(item, ['recipient', i], id, stanceRoles.recipient, "the stance's recipient"),
    );
    if (typeof s.audience === 'object' && s.audience.entity !== undefined)
      checker.entity(
        item,
        ['audience', 'entity'],
        s.audience.entity,
        stanceRoles.audience,
        "the stance's audience",
      );
    checkAttributions(checker, item, s.reportedBy);
    if (s.inReplyTo !== undefined) checker.stance(item, ['inReplyTo'], s.inReplyTo, 'the stance it answers');
    if (typeof s.condition === 'object')
      checker.stance(item, ['condition', 'stance'], s.condition.stance, 'the stance it depends on');
    checker.source(item, ['source'], s.source);
  }
}

function checkAttributions(
  checker: ReferenceChecker,
  item: ClaimItem,
  list: Attribution[] | undefined,
): void {
  list?.forEach((a, i) => {
    if (a.by !== NARRATOR)
      checker.entity(item, ['reportedBy', i, 'by'], a.by, stanceRoles.reportedBy, 'who reports it');
    if (a.via !== undefined)
      checker.entity(item, ['reportedBy', i, 'via'], a.via, stanceRoles.via, 'whom the report came through');
  });
}
