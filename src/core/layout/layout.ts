/**
 * Stage 5, layout: a seeded random start, then ForceAtlas2 for a fixed number of iterations, so the
 * same data gives the same picture. Settings and iteration counts come from the policy (policy.ts).
 */
import type Graph from 'graphology';
import { undirectedProjection, type Projection } from '../metrics';
import { mulberry32 } from '../util';
import { runForceAtlas2, type ForceAtlas2Settings, type LayoutArrays } from './forceatlas2';
import { layoutSettings, planFor } from './policy';

export interface LayoutOptions {
  seed: number;
  iterations?: number;
  settings?: Partial<ForceAtlas2Settings>;
  /** The graph's undirected projection, when the caller already has it (the metrics step makes one). */
  projection?: Projection;
  /** Told after each iteration. */
  onProgress?: (done: number, total: number) => void;
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

/** A node's position, rounded so that the last bits of floating-point arithmetic do not show. */
export interface Point {
  x: number;
  y: number;
}

/** Every node's position, by node key, in the graph's node order. */
export type NodePositions = Map<string, Point>;

export function computeLayout(graph: Graph, options: LayoutOptions): NodePositions {
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
    runForceAtlas2(layoutArrays(graph, p, x, y), settings, iterations, options.onProgress);
  }
  const positions: NodePositions = new Map();
  let i = 0;
  graph.forEachNode((node) => {
    positions.set(node, { x: round(x[i]!), y: round(y[i]!) });
    i++;
  });
  return positions;
}
