/** Timing helpers for the bench's children: the median of a few runs, time spent in GC, failures kept as results. */
import { PerformanceObserver } from 'node:perf_hooks';

export interface Measured {
  /** Median wall time in ms (of `runsMs`), or undefined when the run failed. */
  ms?: number;
  /** Every run's wall time, in the order they ran. */
  runsMs?: number[];
  /**
   * CPU time (user + system) of the median run: less moved by other work on the machine than the
   * wall time, which is what the goals judge.
   */
  cpuMs?: number;
  /** Of the median run, milliseconds spent in garbage collection. */
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

/** The median of an odd or even number of runs (the lower middle one when even), with its index. */
export function medianRun<T extends { ms: number }>(runs: readonly T[]): T {
  const sorted = [...runs].sort((a, b) => a.ms - b.ms);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

/**
 * Runs `run` `rounds` times (it returns the bytes it produced) and reports the median run, with
 * every run's time; an error ends it. Each run is timed inside this process, so Node's start-up is
 * not counted (as the Python baseline times itself inside its script).
 */
export async function measure(rounds: number, run: () => number): Promise<Measured> {
  const runs: { ms: number; cpuMs: number; gcMs: number; bytes: number }[] = [];
  for (let i = 0; i < rounds; i++) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    let bytes: number;
    try {
      bytes = run();
    } catch (error) {
      const e = error as Error;
      return { error: `${e.name}: ${e.message}` };
    }
    const end = performance.now();
    const used = process.cpuUsage(cpu);
    await settle();
    runs.push({
      ms: Math.round(end - start),
      cpuMs: Math.round((used.user + used.system) / 1000),
      gcMs: Math.round(gcBetween(start, end)),
      bytes,
    });
  }
  if (runs.length === 0) return {};
  return { ...medianRun(runs), runsMs: runs.map((r) => r.ms) };
}

export const maxRssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);

export const heapMb = () => process.memoryUsage().heapUsed / 1e6;
