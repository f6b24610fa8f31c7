/** "Did you mean …?": the known names closest to an unknown one. */

/** Optimal string alignment distance (Levenshtein plus adjacent transpositions), capped at `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  // Three rows of the table, rotated: two rows back (for swaps), the last one, the one being filled.
  // Stryker disable next-line ArrayDeclaration: a spare row: first read at i = 2, by when it holds row 0
  let prevPrev = new Array<number>(b.length + 1).fill(0);
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  // Stryker disable next-line ArrayDeclaration: each cell is written (curr[0] first, then left to right) before it is read
  let curr = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    curr[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, curr[j - 1]! + 1, prev[j - 1]! + cost);
      // A swap of neighbours. In the first row or column, a[-1] or b[-1] is undefined: equal to no character.
      if (a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prevPrev[j - 2]! + 1);
      curr[j] = v;
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
    [prevPrev, prev, curr] = [prev, curr, prevPrev];
  }
  return prev[b.length]!;
}

/** Lower-cases and turns runs of other characters into "-": "the Kremlin" → "the-kremlin". */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export interface Candidate {
  /** What to suggest: a known id. */
  id: string;
  /** A name the id is known by: the id itself, its label or an alias. */
  name: string;
}

/**
 * Suggests up to `limit` ids whose id, label or alias is close to `wanted`: an exact alias match
 * ("moscow" → "russia") first, then by edit distance on slugs, then ids that contain the wanted text.
 */
export function suggest(wanted: string, candidates: readonly Candidate[], limit = 3): string[] {
  const target = slugify(wanted);
  if (target === '') return [];
  const maxDistance = Math.max(1, Math.min(3, Math.floor(target.length / 3)));
  /** Each id's best score across its names: 0 exact, then edits, maxDistance + 1 for containment. */
  const scored = new Map<string, number>();
  const consider = (id: string, score: number) => scored.set(id, Math.min(score, scored.get(id) ?? score));
  for (const { id, name } of candidates) {
    const slug = slugify(name);
    if (slug === '') continue;
    const d = editDistance(target, slug, maxDistance);
    if (d <= maxDistance) consider(id, d);
    else if (target.length >= 3 && (slug.includes(target) || target.includes(slug)) && slug.length >= 3) {
      consider(id, maxDistance + 1);
    }
  }
  // By score, ties by id: the ids in code-unit order, then a stable sort by score.
  return [...scored.keys()]
    .sort()
    .sort((a, b) => scored.get(a)! - scored.get(b)!)
    .slice(0, limit);
}
