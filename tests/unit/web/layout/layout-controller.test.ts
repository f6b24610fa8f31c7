/**
 * The viewer's ForceAtlas2 runs under the build's layout policy: the settings its worker gets are
 * the core's for the graph's size (Barnes–Hut and θ per plan), not the layout package's own.
 */
import Graph from 'graphology';
import { layoutSettings, planFor } from 'stancegraph';
import { describe, expect, it, vi } from 'vitest';

/** The worker's supervisor needs a browser; this stand-in keeps what it was given. */
const created = vi.hoisted(() => [] as { settings: unknown; getEdgeWeight: unknown }[]);
vi.mock('graphology-layout-forceatlas2/worker', () => ({
  default: class {
    constructor(_graph: unknown, params: { settings: unknown; getEdgeWeight: unknown }) {
      created.push(params);
    }
    isRunning() {
      return false;
    }
    start() {}
    stop() {}
    kill() {}
  },
}));
const { autoLayoutMs, LayoutController, workerSettings } = await import('../../../../web/src/layout');

function graphOf(order: number): Graph {
  const graph = new Graph();
  for (let i = 0; i < order; i++) graph.addNode(`n${i}`, { x: i, y: -i });
  return graph;
}

describe('the layout controller', () => {
  it.each([10, 1_000, 1_001, 5_000, 20_001])(
    "gives the worker the policy's settings for %i nodes",
    (order) => {
      created.length = 0;
      new LayoutController(graphOf(order), () => undefined).start();
      const plan = planFor(order);
      expect(created).toEqual([{ settings: layoutSettings(order), getEdgeWeight: null }]);
      expect(workerSettings(order)).toEqual(layoutSettings(order));
      expect(workerSettings(order)).toMatchObject({
        barnesHutOptimize: plan.barnesHutOptimize,
        barnesHutTheta: plan.barnesHutTheta,
      });
    },
  );

  it('runs ForceAtlas2 on a graph without positions longer for more nodes, up to a cap', () => {
    expect([0, 1_000, 3_999, 4_000, 100_000].map(autoLayoutMs)).toEqual([
      2_000, 4_000, 9_998, 10_000, 10_000,
    ]);
  });
});
