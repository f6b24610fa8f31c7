/** Timing helpers for the bench's children: best of a few runs, time spent in GC, failures kept as results. */
import { PerformanceObserver } from 'node:perf_hooks';

export interface Measured {
  /** Best wall time in ms, or undefined when the run failed. */
  ms?: number;
  /** Of that run, milliseconds spent in garbage collection. */
  gcMs?: number;
  /** Bytes of output (UTF-8). */
  bytes?: number;
  /** Why it failed: the error's name and message, e.g. "RangeError: Invalid string length". */
  error?: string;
}

const gcEntries: { start: number; end: number }[] = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) gcEntries.push({ start: e.startTime, end: e.startTime + e.duration });
}).observe({ entryTypes: ['gc'] });

/** GC entries arrive asynchronously: wait a turn of the event loop before reading them. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

function gcBetween(start: number, end: number): number {
  let total = 0;
  for (const e of gcEntries) if (e.start >= start && e.start < end) total += e.end - e.start;
  return total;
}

/** Runs `run` `rounds` times (it returns the bytes it produced) and keeps the fastest; an error ends it. */
export async function measure(rounds: number, run: () => number): Promise<Measured> {
  let best: Measured | undefined;
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    let bytes: number;
    try {
      bytes = run();
    } catch (error) {
      const e = error as Error;
      return { error: `${e.name}: ${e.message}` };
    }
    const end = performance.now();
    await settle();
    const result = { ms: Math.round(end - start), gcMs: Math.round(gcBetween(start, end)), bytes };
    if (!best || result.ms < best.ms!) best = result;
  }
  return best ?? {};
}

export const maxRssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);

export const heapMb = () => process.memoryUsage().heapUsed / 1e6;
