/**
 * ForceAtlas2 per iteration, synchronous in Node, on corpus-shaped graphs of 1k, 10k and 50k nodes:
 * the build's implementation (src/display/forceatlas2.ts) and graphology-layout-forceatlas2's, with
 * and without Barnes–Hut; and the build's own layout (the plan for that size) timed whole.
 *   node --import tsx bench/child/forceatlas2.ts RESULT_JSON [--sizes 1000,10000,50000]
 */
import { writeFileSync } from 'node:fs';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { computeLayout, layoutSettings, planFor } from '../../src/core/layout';
import { undirectedProjection } from '../../src/core/metrics';
import { EDGES_PER_NODE, layoutTestGraph } from '../../devkit/graphs/synthetic-graph';

const args = process.argv.slice(2);
const resultPath = args[0];
if (!resultPath) throw new Error('usage: forceatlas2.ts RESULT_JSON [--sizes …]');
const sizesAt = args.indexOf('--sizes');
const sizes = sizesAt === -1 ? [1000, 10_000, 50_000] : args[sizesAt + 1]!.split(',').map(Number);

/** Enough iterations for a stable mean, bounded in time: O(n²) steps at 50k nodes take seconds each. */
function iterationsFor(nodes: number, barnesHut: boolean, library: boolean): number {
  if (!barnesHut) return nodes >= 50_000 ? 1 : nodes >= 10_000 ? 2 : 20;
  if (library) return nodes >= 50_000 ? 3 : nodes >= 10_000 ? 10 : 50;
  return nodes >= 50_000 ? 10 : nodes >= 10_000 ? 30 : 100;
}

interface Row {
  nodes: number;
  edges: number;
  implementation: 'build' | 'graphology';
  barnesHut: boolean;
  iterations: number;
  msPerIteration: number;
}

const rows: Row[] = [];
const plans: Record<string, unknown>[] = [];
for (const nodes of sizes) {
  const graph = layoutTestGraph(nodes);
  const plan = planFor(nodes);
  for (const barnesHut of [true, false]) {
    const settings = { ...layoutSettings(nodes, plan), barnesHutOptimize: barnesHut };
    // The build's: from the projection, as computeLayout runs it (a first, short run warms the JIT up).
    const projection = undirectedProjection(graph);
    for (const implementation of ['build', 'graphology'] as const) {
      const iterations = iterationsFor(nodes, barnesHut, implementation === 'graphology');
      const copy = graph.copy();
      let ms: number;
      if (implementation === 'build') {
        computeLayout(copy, {
          seed: 1,
          iterations: 1,
          projection,
          settings: { barnesHutOptimize: barnesHut },
        });
        const start = performance.now();
        computeLayout(copy, { seed: 1, iterations, projection, settings: { barnesHutOptimize: barnesHut } });
        ms = performance.now() - start;
      } else {
        forceAtlas2.assign(copy, { iterations: 1, settings, getEdgeWeight: null });
        const start = performance.now();
        forceAtlas2.assign(copy, { iterations, settings, getEdgeWeight: null });
        ms = performance.now() - start;
      }
      rows.push({
        nodes,
        edges: nodes * EDGES_PER_NODE,
        implementation,
        barnesHut,
        iterations,
        msPerIteration: Math.round((ms / iterations) * 10) / 10,
      });
      process.stderr.write(
        `    ${nodes} nodes, ${implementation}, Barnes–Hut ${barnesHut}: ${rows.at(-1)!.msPerIteration} ms/iteration\n`,
      );
    }
  }
  // The build's default for this size, timed whole (projection included).
  const start = performance.now();
  computeLayout(graph, { seed: 1 });
  plans.push({ nodes, ...plan, layoutMs: Math.round(performance.now() - start) });
}
writeFileSync(resultPath, JSON.stringify({ rows, plans }));
