/**
 * The viewer's time budgets, opt-in (`npm run test:perf`): they hold on an otherwise idle machine,
 * so `npm test`, which may share its cores with other work, asserts none of them. What the e2e tests
 * prove by the order of events, these measure in milliseconds: refusals, Cancel, the loading line,
 * frames while ForceAtlas2 runs, and how late the page answers while it reads a 199 MB file.
 */
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as pause } from 'node:timers/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openViewer, type Browser, type ViewerPage } from '../../devkit/browser';
import { viewerSettings } from '../../web/src/settings';
import { BIG_SHAPE, writeBigGexf } from '../e2e/support/big-gexf';
import { lagByPhase, longestTasks, percentile, startLagProbe } from '../e2e/support/responsiveness';
import { openFile } from '../e2e/support/viewer';

const baseUrl = inject('baseUrl');
const scratch = mkdtempSync(join(tmpdir(), 'stancegraph-perf-'));
const BIG = join(scratch, 'big.gexf');
const OVER = join(scratch, 'over.gexf');
/** How often the test samples the page while it reads: a sampling rate, gentle on two cores. */
const SAMPLE_EVERY_MS = 150;
let browser: Browser;

beforeAll(async () => {
  await writeBigGexf(BIG, BIG_SHAPE);
  writeFileSync(OVER, '');
  truncateSync(OVER, viewerSettings.maxFileBytes + 1);
  browser = await launchBrowser();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  rmSync(scratch, { recursive: true, force: true });
});

const progressText = (page: Page) =>
  page.evaluate(() =>
    document.getElementById('progress')!.hidden
      ? null
      : document.getElementById('progress-text')!.textContent,
  );
const messageShown = (page: Page) => page.evaluate(() => !document.getElementById('message')!.hidden);

async function freshViewer(): Promise<ViewerPage> {
  const viewer = await openViewer(browser.context, baseUrl);
  await viewer.page.evaluate(() => (document.getElementById('message')!.hidden = true));
  return viewer;
}

describe('time budgets', () => {
  it('refuses a file past the size cap within 1 s', async () => {
    const { page } = await freshViewer();
    const started = performance.now();
    await page.setInputFiles('#file-input', OVER);
    await page.waitForSelector('#message:not([hidden])');
    expect(performance.now() - started).toBeLessThan(1000);
    await page.close();
  });

  it('refuses each hostile GEXF fixture within 3 s', async () => {
    const { page } = await freshViewer();
    for (const name of ['billion-laughs.gexf', 'external-entity.gexf', 'deep-nesting.gexf']) {
      const started = performance.now();
      await openFile(page, `tests/fixtures/hostile-gexf/${name}`);
      expect([name, performance.now() - started < 3000]).toEqual([name, true]);
    }
    await page.close();
  });

  it('shows the loading line for a slow graph.json within 1 s of the start', async () => {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const { page } = await openViewer(browser.context, baseUrl, {
      before: async (p) => {
        await p.route('**/graph.json', async (route) => {
          await released;
          await route.fallback();
        });
      },
      ready: null,
    });
    await page.waitForSelector('#progress:not([hidden])');
    expect(Number(await page.getAttribute('body', 'data-loading-shown-ms'))).toBeLessThan(1000);
    release();
    await page.waitForSelector('body[data-ready="true"]');
    await page.close();
  });

  it('draws at least 8 frames a second, none 500 ms apart, while ForceAtlas2 runs', async () => {
    const { page } = await openViewer(browser.context, baseUrl);
    await page.click('#layout-toggle');
    const frames = await page.evaluate(
      () =>
        new Promise<{ count: number; longestGap: number }>((resolve) => {
          let count = 0;
          let last = performance.now();
          let longestGap = 0;
          const end = last + 1000;
          const tick = () => {
            const now = performance.now();
            count += 1;
            longestGap = Math.max(longestGap, now - last);
            last = now;
            if (now < end) requestAnimationFrame(tick);
            else resolve({ count, longestGap });
          };
          requestAnimationFrame(tick);
        }),
    );
    console.log(
      `while ForceAtlas2 runs: ${frames.count} frames in 1 s, longest gap ${Math.round(frames.longestGap)} ms`,
    );
    expect(frames.count).toBeGreaterThanOrEqual(8);
    expect(frames.longestGap).toBeLessThan(500);
    await page.close();
  });

  it('Cancel puts its message on screen within 100 ms of the click', async () => {
    const { page } = await freshViewer();
    await page.setInputFiles('#file-input', BIG);
    await expect.poll(() => progressText(page), { timeout: 30_000 }).toMatch(/ [2-9]\d\.\d MB of 199\.0 MB$/);
    const messageMs = await page.evaluate(async () => {
      const started = performance.now();
      document.getElementById('progress-cancel')!.click();
      await new Promise((resolve) => requestAnimationFrame(resolve));
      return performance.now() - started;
    });
    expect(await messageShown(page)).toBe(true);
    expect(messageMs).toBeLessThan(100);
    await page.close();
  });

  it('reads a 199 MB GEXF with the page answering: no long task, timers on time, searches within 200 ms', async () => {
    const { page } = await freshViewer();
    await startLagProbe(page);
    const started = performance.now();
    await page.setInputFiles('#file-input', BIG);
    const roundTrips: number[] = [];
    const searches: number[] = [];
    while (!(await messageShown(page)) && performance.now() - started < 240_000) {
      const asked = performance.now();
      const phase = (await progressText(page))?.split(' ')[0];
      if (phase === 'Reading' || phase === 'Building') roundTrips.push(performance.now() - asked);
      if (
        phase === 'Reading' &&
        searches.length < 3 &&
        performance.now() - started > 1000 * (searches.length + 1)
      ) {
        const typed = performance.now();
        await page.fill('#search', 'Russia');
        await page.waitForSelector('#search-results [role=option]');
        const answered = performance.now() - typed;
        if ((await progressText(page))?.startsWith('Reading')) searches.push(answered);
        await page.fill('#search', '');
      }
      await pause(SAMPLE_EVERY_MS);
    }
    const lag = await lagByPhase(page);
    const longest = await longestTasks(page);
    console.log(`199 MB GEXF: ${JSON.stringify({ lag, longest, roundTrips, searches })}`);
    // No task of the page's own holds its thread for 50 ms while the worker reads (the browser
    // reports those as long tasks), nor for long while the page takes in the graph's slices …
    expect(lag.Reading!.samples).toBeGreaterThan(100);
    expect(longest.Reading ?? 0).toBeLessThan(50);
    expect(longest.Building ?? 0).toBeLessThan(200);
    // … and it answers: a 10 ms timer runs on time, evaluations come back in tens of ms, typed
    // searches list their match within 200 ms.
    expect(lag.Reading!.p95).toBeLessThan(50);
    expect(lag.Building!.p95).toBeLessThan(100);
    expect(roundTrips.length).toBeGreaterThan(10);
    expect(percentile(roundTrips, 50)).toBeLessThan(50);
    expect(searches.length).toBeGreaterThanOrEqual(1);
    expect(percentile(searches, 50)).toBeLessThan(200);
    await page.close();
  });
});
