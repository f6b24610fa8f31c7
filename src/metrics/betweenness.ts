/**
 * Betweenness centrality (Brandes 2001) on the undirected projection, unweighted. Exact when
 * `samples` ≥ the node count; otherwise estimated from `samples` source nodes drawn with a seeded
 * generator and scaled up (Brandes & Pich 2007), which keeps large corpora tractable.
 */
import { mulberry32 } from '../util';
import type { Projection } from './projection';

export function betweenness(p: Projection, samples = Infinity, seed = 1): Float64Array {
  const n = p.nodes.length;
  const centrality = new Float64Array(n);
  if (n < 3) return centrality;
  let sources: Int32Array;
  if (samples >= n) sources = Int32Array.from({ length: n }, (_, i) => i);
  else {
    // Partial Fisher–Yates: the first `samples` entries of a seeded shuffle.
    const all = Int32Array.from({ length: n }, (_, i) => i);
    const rng = mulberry32(seed);
    for (let i = 0; i < samples; i++) {
      const j = i + Math.floor(rng() * (n - i));
      [all[i], all[j]] = [all[j]!, all[i]!];
    }
    sources = all.slice(0, samples);
  }
  const sigma = new Float64Array(n);
  const dist = new Int32Array(n);
  const delta = new Float64Array(n);
  const stack = new Int32Array(n);
  const queue = new Int32Array(n);
  const { offsets, neighbors } = p;
  for (const s of sources) {
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
      for (let k = offsets[v]!, end = offsets[v + 1]!; k < end; k++) {
        const w = neighbors[k]!;
        if (dist[w] === -1) {
          dist[w] = dv + 1;
          queue[tail++] = w;
        }
        if (dist[w] === dv + 1) sigma[w]! += sigma[v]!;
      }
    }
    // Dependencies accumulate from the farthest nodes back; predecessors are the neighbours one step closer.
    while (top > 0) {
      const w = stack[--top]!;
      const dw = dist[w]!;
      const coefficient = (1 + delta[w]!) / sigma[w]!;
      for (let k = offsets[w]!, end = offsets[w + 1]!; k < end; k++) {
        const v = neighbors[k]!;
        if (dist[v] === dw - 1) delta[v]! += sigma[v]! * coefficient;
      }
      if (w !== s) centrality[w]! += delta[w]!;
    }
  }
  // Each unordered pair is counted from both ends; normalise to the share of pairs, 0…1.
  const scale = n / sources.length / ((n - 1) * (n - 2));
  for (let i = 0; i < n; i++) centrality[i]! *= scale;
  return centrality;
}
