/**
 * ForceAtlas2 in a web worker (graphology-layout-forceatlas2/worker): it starts from the current
 * positions and writes new ones into the graph, which sigma redraws; the page's own thread only
 * copies positions. Reset puts back the positions the graph was loaded with.
 */
import type Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';

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
      const settings = forceAtlas2.inferSettings(this.graph);
      // Barnes–Hut keeps each step near N log N past a thousand nodes.
      this.layout = new FA2Layout(this.graph, {
        settings: { ...settings, barnesHutOptimize: this.graph.order > 1000 },
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
