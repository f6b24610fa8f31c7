/**
 * WebGL context loss. A GPU reset, a driver update or the browser reclaiming contexts (too many tabs
 * with WebGL) leaves sigma's WebGL canvases blank, and sigma 3 does not notice. This listens on its
 * canvases and drives a recovery: on loss, say so and wait for the browser to restore the context;
 * when it does (or, if it does not, after a short wait, on fresh canvases, whose new contexts are
 * not the lost ones), draw again with a new renderer; if that fails, or losses keep coming, give up
 * and say so, with a way out (the caller offers Reload). Never a silent blank drawing.
 */
import type Sigma from 'sigma';
import { viewerSettings } from '../settings';

/** Listens for loss and restoration on every canvas of a renderer; returns the way to stop. */
export function watchContextLoss(renderer: Sigma, handlers: { lost(): void; restored(): void }): () => void {
  const listening = new AbortController();
  const { signal } = listening;
  for (const canvas of Object.values(renderer.getCanvases())) {
    canvas.addEventListener(
      'webglcontextlost',
      (event) => {
        // Without preventDefault the browser never restores the context.
        event.preventDefault();
        handlers.lost();
      },
      { signal },
    );
    canvas.addEventListener('webglcontextrestored', () => handlers.restored(), { signal });
  }
  return () => listening.abort();
}

export interface RecoveryOptions {
  /** Draws again on fresh canvases; throws when it cannot (no WebGL left). */
  remount(): void;
  onLost(): void;
  onRecovered(milliseconds: number): void;
  onFailed(reason: string): void;
  /** How long to wait for the browser's own restoration before trying fresh canvases. */
  fallbackMs?: number;
  /** Losses within `windowMs` past which recovery stops: a GPU that keeps failing is not retried forever. */
  maxLosses?: number;
  windowMs?: number;
}

/** "a minute", "2 minutes", "90 s": the window in the message that gives up. */
function spanText(ms: number): string {
  const minutes = ms / 60_000;
  if (minutes === 1) return 'a minute';
  return Number.isInteger(minutes) ? `${minutes} minutes` : `${Math.round(ms / 1000)} s`;
}

export class ContextRecovery {
  private lostAt: number | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private losses: number[] = [];
  private failed = false;

  constructor(private readonly options: RecoveryOptions) {}

  isLost(): boolean {
    return this.lostAt !== undefined;
  }

  /** Each lost canvas reports: the first report starts the recovery, the others join it. */
  lost(): void {
    if (this.lostAt !== undefined || this.failed) return;
    const now = performance.now();
    const {
      maxLosses = viewerSettings.maxContextLosses,
      windowMs = viewerSettings.contextLossWindowMs,
      fallbackMs = viewerSettings.contextRestoreWaitMs,
    } = this.options;
    this.losses = [...this.losses.filter((t) => now - t < windowMs), now];
    if (this.losses.length > maxLosses) {
      this.failed = true;
      this.options.onFailed(
        `the graphics context was lost ${this.losses.length} times within ${spanText(windowMs)}`,
      );
      return;
    }
    this.lostAt = now;
    this.options.onLost();
    this.timer = setTimeout(() => this.recover(), fallbackMs);
  }

  /** The browser gave a context back: redraw once the other canvases' events are in too. */
  restored(): void {
    if (this.lostAt === undefined) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.recover(), 0);
  }

  private recover(): void {
    clearTimeout(this.timer);
    const lostAt = this.lostAt;
    if (lostAt === undefined) return;
    this.lostAt = undefined;
    try {
      this.options.remount();
    } catch (error) {
      this.failed = true;
      this.options.onFailed((error as Error)?.message ?? String(error));
      return;
    }
    this.options.onRecovered(performance.now() - lostAt);
  }

  /** A new graph drawn from scratch: past failures no longer stand in the way. */
  reset(): void {
    clearTimeout(this.timer);
    this.lostAt = undefined;
    this.failed = false;
  }
}
