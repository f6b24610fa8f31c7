/**
 * Merging entity `from` into entity `into`: every reference to `from` becomes one to `into`, `from`'s
 * label and aliases become aliases of `into` (each name once, never its own label), `into` records
 * `formerIds`, and `from` is deleted. Entities of one kind always merge; of different kinds only
 * when each reference to `from` names a role that allows `into`'s kind (stanceRoles, relation types).
 */
import { EditFailure } from './edit-failure';
import { refuseErrors, type EditCore, type FilePlan } from './editor';
import type { RecordEntry } from './folder-state';
import { SECTION_OF } from './key-order';
import { findRecord, layoutOf } from './record-spans';
import { referrersOf, withEntityReplaced, type Referrer } from './references';
import { prepareRecord } from './render-record';
import { applyRecordEdits, type RecordEdit } from './splice-records';

export interface MergePlan {
  from: RecordEntry;
  into: RecordEntry;
  referrers: Referrer[];
}

const kindOf = (e: RecordEntry) => String((e.value as { kind?: unknown }).kind);

/** The merge's plan, or a refusal: 404 for an unknown id, 422 when the two cannot merge (with why). */
export function planMerge(index: Map<string, RecordEntry[]>, fromId: string, intoId: string): MergePlan {
  const find = (id: string) => {
    const entries = index.get(id) ?? [];
    const entity = entries.find((e) => e.kind === 'entity');
    if (entity) return entity;
    if (entries.length > 0)
      throw new EditFailure(422, { error: `"${id}" is a ${entries[0]!.kind}: only entities merge` });
    throw new EditFailure(404, { error: `no entity "${id}"` });
  };
  const from = find(fromId);
  const into = find(intoId);
  if (fromId === intoId)
    throw new EditFailure(422, { error: `an entity cannot merge into itself ("${fromId}")` });
  const referrers = referrersOf(index, 'entity', fromId).filter((r) => r.entry !== from);
  const intoKind = kindOf(into);
  if (kindOf(from) !== intoKind) {
    const reasons = referrers.flatMap(({ entry, references }) =>
      references
        .filter((r) => r.kinds && !r.kinds.includes(intoKind as never))
        .map(
          (r) =>
            `${entry.kind} "${entry.id}" names "${fromId}" as ${r.role}, which allows ${r.kinds!.join(', ')}, not ${intoKind}`,
        ),
    );
    if (reasons.length > 0)
      throw new EditFailure(422, {
        error: `"${fromId}" (${kindOf(from)}) cannot merge into "${intoId}" (${intoKind}): ${reasons[0]}${reasons.length > 1 ? ` (and ${reasons.length - 1} more)` : ''}`,
        reasons,
      });
  }
  return { from, into, referrers };
}

/** `into` as it is after the merge: `from`'s names among its aliases, `from` among its former ids. */
export function mergedEntity(
  into: Record<string, unknown>,
  from: Record<string, unknown>,
): Record<string, unknown> {
  const names = (value: unknown) =>
    Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  const label = typeof into.label === 'string' ? into.label : '';
  const seen = new Set([label.toLowerCase()]);
  const aliases: string[] = [];
  for (const name of [...names(into.aliases), String(from.label ?? ''), ...names(from.aliases)]) {
    const key = name.trim().toLowerCase();
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    aliases.push(name);
  }
  const formerIds = [...new Set([...names(into.formerIds), String(from.id), ...names(from.formerIds)])];
  return { ...into, aliases, formerIds };
}

/** Merges entity `fromId` into `intoId` across every file; the answer lists the files and records changed. */
export async function mergeEntities(core: EditCore, fromId: string, intoId: string) {
  const { from, into, referrers } = planMerge(core.state.index(), fromId, intoId);
  const fromValue = from.value as Record<string, unknown>;
  const changed = new Map<string, RecordEntry[]>();
  for (const entry of [into, ...referrers.map((r) => r.entry)])
    changed.set(entry.file, [...(changed.get(entry.file) ?? []), entry]);
  const files = new Set([from.file, ...changed.keys()]);
  const plans = new Map<string, FilePlan>();
  for (const file of files) {
    plans.set(file, (text) => {
      if (text === null) throw new EditFailure(409, { error: `${file} is gone from disk` });
      const layout = layoutOf(text);
      const edits: RecordEdit[] = [];
      for (const entry of new Set(changed.get(file) ?? [])) {
        const section = SECTION_OF[entry.kind];
        const span = findRecord(layout, entry.id, section);
        if (!span)
          throw new EditFailure(409, { error: `the record "${entry.id}" changed on disk`, id: entry.id });
        let value = withEntityReplaced(entry.kind, span.value, fromId, intoId);
        if (entry === into) value = mergedEntity(value, fromValue);
        edits.push({
          type: 'replace',
          id: entry.id,
          section,
          record: prepareRecord(section, value, span.value as Record<string, unknown>),
        });
      }
      if (file === from.file) {
        if (!findRecord(layout, fromId, 'entities'))
          throw new EditFailure(409, { error: `the entity "${fromId}" changed on disk`, id: fromId });
        edits.push({ type: 'remove', id: fromId, section: 'entities' });
      }
      return applyRecordEdits(text, edits).text;
    });
  }
  const ids = [fromId, intoId, ...referrers.map((r) => r.entry.id)];
  const { changes } = await core.commit({
    op: 'merge',
    ids: [...new Set(ids)],
    plans,
    check: (validation, before) => refuseErrors(undefined, validation, before),
  });
  return {
    from: fromId,
    into: intoId,
    files: changes.map((c) => c.file),
    changed: [...new Set(ids.slice(1))],
  };
}
