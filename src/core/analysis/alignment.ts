/**
 * The alignment network (one-mode, DNA's congruence and conflict): for each pair of actors, on how
 * many targets they agree and on how many they disagree, as DNA's exporter counts them with a
 * binary agreement qualifier and duplicates counted once (leifeld/dna, Exporter.computeOneModeMatrix):
 * congruence adds 1 for each target and position both took; conflict adds 1 for each target where
 * one took `for` and the other `against`, either way round. An actor both for and against a target
 * counts on both sides. `neutral` counts in `targetsShared` only.
 *
 * Normalisation as DNA's exporter computes it for one-mode networks: `jaccard` divides by the
 * number of (target, position) cells either actor has (DNA's m10 + m01 + m11 with binary cells);
 * `cosine` divides by the product of the two actors' cell counts (DNA's `sqrt(a²)·sqrt(b²)`).
 *
 * Pairs are made per target, so a target shared by few actors costs little; a target with more
 * actors than `maxActorsPerTarget` stops with a message that names it, since its pairs alone grow
 * with the square of its actors.
 */
import type { PositionEdge } from './positions';

export type Normalization = 'none' | 'jaccard' | 'cosine';

export interface AlignmentEdge {
  actorA: string;
  actorB: string;
  congruence: number;
  conflict: number;
  targetsShared: number;
}

export interface AlignmentOptions {
  normalize?: Normalization;
  /** The most actors with a position on one target before the projection refuses (default 2,000). */
  maxActorsPerTarget?: number;
}

export const DEFAULT_MAX_ACTORS_PER_TARGET = 2000;

export class AlignmentTooLargeError extends Error {
  constructor(
    readonly target: string,
    readonly actors: number,
    readonly limit: number,
  ) {
    super(
      `alignment: the target "${target}" has ${actors.toLocaleString('en')} actors with a position on it, ` +
        `${((actors * (actors - 1)) / 2).toLocaleString('en')} pairs to compare, past the limit of ${limit.toLocaleString('en')} actors per target. ` +
        'Narrow the data (a date window, fewer sources) or raise the limit (--max-actors-per-target).',
    );
    this.name = 'AlignmentTooLargeError';
  }
}

interface Pair {
  congruence: number;
  conflict: number;
  targetsShared: number;
}

/** Positive (target, position) cells of each actor: DNA's binary array row sums. */
function cellCounts(edges: readonly PositionEdge[]): Map<string, number> {
  const cells = new Map<string, number>();
  for (const e of edges)
    cells.set(e.actor, (cells.get(e.actor) ?? 0) + Number(e.taken.for) + Number(e.taken.against));
  return cells;
}

export function alignmentNetwork(
  edges: readonly PositionEdge[],
  options: AlignmentOptions = {},
): AlignmentEdge[] {
  const limit = options.maxActorsPerTarget ?? DEFAULT_MAX_ACTORS_PER_TARGET;
  const byTarget = new Map<string, PositionEdge[]>();
  for (const e of edges) {
    let list = byTarget.get(e.target);
    if (!list) byTarget.set(e.target, (list = []));
    list.push(e);
  }
  // Every target is checked before any pair is made: a refusal costs nothing.
  for (const [target, list] of byTarget)
    if (list.length > limit) throw new AlignmentTooLargeError(target, list.length, limit);
  const pairs = new Map<string, Pair>();
  for (const list of byTarget.values()) {
    list.sort((a, b) => (a.actor < b.actor ? -1 : a.actor > b.actor ? 1 : 0));
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i]!.taken;
        const b = list[j]!.taken;
        const key = `${list[i]!.actor}\u0000${list[j]!.actor}`;
        let pair = pairs.get(key);
        if (!pair) pairs.set(key, (pair = { congruence: 0, conflict: 0, targetsShared: 0 }));
        pair.targetsShared += 1;
        pair.congruence += Number(a.for && b.for) + Number(a.against && b.against);
        pair.conflict += Number(a.for && b.against) + Number(a.against && b.for);
      }
    }
  }
  const cells = options.normalize && options.normalize !== 'none' ? cellCounts(edges) : undefined;
  const result: AlignmentEdge[] = [];
  for (const [key, pair] of pairs) {
    const [actorA, actorB] = key.split('\u0000') as [string, string];
    let norm = 1;
    if (cells && options.normalize === 'cosine') norm = cells.get(actorA)! * cells.get(actorB)!;
    // With binary cells DNA's m11 is the congruence count, and m10 + m01 + m11 the cells of either.
    if (cells && options.normalize === 'jaccard')
      norm = cells.get(actorA)! + cells.get(actorB)! - pair.congruence;
    const scale = (v: number) => (norm === 0 ? 0 : v / norm);
    result.push({
      actorA,
      actorB,
      congruence: scale(pair.congruence),
      conflict: scale(pair.conflict),
      targetsShared: pair.targetsShared,
    });
  }
  return result.sort((x, y) =>
    x.actorA < y.actorA
      ? -1
      : x.actorA > y.actorA
        ? 1
        : x.actorB < y.actorB
          ? -1
          : x.actorB > y.actorB
            ? 1
            : 0,
  );
}
