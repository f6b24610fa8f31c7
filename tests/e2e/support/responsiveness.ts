/**
 * Measuring how the page answers while it works: an in-page probe (a 10 ms timer whose lateness is
 * how long the page's thread could not run it, whatever the cause: our tasks, garbage collection,
 * or other processes holding both cores; and the browser's long-task entries, which are our tasks
 * alone), filed under what the progress line said; CDP round trips of a trivial evaluation (what a
 * test, or a click, waits for); and the JS heap after a garbage collection.
 */
import type { CDPSession, Page } from 'playwright-core';

export interface LagByPhase {
  [phase: string]: { max: number; p95: number; samples: number; worst: string };
}

interface Probe {
  lag: Record<string, { max: number; worst: string; all: number[] }>;
  /** Tasks of 50 ms or more: when they started, how long, and the progress line then. */
  longTasks: { start: number; duration: number; phase: string }[];
}

/** Every text the progress line showed, in order, with when (ms, the page's clock). */
type ProgressTexts = { at: number; text: string }[];

/** Starts recording every text of the progress line ('(none)' while it is hidden). */
export async function recordProgress(page: Page): Promise<void> {
  await page.evaluate(() => {
    const progress = document.getElementById('progress')!;
    const text = document.getElementById('progress-text')!;
    const current = () => (progress.hidden ? '(none)' : (text.textContent ?? ''));
    const texts: ProgressTexts = [{ at: performance.now(), text: current() }];
    (window as never as { __progressTexts: ProgressTexts }).__progressTexts = texts;
    new MutationObserver(() => {
      if (texts.at(-1)!.text !== current()) texts.push({ at: performance.now(), text: current() });
    }).observe(progress, { subtree: true, childList: true, characterData: true, attributes: true });
  });
}

export async function progressTexts(page: Page): Promise<ProgressTexts> {
  return page.evaluate(() => (window as never as { __progressTexts: ProgressTexts }).__progressTexts);
}

/**
 * Starts the probe (and the progress recording): each tick files its lateness under the first word
 * the progress line showed when the late tick was due (so a long task is blamed on the phase it
 * started in).
 */
export async function startLagProbe(page: Page): Promise<void> {
  await recordProgress(page);
  await page.evaluate(() => {
    const probe: Probe = { lag: {}, longTasks: [] };
    (window as never as { __probe: Probe }).__probe = probe;
    const shownAt = (window as never as { __progressTexts: ProgressTexts }).__progressTexts;
    const current = () => shownAt.at(-1)!.text;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const before = shownAt.filter((s) => s.at <= entry.startTime).at(-1);
        probe.longTasks.push({
          start: Math.round(entry.startTime),
          duration: Math.round(entry.duration),
          phase: (before?.text ?? '(none)').split(' ')[0]!,
        });
      }
    }).observe({ type: 'longtask' });
    let last = performance.now();
    let shown = current();
    setInterval(() => {
      const now = performance.now();
      const phase = shown.split(' ')[0]!;
      const late = now - last - 10;
      const entry = (probe.lag[phase] ??= { max: 0, worst: '', all: [] });
      if (late > entry.max) {
        entry.max = Math.round(late);
        entry.worst = shown;
      }
      entry.all.push(late);
      last = now;
      shown = current();
    }, 10);
  });
}

export async function lagByPhase(page: Page): Promise<LagByPhase> {
  const lag = await page.evaluate(() => (window as never as { __probe: Probe }).__probe.lag);
  return Object.fromEntries(
    Object.entries(lag).map(([phase, { max, worst, all }]) => [
      phase,
      { max, p95: Math.round(percentile(all, 95)), samples: all.length, worst },
    ]),
  );
}

/** The longest task per phase (what our code held the thread for; 0 when none reached 50 ms). */
export async function longestTasks(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const longest: Record<string, number> = {};
    for (const task of (window as never as { __probe: Probe }).__probe.longTasks)
      longest[task.phase] = Math.max(longest[task.phase] ?? 0, task.duration);
    return longest;
  });
}

/** How long each phase lasted: from the first text starting with its word to the next phase's. */
export function phaseDurations(texts: { at: number; text: string }[]): Record<string, number> {
  const starts: { phase: string; at: number }[] = [];
  for (const { at, text } of texts) {
    const phase = text.split(' ')[0]!;
    if (starts.at(-1)?.phase !== phase) starts.push({ phase, at });
  }
  const durations: Record<string, number> = {};
  starts.forEach(({ phase, at }, i) => {
    const next = starts[i + 1];
    if (next) durations[phase] = (durations[phase] ?? 0) + Math.round(next.at - at);
  });
  return durations;
}

/** Milliseconds for the page to answer a trivial evaluation. */
export async function roundTrip(page: Page): Promise<number> {
  const started = performance.now();
  await page.evaluate(() => 1);
  return performance.now() - started;
}

/** The page's live JS heap in MB, after a full garbage collection. */
export async function liveHeapMb(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return Math.round((usedSize / 1024 / 1024) * 10) / 10;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}
