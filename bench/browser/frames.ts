/**
 * Frame times in a page holding a Sigma renderer: navigation to the first drawn frame, then the
 * camera pans and zooms through the same animated path in every page (Sigma treats an animated
 * camera as moving, as a drag or a wheel), while each animation frame's time is recorded.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { SIZE_DEPENDENT_SETTINGS } from '../../web/src/settings/viewer-settings';
import type { FrameStats } from '../report/results';

/** Records when the page marks its first frame: the viewer sets data-first-frame-ms, the bare page data-first-frame-at. */
const FIRST_FRAME_PROBE = `
  // Functions passed to page.evaluate come from TypeScript through esbuild, which may wrap inner
  // functions in __name(…) to keep their names: the page needs the helper.
  globalThis.__name = (target) => target;
  new MutationObserver((_, observer) => {
    const body = document.body;
    if (body && (body.dataset.firstFrameMs !== undefined || body.dataset.firstFrameAt !== undefined)) {
      window.__firstFrameAt = body.dataset.firstFrameAt !== undefined ? Number(body.dataset.firstFrameAt) : performance.now();
      observer.disconnect();
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-first-frame-ms', 'data-first-frame-at'] });
`;

/**
 * Runs in the page: optionally apply settings (the viewer with a small graph's settings), then move
 * the camera along a fixed path of short animations, so that every step is at least one frame and a
 * slow renderer still gives `steps` frames, within `budgetMs`.
 */
async function panAndZoom([steps, budgetMs, apply, names]: [
  number,
  number,
  Record<string, unknown> | null,
  string[],
]): Promise<{
  frames: number[];
  renders: number[];
  still: number[];
  settings: Record<string, unknown>;
}> {
  type Camera = {
    animate: (state: object, options: { duration: number }) => Promise<void>;
    setState: (s: object) => void;
  };
  type Renderer = {
    getCamera: () => Camera;
    on: (event: string, f: () => void) => void;
    getSetting: (name: string) => unknown;
    setSetting: (name: string, value: unknown) => void;
    scheduleRender: () => void;
  };
  const w = window as unknown as { stancegraph?: { renderer: Renderer }; renderer?: Renderer };
  const renderer = (w.stancegraph?.renderer ?? w.renderer)!;
  if (apply) for (const [name, value] of Object.entries(apply)) renderer.setSetting(name, value);
  const camera = renderer.getCamera();
  const twoFrames = () =>
    new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  camera.setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
  await twoFrames();
  const renders: number[] = [];
  let renderStart = 0;
  renderer.on('beforeRender', () => (renderStart = performance.now()));
  renderer.on('afterRender', () => renders.push(performance.now() - renderStart));
  const frames: number[] = [];
  let running = true;
  const tick = (time: number) => {
    frames.push(time);
    if (running) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  const started = performance.now();
  for (let i = 0; i < steps && performance.now() - started < budgetMs; i++) {
    // A loop through pans and zooms: around the centre, in to a quarter, out again.
    const a = (2 * Math.PI * i) / steps;
    const state = {
      x: 0.5 + 0.2 * Math.cos(a),
      y: 0.5 + 0.2 * Math.sin(a),
      ratio: 0.35 + 0.65 * (0.5 + 0.5 * Math.cos(2 * a)),
    };
    await camera.animate(state, { duration: 60 });
  }
  running = false;
  // Once the camera stands still sigma draws everything (edges and labels, whatever the settings
  // for moving): time one such frame, from the request to the frame after it, three times.
  const still: number[] = [];
  for (let i = 0; i < 3; i++) {
    await twoFrames();
    const requested = performance.now();
    renderer.scheduleRender();
    await twoFrames();
    still.push(performance.now() - requested);
  }
  const settings: Record<string, unknown> = {};
  for (const name of names) settings[name] = renderer.getSetting(name);
  return { frames: frames.slice(1).map((t, i) => t - frames[i]!), renders, still, settings };
}

const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / Math.max(1, v.length);
const p95 = (v: number[]) =>
  [...v].sort((a, b) => a - b)[Math.min(v.length - 1, Math.floor(v.length * 0.95))] ?? 0;

export interface PageFrames extends FrameStats {
  /** Sigma's own render() time per frame (main thread), mean. */
  meanRenderMs: number;
  settings: Record<string, unknown>;
}

export interface MoveOptions {
  /** Camera steps (each at least one frame). */
  steps: number;
  /** Stop earlier than `steps` after this long: software rendering of a large graph is slow. */
  budgetMs: number;
  /** Sigma settings to apply before moving (the viewer with a small graph's settings). */
  apply?: Record<string, unknown>;
}

export async function measureFrames(
  context: BrowserContext,
  url: string,
  move: MoveOptions,
): Promise<PageFrames> {
  const page: Page = await context.newPage();
  try {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.addInitScript(FIRST_FRAME_PROBE);
    await page.goto(url);
    await page.waitForFunction(
      () => document.body?.dataset.ready === 'true' || document.body?.dataset.ready === 'error',
      undefined,
      {
        timeout: 120_000,
      },
    );
    if ((await page.evaluate(() => document.body.dataset.ready)) !== 'true')
      throw new Error(
        `the page did not load the graph: ${errors.join('; ') || (await page.textContent('body'))?.slice(0, 200)}`,
      );
    await page.waitForFunction(
      () => (window as unknown as { __firstFrameAt?: number }).__firstFrameAt !== undefined,
      undefined,
      { timeout: 60_000 },
    );
    const firstFrameMs = await page.evaluate(
      () => (window as unknown as { __firstFrameAt: number }).__firstFrameAt,
    );
    // Navigation until frames come within 40 ms again: the GPU has caught up with the first
    // drawing (on software WebGL, seconds after it was requested), and the page answers.
    const idleMs = await page.evaluate(async () => {
      for (let i = 0; i < 2000; i++) {
        const before = performance.now();
        await new Promise((resolve) => requestAnimationFrame(resolve));
        if (performance.now() - before < 40) return performance.now();
      }
      return Number.NaN;
    });
    // Let loading work settle (label grid, idle callbacks) before moving.
    await page.waitForTimeout(500);
    const run = await page.evaluate(panAndZoom, [
      move.steps,
      move.budgetMs,
      move.apply ?? null,
      SIZE_DEPENDENT_SETTINGS,
    ] as [number, number, Record<string, unknown> | null, string[]]);
    return {
      firstFrameMs,
      idleMs,
      meanFrameMs: mean(run.frames),
      p95FrameMs: p95(run.frames),
      frames: run.frames.length,
      meanRenderMs: mean(run.renders),
      stillFrameMs: [...run.still].sort((a, b) => a - b)[1] ?? 0,
      settings: run.settings,
    };
  } finally {
    await page.close();
  }
}

/** The size of the viewer's graph container, so that the bare page draws the same number of pixels. */
export async function viewerCanvasSize(
  context: BrowserContext,
  url: string,
): Promise<{ width: number; height: number }> {
  const page = await context.newPage();
  try {
    await page.goto(url);
    await page.waitForFunction(() => document.body?.dataset.ready === 'true', undefined, {
      timeout: 120_000,
    });
    return await page.evaluate(() => {
      const box = document.getElementById('graph')!.getBoundingClientRect();
      return { width: Math.round(box.width), height: Math.round(box.height) };
    });
  } finally {
    await page.close();
  }
}
