/** Louvain communities on the undirected projection, seeded; numbered by size, largest first. */
import { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import { mulberry32 } from '../util';
import type { Projection } from './projection';

export function communities(p: Projection, seed = 1): Int32Array {
  const n = p.nodes.length;
  const result = new Int32Array(n);
  if (p.neighbors.length === 0) {
    // No edges: every node is its own community.
    for (let i = 0; i < n; i++) result[i] = i;
    return result;
  }
  const simple = new UndirectedGraph();
  for (let i = 0; i < n; i++) simple.addNode(i);
  for (let i = 0; i < n; i++) {
    for (let k = p.offsets[i]!; k < p.offsets[i + 1]!; k++) {
      const j = p.neighbors[k]!;
      if (i < j) simple.addEdge(i, j, { weight: p.weights[k] });
    }
  }
  const raw = louvain(simple, { rng: mulberry32(seed), getEdgeWeight: 'weight' });
  // Renumber: biggest community 0, ties broken by the first node that belongs to it.
  const members = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const c = raw[String(i)]!;
    let list = members.get(c);
    if (!list) members.set(c, (list = []));
    list.push(i);
  }
  const ordered = [...members.values()].sort((a, b) => b.length - a.length || a[0]! - b[0]!);
  ordered.forEach((list, index) => {
    for (const i of list) result[i] = index;
  });
  return result;
}
