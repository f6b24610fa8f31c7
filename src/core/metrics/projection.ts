/**
 * The undirected simple projection of the multigraph, in compressed sparse row form: node i's
 * neighbours are `neighbors[offsets[i] .. offsets[i+1])`, with `weights` = number of edges between the
 * pair, in either direction. Self-loops are dropped: they carry no path and no community signal.
 */
import type Graph from 'graphology';

export interface Projection {
  nodes: string[];
  offsets: Int32Array;
  neighbors: Int32Array;
  weights: Float64Array;
}

export function undirectedProjection(graph: Graph): Projection {
  const nodes = graph.nodes();
  const index = new Map<string, number>();
  nodes.forEach((n, i) => index.set(n, i));
  const pairs = new Map<number, number>();
  const n = nodes.length;
  graph.forEachEdge((_e, _a, source, target) => {
    const s = index.get(source)!;
    const t = index.get(target)!;
    if (s === t) return;
    const key = s < t ? s * n + t : t * n + s;
    pairs.set(key, (pairs.get(key) ?? 0) + 1);
  });
  const degree = new Int32Array(n);
  for (const key of pairs.keys()) {
    degree[Math.floor(key / n)]!++;
    degree[key % n]!++;
  }
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) offsets[i + 1] = offsets[i]! + degree[i]!;
  const fill = offsets.slice(0, n);
  const neighbors = new Int32Array(offsets[n]!);
  const weights = new Float64Array(offsets[n]!);
  // Sorted keys make the neighbour order, and so every result, independent of edge insertion order.
  for (const key of [...pairs.keys()].sort((a, b) => a - b)) {
    const a = Math.floor(key / n);
    const b = key % n;
    const w = pairs.get(key)!;
    neighbors[fill[a]!] = b;
    weights[fill[a]!++] = w;
    neighbors[fill[b]!] = a;
    weights[fill[b]!++] = w;
  }
  return { nodes, offsets, neighbors, weights };
}
