/**
 * The ForceAtlas2 policy, one for the build and the viewer's worker: a plan per graph size
 * (iterations, Barnes–Hut and its θ) and the settings derived from it, named as
 * graphology-layout-forceatlas2 names them so that the viewer can pass them on as they are.
 */
import type { ForceAtlas2Settings } from './forceatlas2';

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

/** graphology-layout-forceatlas2's inferSettings, with the plan's Barnes–Hut choice. */
export function layoutSettings(order: number, plan: LayoutPlan = planFor(order)): ForceAtlas2Settings {
  return {
    strongGravityMode: true,
    gravity: 0.05,
    scalingRatio: 10,
    slowDown: 1 + Math.log(Math.max(1, order)),
    barnesHutOptimize: plan.barnesHutOptimize,
    barnesHutTheta: plan.barnesHutTheta,
  };
}
