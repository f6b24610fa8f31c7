/** Metrics: betweenness against graphology's reference implementation, communities, projection. */
import Graph, { MultiDirectedGraph, UndirectedGraph } from 'graphology';
import betweennessReference from 'graphology-metrics/centrality/betweenness';
import { describe, expect, it } from 'vitest';
import { betweenness, communities, undirectedProjection } from '../../../../src/core/metrics';
import { mulberry32 } from '../../../../src/core/util';

function randomMultigraph(nodes: number, edges: number, seed: number): MultiDirectedGraph {
  const rng = mulberry32(seed);
  const g = new MultiDirectedGraph({ allowSelfLoops: true });
  for (let i = 0; i < nodes; i++) g.addNode(`n${i}`);
  for (let i = 0; i < edges; i++) g.addEdge(`n${Math.floor(rng() * nodes)}`, `n${Math.floor(rng() * nodes)}`);
  return g;
}

describe('the undirected projection', () => {
  it('merges parallel and opposite edges into one weighted neighbour pair and drops self-loops', () => {
    const g = new MultiDirectedGraph({ allowSelfLoops: true });
    g.mergeNode('a');
    g.mergeNode('b');
    g.mergeNode('c');
    g.addEdge('a', 'b');
    g.addEdge('a', 'b');
    g.addEdge('b', 'a');
    g.addEdge('c', 'c');
    const p = undirectedProjection(g);
    expect([...p.offsets]).toEqual([0, 1, 2, 2]);
    expect([...p.neighbors]).toEqual([1, 0]);
    expect([...p.weights]).toEqual([3, 3]);
  });
});

describe('betweenness', () => {
  it('gives the centre of a path all the brokerage', () => {
    const g = new MultiDirectedGraph();
    ['a', 'b', 'c'].forEach((n) => g.addNode(n));
    g.addEdge('a', 'b');
    g.addEdge('c', 'b');
    expect([...betweenness(undirectedProjection(g))]).toEqual([0, 1, 0]);
  });

  it('matches graphology-metrics on the undirected simple graph of random multigraphs', () => {
    for (const seed of [1, 2, 3]) {
      const g = randomMultigraph(60, 150, seed);
      const simple = new UndirectedGraph();
      g.forEachNode((n) => simple.addNode(n));
      g.forEachEdge((_e, _a, s, t) => {
        if (s !== t) simple.mergeEdge(s, t);
      });
      const expected = betweennessReference(simple, { getEdgeWeight: null });
      const p = undirectedProjection(g);
      const ours = betweenness(p);
      p.nodes.forEach((n, i) => expect(ours[i], n).toBeCloseTo(expected[n]!, 12));
    }
  });

  it('estimates from a seeded sample of sources, the same twice, close to the exact values', () => {
    const p = undirectedProjection(randomMultigraph(400, 1200, 7));
    const exact = betweenness(p);
    const sampled = betweenness(p, 200, 1);
    expect([...betweenness(p, 200, 1)]).toEqual([...sampled]);
    const top = (v: Float64Array) => [...v.keys()].sort((a, b) => v[b]! - v[a]!).slice(0, 10);
    const overlap = top(exact).filter((i) => top(sampled).includes(i)).length;
    expect(overlap).toBeGreaterThanOrEqual(7);
  });
});

describe('communities', () => {
  it('finds two cliques joined by one edge, numbered by size then first member', () => {
    const g = new Graph({ multi: true });
    const clique = (names: string[]) =>
      names.forEach((a, i) =>
        names.slice(i + 1).forEach((b) => g.mergeNode(a) && g.mergeNode(b) && g.addEdge(a, b)),
      );
    clique(['a', 'b', 'c', 'd']);
    clique(['e', 'f', 'g', 'h', 'i']);
    g.addEdge('d', 'e');
    const p = undirectedProjection(g);
    const result = Object.fromEntries(p.nodes.map((n, i) => [n, communities(p, 1)[i]]));
    expect(result).toEqual({ a: 1, b: 1, c: 1, d: 1, e: 0, f: 0, g: 0, h: 0, i: 0 });
  });

  it('is the same for the same seed', () => {
    const p = undirectedProjection(randomMultigraph(300, 900, 5));
    expect([...communities(p, 3)]).toEqual([...communities(p, 3)]);
  });
});
