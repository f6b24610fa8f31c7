/**
 * The build's ForceAtlas2 (src/core/layout/forceatlas2.ts) computes the same step as
 * graphology-layout-forceatlas2 on the same multigraph (parallel edges as one weighted edge,
 * self-loops in the mass only), with and without Barnes–Hut: after one iteration the positions
 * agree to the library's single precision (from the same float32 start). Later iterations drift apart only as float32 and float64
 * rounding does in a chaotic system.
 */
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { describe, expect, it } from 'vitest';
import { layoutTestGraph } from '../../../../devkit/graphs/synthetic-graph';
import { computeLayout, layoutSettings, planFor, runForceAtlas2 } from '../../../../src/core/layout';
import { undirectedProjection } from '../../../../src/core/metrics';

describe('ForceAtlas2 of the build', () => {
  const graph = layoutTestGraph(400, 3);
  graph.addEdge('n1', 'n1'); // a self-loop: mass, no force

  it.each([
    ['without Barnes–Hut', false, 0.5],
    ['with Barnes–Hut, θ = 0.5', true, 0.5],
    ['with Barnes–Hut, θ = 1.2', true, 1.2],
  ])('takes the library’s step %s', (_name, barnesHutOptimize, barnesHutTheta) => {
    const settings = {
      ...layoutSettings(graph.order, planFor(graph.order)),
      barnesHutOptimize,
      barnesHutTheta,
    };
    const library = graph.copy();
    forceAtlas2.assign(library, { iterations: 1, settings, getEdgeWeight: null });
    const start = new Map(graph.mapNodes((n, a) => [n, { x: a.x as number, y: a.y as number }]));
    let worst = 0;
    const p = undirectedProjection(graph);
    // The library holds positions in float32: start from the same values, or Barnes–Hut may cut cells differently.
    const x = Float64Array.from(p.nodes, (n) => Math.fround(start.get(n)!.x));
    const y = Float64Array.from(p.nodes, (n) => Math.fround(start.get(n)!.y));
    const mass = Float64Array.from(p.nodes, (n) => 1 + graph.degree(n));
    const sources: number[] = [];
    const targets: number[] = [];
    const weights: number[] = [];
    p.nodes.forEach((_n, i) => {
      for (let k = p.offsets[i]!; k < p.offsets[i + 1]!; k++) {
        if (p.neighbors[k]! <= i) continue;
        sources.push(i);
        targets.push(p.neighbors[k]!);
        weights.push(p.weights[k]!);
      }
    });
    runForceAtlas2(
      {
        x,
        y,
        mass,
        sources: Int32Array.from(sources),
        targets: Int32Array.from(targets),
        weights: Float64Array.from(weights),
      },
      settings,
      1,
    );
    p.nodes.forEach((n, i) => {
      const a = library.getNodeAttributes(n);
      worst = Math.max(worst, Math.abs((a.x as number) - x[i]!), Math.abs((a.y as number) - y[i]!));
    });
    // Positions are about ±200: float32 keeps 7 digits.
    expect(worst).toBeLessThan(1e-3);
  });

  it('gives the same positions for the same seed, and others for another seed', () => {
    const run = (seed: number) => {
      const positions = computeLayout(graph, { seed, iterations: 30 });
      return graph.mapNodes((n) => [positions.get(n)!.x, positions.get(n)!.y]);
    };
    expect(run(1)).toEqual(run(1));
    expect(run(2)).not.toEqual(run(1));
  });
});
