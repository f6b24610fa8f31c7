/**
 * Betweenness centrality (Brandes 2001) on the undirected projection, unweighted. Exact when
 * `samples` ≥ the node count; otherwise estimated from `samples` source nodes drawn with a seeded
 * generator and scaled up (Brandes & Pich 2007), which keeps large corpora tractable.
 */
import { mulberry32 } from '../util';
import type { Projection } from './projection';

/** The source nodes: all of them, or the first `samples` of a seeded shuffle. */
export function betweennessSources(n: number, samples = Infinity, seed = 1): Int32Array {
  if (samples >= n) return Int32Array.from({ length: n }, (_, i) => i);
  // Partial Fisher–Yates: the first `samples` entries of a seeded shuffle.
  const all = Int32Array.from({ length: n }, (_, i) => i);
  const rng = mulberry32(seed);
  for (let i = 0; i < samples; i++) {
    const j = i + Math.floor(rng() * (n - i));
    [all[i], all[j]] = [all[j]!, all[i]!];
  }
  return all.slice(0, samples);
}

/**
 * Adds each source's dependencies to `centrality` (unnormalised). Self-contained on purpose: no
 * imports, closures or inner functions, so that its source text can run in a worker thread as it is
 * (see betweenness-job.ts). Sources are taken from `first` to `end` of `sources`.
 */
export function accumulateBetweenness(
  offsets: Int32Array,
  neighbors: Int32Array,
  sources: Int32Array,
  first: number,
  end: number,
  centrality: Float64Array,
): void {
  const n = offsets.length - 1;
  const sigma = new Float64Array(n);
  const dist = new Int32Array(n);
  const delta = new Float64Array(n);
  const stack = new Int32Array(n);
  const queue = new Int32Array(n);
  for (let index = first; index < end; index++) {
    const s = sources[index]!;
    sigma.fill(0);
    dist.fill(-1);
    delta.fill(0);
    sigma[s] = 1;
    dist[s] = 0;
    let head = 0;
    let tail = 0;
    let top = 0;
    queue[tail++] = s;
    while (head < tail) {
      const v = queue[head++]!;
      stack[top++] = v;
      const dv = dist[v]!;
      const sv = sigma[v]!;
      for (let k = offsets[v]!, stop = offsets[v + 1]!; k < stop; k++) {
        const w = neighbors[k]!;
        const dw = dist[w]!;
        if (dw === -1) {
          dist[w] = dv + 1;
          queue[tail++] = w;
          sigma[w] = sv;
        } else if (dw === dv + 1) sigma[w] = sigma[w]! + sv;
      }
    }
    // Dependencies accumulate from the farthest nodes back; predecessors are the neighbours one step closer.
    while (top > 0) {
      const w = stack[--top]!;
      const previous = dist[w]! - 1;
      const coefficient = (1 + delta[w]!) / sigma[w]!;
      for (let k = offsets[w]!, stop = offsets[w + 1]!; k < stop; k++) {
        const v = neighbors[k]!;
        if (dist[v] === previous) delta[v] = delta[v]! + sigma[v]! * coefficient;
      }
      if (w !== s) centrality[w] = centrality[w]! + delta[w]!;
    }
  }
}

/** Each unordered pair is counted from both ends; normalise to the share of pairs, 0…1. */
export function normalizeBetweenness(centrality: Float64Array, sampled: number): void {
  const n = centrality.length;
  const scale = n / sampled / ((n - 1) * (n - 2));
  for (let i = 0; i < n; i++) centrality[i]! *= scale;
}

/**
 * Sources are summed chunk by chunk: each chunk's dependencies on their own, then the chunks added in
 * order. Two threads can then share the chunks (betweenness-job.ts) and still give these very values.
 */
export const SOURCES_PER_CHUNK = 50;

export function betweenness(p: Projection, samples = Infinity, seed = 1): Float64Array {
  const n = p.nodes.length;
  const centrality = new Float64Array(n);
  if (n < 3) return centrality;
  const sources = betweennessSources(n, samples, seed);
  const chunk = new Float64Array(n);
  for (let first = 0; first < sources.length; first += SOURCES_PER_CHUNK) {
    chunk.fill(0);
    accumulateBetweenness(
      p.offsets,
      p.neighbors,
      sources,
      first,
      Math.min(sources.length, first + SOURCES_PER_CHUNK),
      chunk,
    );
    for (let i = 0; i < n; i++) centrality[i]! += chunk[i]!;
  }
  normalizeBetweenness(centrality, sources.length);
  return centrality;
}
