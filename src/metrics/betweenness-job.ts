/**
 * Betweenness in a worker thread (Node), so that it runs on a second core while the main thread
 * lays the graph out: at a million stances both take seconds, and the layout does not need it.
 * The projection is copied once into shared memory; `result()` blocks (Atomics.wait) until the
 * worker is done, so the build stays synchronous. Same kernel, same sources, same sums in the same
 * order: the values are identical to computing it in place, which small graphs do.
 */
import { accumulateBetweenness, betweennessSources, normalizeBetweenness } from './betweenness';
import type * as WorkerThreadsModule from 'node:worker_threads';
import type { Projection } from './projection';

export interface BetweennessJob {
  /** The normalised centrality of every node of the projection, in its order. */
  result(): Float64Array;
  /** Where it was computed (a worker that failed is replaced by the main thread). */
  readonly thread: 'worker' | 'main';
}

/** Below this many nodes a thread costs more than it saves. */
export const WORKER_MIN_NODES = 2000;

const RUNNING = 0;
const DONE = 1;
const FAILED = 2;

/** The worker: the kernel's own source text, so that it needs no loader for TypeScript. */
function workerSource(): string {
  return `'use strict';
const { workerData } = require('node:worker_threads');
// Helpers a TypeScript transpiler may refer to (esbuild's keepNames).
var __name = (target) => target;
const accumulate = ${accumulateBetweenness.toString()};
const { offsets, neighbors, sources, result, state } = workerData;
try {
  accumulate(offsets, neighbors, sources, 0, sources.length, result);
  Atomics.store(state, 0, ${DONE});
} catch (error) {
  Atomics.store(state, 0, ${FAILED});
}
Atomics.notify(state, 0);`;
}

function sharedCopy(array: Int32Array): Int32Array {
  const copy = new Int32Array(new SharedArrayBuffer(array.byteLength));
  copy.set(array);
  return copy;
}

function inline(p: Projection, sources: Int32Array): Float64Array {
  const centrality = new Float64Array(p.nodes.length);
  accumulateBetweenness(p.offsets, p.neighbors, sources, 0, sources.length, centrality);
  normalizeBetweenness(centrality, sources.length);
  return centrality;
}

type WorkerThreads = typeof WorkerThreadsModule;

/** worker_threads when this is Node; undefined elsewhere (the browser never builds graphs, but be safe). */
function workerClass(): WorkerThreads['Worker'] | undefined {
  const process = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const builtin = process?.getBuiltinModule?.('node:worker_threads') as WorkerThreads | undefined;
  return builtin?.Worker;
}

export function startBetweenness(p: Projection, samples: number, seed: number): BetweennessJob {
  const n = p.nodes.length;
  if (n < 3) return { result: () => new Float64Array(n), thread: 'main' };
  const sources = betweennessSources(n, samples, seed);
  const Worker = n >= WORKER_MIN_NODES ? workerClass() : undefined;
  if (!Worker) return { result: () => inline(p, sources), thread: 'main' };
  const result = new Float64Array(new SharedArrayBuffer(8 * n));
  const state = new Int32Array(new SharedArrayBuffer(4));
  try {
    const worker = new Worker(workerSource(), {
      eval: true,
      workerData: {
        offsets: sharedCopy(p.offsets),
        neighbors: sharedCopy(p.neighbors),
        sources: sharedCopy(sources),
        result,
        state,
      },
    });
    worker.unref();
  } catch {
    return { result: () => inline(p, sources), thread: 'main' };
  }
  let thread: 'worker' | 'main' = 'worker';
  return {
    get thread() {
      return thread;
    },
    result() {
      while (Atomics.load(state, 0) === RUNNING) Atomics.wait(state, 0, RUNNING, 1000);
      if (Atomics.load(state, 0) === FAILED) {
        thread = 'main';
        return inline(p, sources);
      }
      const centrality = Float64Array.from(result);
      normalizeBetweenness(centrality, sources.length);
      return centrality;
    },
  };
}
