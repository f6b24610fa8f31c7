/**
 * The viewer under faults: graph.json that fails to arrive (404, a broken connection, a body that is
 * not JSON, a slow or silent server) gets a clear error with Retry, never an empty canvas; a lost
 * WebGL context is reported and the drawing comes back with the view intact, or, when WebGL is gone
 * for good, a Reload button stays. Recovery times are printed.
 */
import type { Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { viewerSettings } from '../../web/src/settings';
import {
  launchBrowser,
  openViewer,
  type Browser,
  type OpenOptions,
  type ViewerPage,
} from '../../devkit/browser';
import { countInkedPixels, decodePng } from './support/png';
import { builtGraph, cameraState, counts } from './support/viewer';

const baseUrl = inject('baseUrl');
const seed = builtGraph();
const seedCounts = `${seed.order} of ${seed.order} nodes, ${seed.size} of ${seed.size} edges`;
const ADVICE =
  'Retry, run "npm start" (it builds the graph), or open a GEXF or graph.json file with "Open file…".';
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Answers graph.json with `first` once, then lets it through to the server. */
function failOnce(first: (route: Route) => Promise<void>): (page: Page) => Promise<void> {
  return async (page) => {
    let calls = 0;
    await page.route('**/graph.json', async (route) => {
      calls += 1;
      if (calls === 1) await first(route);
      else await route.fallback();
    });
  };
}

/** Holds graph.json back until `release()`: the load lasts exactly as long as the test needs. */
function withheldGraph(): { before: (page: Page) => Promise<void>; release: () => void } {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const before = async (page: Page) => {
    await page.route('**/graph.json', async (route) => {
      await released;
      await route.fallback();
    });
  };
  return { before, release };
}

/**
 * Opens the viewer in a browser of its own whose clock is stopped before the page loads: the page's
 * timers fire only when the test runs the clock on. (The clock is the whole browser's: the other
 * tests' browser keeps its own.)
 */
async function onStoppedClock(
  run: (viewer: ViewerPage) => Promise<void>,
  options: OpenOptions = {},
): Promise<void> {
  const own = await launchBrowser();
  try {
    const viewer = await openViewer(own.context, baseUrl, {
      ...options,
      before: async (page) => {
        await page.clock.install({ time: new Date('2024-01-01T00:00:00Z') });
        await page.clock.pauseAt(new Date('2024-01-01T00:00:01Z'));
        await options.before?.(page);
      },
    });
    await run(viewer);
    expect(viewer.errors).toEqual([]);
  } finally {
    await own.close();
  }
}

const message = (page: Page) =>
  page.evaluate(() => document.getElementById('message')!.firstChild?.textContent);

async function inkedPixels(page: Page): Promise<number> {
  return countInkedPixels(decodePng(await page.locator('#graph').screenshot()));
}

describe('graph.json that does not arrive', () => {
  it.each([
    [
      'a 404',
      (route: Route) => route.fulfill({ status: 404, body: 'Not here' }),
      'the server answered 404 Not Found',
    ],
    [
      'a broken connection',
      (route: Route) => route.abort('failed'),
      'the network request failed (Failed to fetch)',
    ],
    [
      'a body that is not JSON',
      (route: Route) =>
        route.fulfill({ status: 200, contentType: 'application/json', body: '{"nodes": [ {"key": "a"},' }),
      'This file is not valid JSON: Unexpected end of JSON input',
    ],
  ])('after %s, says why with a Retry button; Retry draws the graph', async (_fault, answer, reason) => {
    const { page, errors } = await openViewer(browser.context, baseUrl, {
      before: failOnce(answer),
      ready: 'error',
    });
    expect(await message(page)).toBe(`Could not load graph.json: ${reason}. ${ADVICE}`);
    expect(await page.getAttribute('#message', 'class')).toBe('message error');
    expect(await page.locator('#message button').allTextContents()).toEqual(['Retry']);
    expect(await page.locator('#graph canvas').count()).toBe(0);
    await page.click('#message button');
    await page.waitForSelector('body[data-ready="true"]');
    expect(await page.isHidden('#message')).toBe(true);
    expect(await counts(page)).toBe(seedCounts);
    expect(await inkedPixels(page)).toBeGreaterThan(3000);
    // The browser logs the failed request itself (404, aborted); the page adds no error of its own.
    expect(errors.filter((e) => !e.startsWith('Failed to load resource'))).toEqual([]);
    await page.close();
  });

  it('shows a loading line only when graph.json is slow, after 300 ms, and draws when it comes', async () => {
    const graph = withheldGraph();
    const { page, errors } = await openViewer(browser.context, baseUrl, {
      before: graph.before,
      ready: null,
    });
    await page.waitForSelector('#progress:not([hidden])');
    expect(await page.textContent('#progress-text')).toBe('Loading graph.json…');
    const shownMs = Number(await page.getAttribute('body', 'data-loading-shown-ms'));
    console.log(`slow graph.json: loading line shown after ${shownMs} ms`);
    // A timer never fires early: the line came at the delay or later, while graph.json was held back.
    expect(shownMs).toBeGreaterThanOrEqual(viewerSettings.loadingLineDelayMs);
    graph.release();
    await page.waitForSelector('body[data-ready="true"]');
    expect(await page.isHidden('#progress')).toBe(true);
    expect(await counts(page)).toBe(seedCounts);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows no loading line for a load that ends before 300 ms', async () => {
    // On a stopped clock the seed's load ends at 0 ms of the page's time, whatever the machine's load.
    await onStoppedClock(async ({ page }) => {
      expect(await page.getAttribute('body', 'data-loaded-ms')).toBe('0');
      expect(await page.isHidden('#progress')).toBe(true);
      // The delay's timer went with the load: running the clock past it shows nothing.
      await page.clock.runFor(2 * viewerSettings.loadingLineDelayMs);
      expect(await page.isHidden('#progress')).toBe(true);
      expect(await page.getAttribute('body', 'data-loading-shown-ms')).toBe(null);
    });
  });

  it('shows the loading line at 300 ms, not before, for a load that lasts longer', async () => {
    const graph = withheldGraph();
    await onStoppedClock(
      async ({ page }) => {
        await page.clock.runFor(viewerSettings.loadingLineDelayMs - 1);
        expect(await page.isHidden('#progress')).toBe(true);
        await page.clock.runFor(1);
        expect(await page.isHidden('#progress')).toBe(false);
        expect(await page.textContent('#progress-text')).toBe('Loading graph.json…');
        expect(await page.getAttribute('body', 'data-loading-shown-ms')).toBe(
          String(viewerSettings.loadingLineDelayMs),
        );
        graph.release();
        await page.waitForSelector('body[data-ready="true"]');
        expect(await page.isHidden('#progress')).toBe(true);
        expect(await counts(page)).toBe(seedCounts);
      },
      { before: graph.before, ready: 'loading' },
    );
  });

  it('Cancel on a server that never answers gives the error with Retry, and Retry draws', async () => {
    const silent = failOnce(() => new Promise<void>(() => undefined));
    const { page, errors } = await openViewer(browser.context, baseUrl, { before: silent, ready: null });
    await page.waitForSelector('#progress:not([hidden])');
    await page.click('#progress-cancel');
    await page.waitForSelector('body[data-ready="error"]');
    expect(await message(page)).toBe(`Could not load graph.json: loading was cancelled. ${ADVICE}`);
    await page.click('#message button');
    await page.waitForSelector('body[data-ready="true"]');
    expect(await counts(page)).toBe(seedCounts);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('gives up on a server that sends nothing for 20 s, with Retry, and Retry draws', async () => {
    const silentWithClock = async (page: Page) => {
      await page.clock.install();
      await failOnce(() => new Promise<void>(() => undefined))(page);
    };
    const { page } = await openViewer(browser.context, baseUrl, { before: silentWithClock, ready: null });
    await page.waitForSelector('#progress:not([hidden])', { state: 'attached' });
    await page.clock.runFor(21_000);
    await page.waitForSelector('body[data-ready="error"]');
    expect(await message(page)).toBe(
      `Could not load graph.json: the server sent nothing for 20 s. ${ADVICE}`,
    );
    expect(await page.locator('#message button').allTextContents()).toEqual(['Retry']);
    await page.clock.resume();
    await page.click('#message button');
    await page.waitForSelector('body[data-ready="true"]');
    expect(await counts(page)).toBe(seedCounts);
    await page.close();
  });
});

/** Loses (and keeps, for restoring) the WebGL context of every WebGL canvas sigma has; how many. */
async function loseContexts(page: Page): Promise<number> {
  return page.evaluate(() => {
    const lost: WEBGL_lose_context[] = [];
    for (const canvas of document.querySelectorAll<HTMLCanvasElement>('#graph canvas')) {
      canvas.dataset.old = 'yes';
      const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
      const extension = gl?.getExtension('WEBGL_lose_context');
      if (extension) lost.push(extension);
    }
    (window as never as { __lost: WEBGL_lose_context[] }).__lost = lost;
    for (const extension of lost) extension.loseContext();
    return lost.length;
  });
}

describe('a lost WebGL context', () => {
  it('is reported, and when the browser restores it the drawing comes back with the view intact', async () => {
    const { page, errors } = await openViewer(browser.context, `${baseUrl}#n=russia`);
    await page.locator('[data-facet=hiddenKinds] input[data-value=person]').uncheck();
    const view = {
      hash: await page.evaluate(() => location.hash),
      camera: await cameraState(page),
      counts: await counts(page),
    };
    expect(await loseContexts(page)).toBe(3);
    await page.waitForSelector('body[data-drawing="lost"]');
    expect(await message(page)).toBe(
      'The graphics context was lost (the GPU was reset, or the browser needed it elsewhere); restoring the drawing…',
    );
    // Moving over the drawing meanwhile is harmless.
    const box = (await page.locator('#graph').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.move(box.x + 10, box.y + 10);
    // Timed in the page: from restoreContext() to the first frame of the new drawing.
    const drawnMs = await page.evaluate(async () => {
      const started = performance.now();
      for (const extension of (window as never as { __lost: WEBGL_lose_context[] }).__lost)
        extension.restoreContext();
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      while (document.body.dataset.drawing !== 'ok') await frame();
      await frame();
      return performance.now() - started;
    });
    const recoveryMs = Number(await page.getAttribute('body', 'data-recovery-ms'));
    console.log(
      `context restored by the browser: drawing back ${Math.round(drawnMs)} ms after restoreContext() (${recoveryMs} ms after the loss, the test's own steps included)`,
    );
    expect(await message(page)).toBe(
      `The drawing was restored after the graphics context was lost (in ${recoveryMs} ms).`,
    );
    expect(await page.locator('#graph canvas[data-old]').count()).toBe(0);
    expect(await page.locator('#graph canvas').count()).toBeGreaterThanOrEqual(3);
    expect(await inkedPixels(page)).toBeGreaterThan(3000);
    expect(await page.isVisible('#panel')).toBe(true);
    expect(await page.textContent('#panel-title')).toBe('Russia');
    expect(await counts(page)).toBe(view.counts);
    expect(await page.evaluate(() => location.hash)).toBe(view.hash);
    expect(await cameraState(page)).toEqual(view.camera);
    expect(errors.filter((e) => !e.includes('WebGL'))).toEqual([]);
    await page.close();
  });

  it('left lost, is drawn again on fresh canvases after 3 s', async () => {
    const { page, errors } = await openViewer(browser.context, `${baseUrl}#n=nato`);
    const camera = await cameraState(page);
    const lostAt = await page.evaluate(() => performance.now());
    await loseContexts(page);
    await page.waitForSelector('body[data-drawing="lost"]');
    await page.waitForSelector('body[data-drawing="ok"]', { timeout: 10_000 });
    const backMs = await page.evaluate((since) => performance.now() - since, lostAt);
    console.log(
      `context never restored: drawing back on fresh canvases ${Math.round(backMs)} ms after the loss`,
    );
    expect(backMs).toBeGreaterThanOrEqual(3000);
    expect(await page.locator('#graph canvas[data-old]').count()).toBe(0);
    expect(await inkedPixels(page)).toBeGreaterThan(3000);
    expect(await page.textContent('#panel-title')).toBe('NATO');
    expect(await cameraState(page)).toEqual(camera);
    expect(errors.filter((e) => !e.includes('WebGL'))).toEqual([]);
    await page.close();
  });

  it('with no WebGL left, says so and keeps a Reload button; the page still works, and Reload draws again', async () => {
    const { page, errors } = await openViewer(browser.context, `${baseUrl}#n=russia`);
    await page.evaluate(() => {
      const original = HTMLCanvasElement.prototype.getContext;
      // From now on this page gets no new WebGL context, as after repeated GPU resets.
      HTMLCanvasElement.prototype.getContext = function (
        this: HTMLCanvasElement,
        type: string,
        ...rest: unknown[]
      ) {
        if (type.includes('webgl') && this.dataset.old !== 'yes') return null;
        return (original as (...args: unknown[]) => RenderingContext | null).call(this, type, ...rest);
      } as typeof original;
    });
    await loseContexts(page);
    await page.waitForSelector('body[data-drawing="failed"]', { timeout: 10_000 });
    expect(await message(page)).toBe(
      'The drawing could not be restored: WebGL is not available: the browser gives no WebGL context (turned off, or blocked by the graphics driver). Reload the page to try again; the view is kept in its address.',
    );
    expect(await page.locator('#message button').allTextContents()).toEqual(['Reload']);
    // Without a drawing, the rest answers: search, panel, filters.
    await page.fill('#search', 'NATO');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.textContent('#panel-title')).toBe('NATO');
    expect(await page.isVisible('#message button')).toBe(true);
    await Promise.all([page.waitForEvent('load'), page.click('#message button')]);
    await page.waitForSelector('body[data-ready="true"]');
    expect(await page.getAttribute('body', 'data-drawing')).toBe('ok');
    expect(await page.textContent('#panel-title')).toBe('NATO');
    expect(await inkedPixels(page)).toBeGreaterThan(3000);
    expect(errors.filter((e) => !e.includes('WebGL'))).toEqual([]);
    await page.close();
  });

  it('without WebGL from the start, the page says so with Reload instead of a blank drawing', async () => {
    const noWebgl = async (page: Page) => {
      await page.addInitScript(() => {
        const original = HTMLCanvasElement.prototype.getContext;
        HTMLCanvasElement.prototype.getContext = function (
          this: HTMLCanvasElement,
          type: string,
          ...rest: unknown[]
        ) {
          if (type.includes('webgl')) return null;
          return (original as (...args: unknown[]) => RenderingContext | null).call(this, type, ...rest);
        } as typeof original;
      });
    };
    const { page, errors } = await openViewer(browser.context, baseUrl, { before: noWebgl });
    expect(await page.getAttribute('body', 'data-drawing')).toBe('failed');
    expect(await message(page)).toBe(
      'This browser could not draw the graph: WebGL is not available: the browser gives no WebGL context (turned off, or blocked by the graphics driver). Reload the page to try again; the view is kept in its address.',
    );
    expect(await page.locator('#message button').allTextContents()).toEqual(['Reload']);
    expect(await counts(page)).toBe(seedCounts);
    await page.fill('#search', 'Moscow');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.textContent('#panel-title')).toBe('Russia');
    expect(errors).toEqual([]);
    await page.close();
  });
});
