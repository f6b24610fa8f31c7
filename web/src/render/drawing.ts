/**
 * The drawing's life: a sigma renderer on its own canvases inside the graph container, replaced
 * whole when the WebGL context is lost (the graph, the view state and the camera live outside it
 * and survive). A new renderer is built beside the old one, which is killed only once the new one
 * stands: when WebGL cannot start, the old one (blank, but harmless to call) stays.
 */
import type Graph from 'graphology';
import type Sigma from 'sigma';
import type { CameraView, ReducerContext } from '../state';
import { ContextRecovery, watchContextLoss } from './context-loss';
import { createRenderer } from './renderer';
import type { LabelDrawer } from './label-collision';

export interface DrawingHooks {
  context(): ReducerContext;
  /** A new renderer stands (first drawing or recovery): bind its events. */
  mounted(renderer: Sigma): void;
  lost(): void;
  recovered(milliseconds: number): void;
  failed(reason: string): void;
}

/** Whether the browser gives a WebGL context now (it may be turned off, or blocked after GPU resets). */
function webglAvailable(): boolean {
  const canvas = document.createElement('canvas');
  const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
  // Given back at once: browsers cap the live contexts of a page.
  gl?.getExtension('WEBGL_lose_context')?.loseContext();
  return gl !== null;
}

export class Drawing {
  renderer: Sigma | undefined;
  labels: LabelDrawer | undefined;
  private host: HTMLElement | undefined;
  private graph: Graph | undefined;
  private stopWatching: (() => void) | undefined;
  /** The camera while there is no renderer to ask. */
  private camera: CameraView | undefined;
  private readonly recovery: ContextRecovery;

  constructor(
    private readonly container: HTMLElement,
    private readonly hooks: DrawingHooks,
  ) {
    this.recovery = new ContextRecovery({
      remount: () => this.mount(),
      onLost: () => hooks.lost(),
      onRecovered: (ms) => hooks.recovered(ms),
      onFailed: (reason) => hooks.failed(reason),
    });
  }

  /** Draws `graph` from `camera`; throws when WebGL cannot start (the caller says so). */
  show(graph: Graph, camera: CameraView | undefined): void {
    this.unmount();
    this.graph = graph;
    this.camera = camera;
    this.mount();
    this.recovery.reset();
  }

  cameraState(): CameraView | undefined {
    if (!this.renderer) return this.camera;
    const { x, y, ratio, angle } = this.renderer.getCamera().getState();
    return { x, y, ratio, angle };
  }

  private mount(): void {
    if (!this.graph) return;
    const camera = this.cameraState();
    if (!webglAvailable()) {
      throw new Error(
        'WebGL is not available: the browser gives no WebGL context (turned off, or blocked by the graphics driver)',
      );
    }
    const host = document.createElement('div');
    host.className = 'sigma-host';
    this.container.append(host);
    let created: ReturnType<typeof createRenderer>;
    try {
      created = createRenderer(host, this.graph, this.hooks.context);
    } catch (error) {
      host.remove();
      throw new Error(`WebGL is not available (${(error as Error)?.message ?? String(error)})`);
    }
    this.unmount();
    this.host = host;
    this.renderer = created.renderer;
    this.labels = created.labels;
    if (camera) this.renderer.getCamera().setState(camera);
    this.hooks.mounted(this.renderer);
    this.stopWatching = watchContextLoss(this.renderer, this.recovery);
  }

  unmount(): void {
    // Stop listening first: kill() loses its own contexts on purpose.
    this.stopWatching?.();
    this.stopWatching = undefined;
    this.camera = this.cameraState();
    this.renderer?.kill();
    this.host?.remove();
    this.renderer = undefined;
    this.labels = undefined;
    this.host = undefined;
  }
}
