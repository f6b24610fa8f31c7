/**
 * Positions: a seeded random start, then ForceAtlas2 for a fixed number of iterations, so the same
 * data gives the same picture. Settings and iteration counts are chosen by graph size from a table.
 */
import type Graph from 'graphology';
import forceAtlas2, { type ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import { mulberry32 } from '../util';

export interface LayoutPlan {
  /** Nodes up to this many use this row of the table. */
  maxNodes: number;
  iterations: number;
  barnesHutOptimize: boolean;
}

/** Iterations fall as graphs grow: Barnes–Hut keeps each one near N log N. */
export const layoutPlans: readonly LayoutPlan[] = [
  { maxNodes: 1_000, iterations: 1_000, barnesHutOptimize: false },
  { maxNodes: 5_000, iterations: 300, barnesHutOptimize: true },
  { maxNodes: 20_000, iterations: 150, barnesHutOptimize: true },
  { maxNodes: Infinity, iterations: 60, barnesHutOptimize: true },
];

export function planFor(order: number): LayoutPlan {
  return layoutPlans.find((p) => order <= p.maxNodes)!;
}

export interface LayoutOptions {
  seed: number;
  iterations?: number;
  settings?: ForceAtlas2Settings;
}

export function layoutSettings(graph: Graph, plan: LayoutPlan): ForceAtlas2Settings {
  return { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: plan.barnesHutOptimize };
}

const round = (v: number) => Math.round(v * 1000) / 1000;

/** Writes x and y on every node. */
export function assignLayout(graph: Graph, options: LayoutOptions): void {
  const rng = mulberry32(options.seed);
  const radius = 10 * Math.sqrt(Math.max(1, graph.order));
  graph.forEachNode((node) => {
    // Uniform in a disc: the square root keeps the centre from crowding.
    const r = radius * Math.sqrt(rng());
    const a = 2 * Math.PI * rng();
    graph.mergeNodeAttributes(node, { x: r * Math.cos(a), y: r * Math.sin(a) });
  });
  const plan = planFor(graph.order);
  const iterations = options.iterations ?? plan.iterations;
  if (graph.size > 0 && iterations > 0) {
    forceAtlas2.assign(graph, {
      iterations,
      settings: { ...layoutSettings(graph, plan), ...options.settings },
      getEdgeWeight: null,
    });
  }
  // Rounded so that the last bits of floating-point arithmetic do not show in the outputs.
  graph.forEachNode((node, attrs) =>
    graph.mergeNodeAttributes(node, { x: round(attrs.x as number), y: round(attrs.y as number) }),
  );
}
