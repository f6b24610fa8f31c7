/**
 * Betweenness on two cores (Node): a worker thread starts on it while the main thread lays the graph
 * out, and the main thread joins in when it asks for the result. The sources are cut into fixed
 * chunks; a shared counter hands them out to whichever thread is free, each chunk's sums go to its
 * own slot, and the slots are added in chunk order at the end — so the values are the same whatever
 * thread computed what, run after run. `result()` blocks (Atomics.wait) for the chunks still being
 * computed by the worker, so the build stays synchronous. Small graphs compute in place.
 */
import { Worker } from 'node:worker_threads';
import {
  accumulateBetweenness,
  betweennessSources,
  normalizeBetweenness,
  SOURCES_PER_CHUNK,
  type BetweennessRunner,
  type Projection,
} from '../../core';

/** Below this many nodes a thread costs more than it saves. */
export const WORKER_MIN_NODES = 2000;

// Shared state: [next chunk to take (index 0, used in takeChunks), chunks done, worker failed].
const DONE = 1;
const FAILED = 2;

/**
 * Takes chunks until none is left: the kernel's dependencies for sources [first, end) go to the
 * chunk's slot. Self-contained (its source text runs in the worker as it is).
 */
export function takeChunks(
  offsets: Int32Array,
  neighbors: Int32Array,
  sources: Int32Array,
  slots: Float64Array,
  state: Int32Array,
  perChunk: number,
  accumulate: typeof accumulateBetweenness,
): void {
  const n = offsets.length - 1;
  const chunks = Math.ceil(sources.length / perChunk);
  for (;;) {
    const chunk = Atomics.add(state, 0, 1);
    if (chunk >= chunks) return;
    const first = chunk * perChunk;
    const end = Math.min(sources.length, first + perChunk);
    accumulate(offsets, neighbors, sources, first, end, slots.subarray(chunk * n, (chunk + 1) * n));
    Atomics.add(state, 1, 1);
    Atomics.notify(state, 1);
  }
}

/** The worker: the functions' own source text, so that it needs no loader for TypeScript. */
function workerSource(): string {
  return `'use strict';
const { workerData } = require('node:worker_threads');
// Helpers a TypeScript transpiler may refer to (esbuild's keepNames).
var __name = (target) => target;
const accumulate = ${accumulateBetweenness.toString()};
const take = ${takeChunks.toString()};
const { offsets, neighbors, sources, slots, state, perChunk } = workerData;
try {
  take(offsets, neighbors, sources, slots, state, perChunk, accumulate);
} catch (error) {
  Atomics.store(state, ${FAILED}, 1);
  Atomics.notify(state, 1);
}`;
}

function shared<T extends Int32Array | Float64Array>(array: T): T {
  const copy = new (array.constructor as new (buffer: SharedArrayBuffer) => T)(
    new SharedArrayBuffer(array.byteLength),
  );
  copy.set(array);
  return copy;
}

/** Adds the chunks' slots in chunk order (the same order wherever they were computed), then normalises. */
function reduce(slots: Float64Array, chunks: number, n: number, sampled: number): Float64Array {
  const centrality = new Float64Array(n);
  for (let c = 0; c < chunks; c++) {
    const slot = slots.subarray(c * n, (c + 1) * n);
    for (let i = 0; i < n; i++) centrality[i]! += slot[i]!;
  }
  normalizeBetweenness(centrality, sampled);
  return centrality;
}

/** A BetweennessRunner for the pipeline: a worker thread shares the work from WORKER_MIN_NODES nodes on. */
export const threadedBetweenness: BetweennessRunner = (p: Projection, samples: number, seed: number) => {
  const n = p.nodes.length;
  if (n < 3) return { result: () => new Float64Array(n), thread: 'main' };
  const sources = betweennessSources(n, samples, seed);
  const chunks = Math.ceil(sources.length / SOURCES_PER_CHUNK);
  const threaded = n >= WORKER_MIN_NODES;
  const slots = threaded
    ? new Float64Array(new SharedArrayBuffer(8 * n * chunks))
    : new Float64Array(n * chunks);
  const state = threaded ? new Int32Array(new SharedArrayBuffer(12)) : new Int32Array(3);
  const offsets = threaded ? shared(p.offsets) : p.offsets;
  const neighbors = threaded ? shared(p.neighbors) : p.neighbors;
  const sharedSources = threaded ? shared(sources) : sources;
  let thread: 'worker' | 'main' = 'main';
  if (threaded) {
    try {
      const worker = new Worker(workerSource(), {
        eval: true,
        workerData: { offsets, neighbors, sources: sharedSources, slots, state, perChunk: SOURCES_PER_CHUNK },
      });
      worker.unref();
      thread = 'worker';
    } catch {
      // No thread: the main thread takes every chunk when asked.
    }
  }
  return {
    get thread() {
      return thread;
    },
    result() {
      // Join in: take what the worker has not, then wait for the chunks it is still on.
      takeChunks(offsets, neighbors, sharedSources, slots, state, SOURCES_PER_CHUNK, accumulateBetweenness);
      while (Atomics.load(state, DONE) < chunks) {
        if (Atomics.load(state, FAILED)) {
          // The worker failed: compute every chunk here, from scratch, into the same slots.
          thread = 'main';
          slots.fill(0);
          for (let c = 0; c < chunks; c++) {
            const first = c * SOURCES_PER_CHUNK;
            const end = Math.min(sources.length, first + SOURCES_PER_CHUNK);
            accumulateBetweenness(
              p.offsets,
              p.neighbors,
              sources,
              first,
              end,
              slots.subarray(c * n, (c + 1) * n),
            );
          }
          return reduce(slots, chunks, n, sources.length);
        }
        Atomics.wait(state, DONE, Atomics.load(state, DONE), 1000);
      }
      return reduce(slots, chunks, n, sources.length);
    },
  };
};
