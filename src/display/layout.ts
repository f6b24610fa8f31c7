/**
 * Positions: a seeded random start, then ForceAtlas2 for a fixed number of iterations, so the same
 * data gives the same picture. Settings and iteration counts are chosen by graph size from a table.
 */
import type Graph from 'graphology';
import { undirectedProjection, type Projection } from '../metrics/projection';
import { mulberry32 } from '../util';
import { runForceAtlas2, type ForceAtlas2Settings, type LayoutArrays } from './forceatlas2';

export type { ForceAtlas2Settings } from './forceatlas2';

export interface LayoutPlan {
  /** Nodes up to this many use this row of the table. */
  maxNodes: number;
  iterations: number;
  barnesHutOptimize: boolean;
  /** Barnes–Hut accuracy: cells that look smaller than this from a node act as one body (Gephi: 1.2). */
  barnesHutTheta: number;
}

/**
 * Iterations fall as graphs grow, so that a large corpus is laid out in seconds: measured on corpus-
 * shaped graphs (bench/), the mean edge length relative to the mean distance of random pairs is
 * within 5% of its converged value after about 100 iterations at 10,000 nodes and beyond; smaller
 * graphs get more, cheaply. Barnes–Hut with Gephi's default θ = 1.2 keeps an iteration near N log N.
 * At 50,000 nodes the build's layout takes about 10 s on two cores (see bench/results.json).
 */
export const layoutPlans: readonly LayoutPlan[] = [
  { maxNodes: 1_000, iterations: 600, barnesHutOptimize: false, barnesHutTheta: 1.2 },
  { maxNodes: 5_000, iterations: 300, barnesHutOptimize: true, barnesHutTheta: 1.2 },
  { maxNodes: 20_000, iterations: 150, barnesHutOptimize: true, barnesHutTheta: 1.2 },
  { maxNodes: Infinity, iterations: 100, barnesHutOptimize: true, barnesHutTheta: 1.2 },
];

export function planFor(order: number): LayoutPlan {
  return layoutPlans.find((p) => order <= p.maxNodes)!;
}

export interface LayoutOptions {
  seed: number;
  iterations?: number;
  settings?: Partial<ForceAtlas2Settings>;
  /** The graph's undirected projection, when the caller already has it (the metrics step makes one). */
  projection?: Projection;
}

/** graphology-layout-forceatlas2's inferSettings, with the plan's Barnes–Hut choice. */
export function layoutSettings(order: number, plan: LayoutPlan): ForceAtlas2Settings {
  return {
    strongGravityMode: true,
    gravity: 0.05,
    scalingRatio: 10,
    slowDown: 1 + Math.log(Math.max(1, order)),
    barnesHutOptimize: plan.barnesHutOptimize,
    barnesHutTheta: plan.barnesHutTheta,
  };
}

const round = (v: number) => Math.round(v * 1000) / 1000;

/** ForceAtlas2's input from the projection: one weighted edge per pair, mass 1 + degree (self-loops twice). */
function layoutArrays(graph: Graph, p: Projection, x: Float64Array, y: Float64Array): LayoutArrays {
  const n = p.nodes.length;
  const mass = new Float64Array(n);
  p.nodes.forEach((node, i) => (mass[i] = 1 + graph.degree(node)));
  const pairs = p.neighbors.length / 2;
  const sources = new Int32Array(pairs);
  const targets = new Int32Array(pairs);
  const weights = new Float64Array(pairs);
  let e = 0;
  for (let i = 0; i < n; i++) {
    for (let k = p.offsets[i]!; k < p.offsets[i + 1]!; k++) {
      const j = p.neighbors[k]!;
      if (j <= i) continue;
      sources[e] = i;
      targets[e] = j;
      weights[e++] = p.weights[k]!;
    }
  }
  return { x, y, mass, sources, targets, weights };
}

/** Writes x and y on every node. */
export function assignLayout(graph: Graph, options: LayoutOptions): void {
  const rng = mulberry32(options.seed);
  const radius = 10 * Math.sqrt(Math.max(1, graph.order));
  const n = graph.order;
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    // Uniform in a disc: the square root keeps the centre from crowding.
    const r = radius * Math.sqrt(rng());
    const a = 2 * Math.PI * rng();
    x[i] = r * Math.cos(a);
    y[i] = r * Math.sin(a);
  }
  const plan = planFor(n);
  const iterations = options.iterations ?? plan.iterations;
  if (graph.size > 0 && iterations > 0) {
    const p = options.projection ?? undirectedProjection(graph);
    const settings = { ...layoutSettings(n, plan), ...options.settings };
    runForceAtlas2(layoutArrays(graph, p, x, y), settings, iterations);
  }
  // Rounded so that the last bits of floating-point arithmetic do not show in the outputs.
  let i = 0;
  graph.updateEachNodeAttributes(
    (_node, attrs) => {
      attrs.x = round(x[i]!);
      attrs.y = round(y[i++]!);
      return attrs;
    },
    { attributes: ['x', 'y'] },
  );
}
