/**
 * What deleting a record takes with it: the records that refer to it lose those references
 * (references.ts), and those that cannot stand without it (a stance without its actor) are deleted
 * too, and so on, until nothing refers to a deleted record. The plan names records only; the edit
 * applies it to each file's text as it is on disk when its turn comes.
 */
import type { RecordEntry } from './folder-state';
import { referrersOf, targetOf, withReferencesDropped, type Referrer, type Target } from './references';

export interface CascadePlan {
  /** The records deleted, the first one asked for. */
  removed: RecordEntry[];
  /** The records that lose references, and to which deleted records. */
  changed: Map<RecordEntry, { target: Target; id: string }[]>;
}

const keyOf = (e: RecordEntry) => `${e.kind}\0${e.id}\0${e.file}`;

export function planCascade(index: Map<string, RecordEntry[]>, first: RecordEntry): CascadePlan {
  const removed = [first];
  const removedKeys = new Set([keyOf(first)]);
  const changed = new Map<RecordEntry, { target: Target; id: string }[]>();
  for (let i = 0; i < removed.length; i++) {
    const gone = removed[i]!;
    const target = targetOf(gone.kind);
    if (!target) continue;
    for (const { entry } of referrersOf(index, target, gone.id)) {
      if (removedKeys.has(keyOf(entry))) continue;
      const drops = [...(changed.get(entry) ?? []), { target, id: gone.id }];
      let value: unknown = entry.value;
      for (const drop of drops)
        value = value === null ? null : withReferencesDropped(entry.kind, value, drop.target, drop.id);
      if (value === null) {
        changed.delete(entry);
        removed.push(entry);
        removedKeys.add(keyOf(entry));
      } else changed.set(entry, drops);
    }
  }
  return { removed, changed };
}

/** The referrers, as the 409 of a delete without cascade lists them. */
export function describeReferrers(
  referrers: Referrer[],
): { id: string; kind: string; file: string; fields: string[] }[] {
  return referrers.map(({ entry, references }) => ({
    id: entry.id,
    kind: entry.kind,
    file: entry.file,
    fields: references.map((r) =>
      r.path
        .map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`))
        .join('')
        .slice(1),
    ),
  }));
}
