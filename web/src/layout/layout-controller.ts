/**
 * ForceAtlas2 in a web worker (graphology-layout-forceatlas2/worker): it starts from the current
 * positions and writes new ones into the graph, which sigma redraws; the page's own thread only
 * copies positions. Its settings are the build's (the core's layout policy: Barnes–Hut and θ by
 * graph size), so that a layout run here moves nodes the way the build placed them. Reset puts
 * back the positions the graph was loaded with.
 */
import type Graph from 'graphology';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import { layoutSettings, type ForceAtlas2Settings } from 'stancegraph';
import { viewerSettings } from '../settings';

/** The worker's settings for a graph of `order` nodes: the shared policy's, named as the worker names them. */
export function workerSettings(order: number): ForceAtlas2Settings {
  return layoutSettings(order);
}

/** How long ForceAtlas2 runs on a graph that came without positions: longer for bigger graphs, within a cap. */
export function autoLayoutMs(order: number): number {
  const { layoutAutoRunBaseMs, layoutAutoRunPerNodeMs, layoutAutoRunMaxMs } = viewerSettings;
  return Math.min(layoutAutoRunMaxMs, layoutAutoRunBaseMs + order * layoutAutoRunPerNodeMs);
}

export class LayoutController {
  private layout: FA2Layout | null = null;
  private readonly initial = new Map<string, { x: number; y: number }>();
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly graph: Graph,
    private readonly onChange: (running: boolean) => void,
  ) {
    graph.forEachNode((node, a) => this.initial.set(node, { x: a.x as number, y: a.y as number }));
  }

  isRunning(): boolean {
    return this.layout?.isRunning() ?? false;
  }

  start(): void {
    if (this.isRunning()) return;
    if (!this.layout) {
      this.layout = new FA2Layout(this.graph, {
        settings: workerSettings(this.graph.order),
        getEdgeWeight: null,
      });
    }
    this.layout.start();
    this.onChange(true);
  }

  /** Runs for a while and stops by itself: the first layout of a file that came without positions. */
  runFor(milliseconds: number): void {
    this.start();
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.stop(), milliseconds);
  }

  stop(): void {
    clearTimeout(this.timer);
    if (!this.isRunning()) return;
    this.layout?.stop();
    this.onChange(false);
  }

  /** The positions the graph had when it was loaded (the build's, for graph.json). */
  reset(): void {
    this.stop();
    this.graph.updateEachNodeAttributes(
      (node, attributes) => {
        const p = this.initial.get(node);
        return p ? { ...attributes, x: p.x, y: p.y } : attributes;
      },
      { attributes: ['x', 'y'] },
    );
  }

  kill(): void {
    clearTimeout(this.timer);
    this.layout?.kill();
    this.layout = null;
  }
}
