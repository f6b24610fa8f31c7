/** "Did you mean …?": the known names closest to an unknown one. */

/** Optimal string alignment distance (Levenshtein plus adjacent transpositions), capped at `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows = a.length + 1;
  const cols = b.length + 1;
  let prevPrev = new Array<number>(cols).fill(0);
  let prev = Array.from({ length: cols }, (_, j) => j);
  let curr = new Array<number>(cols).fill(0);
  for (let i = 1; i < rows; i++) {
    curr[0] = i;
    let rowMin = i;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, curr[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, prevPrev[j - 2]! + 1);
      curr[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prevPrev, prev, curr] = [prev, curr, prevPrev];
  }
  return prev[cols - 1]!;
}

/** Lower-cases and turns runs of other characters into "-": "the Kremlin" → "the-kremlin". */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
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
  const scored = new Map<string, number>();
  const consider = (id: string, score: number) => {
    const previous = scored.get(id);
    if (previous === undefined || score < previous) scored.set(id, score);
  };
  for (const { id, name } of candidates) {
    const slug = slugify(name);
    if (slug === '') continue;
    if (slug === target) {
      consider(id, 0);
      continue;
    }
    const d = editDistance(target, slug, maxDistance);
    if (d <= maxDistance) consider(id, d);
    else if (target.length >= 3 && (slug.includes(target) || target.includes(slug)) && slug.length >= 3) {
      consider(id, maxDistance + 1);
    }
  }
  return [...scored.entries()]
    .sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, limit)
    .map(([id]) => id);
}
