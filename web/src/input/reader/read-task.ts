/**
 * Reading a Blob in the reader worker, as a task the page can cancel: cancelling terminates the
 * worker at once, whatever it is doing, and frees all it held. The graph comes back in slices
 * (graph-slices.ts), each asked for when the last is in. Where no Worker exists (the Node tests),
 * the same reader runs in place and its slices pass through structuredClone as postMessage would,
 * so both ways hand over the same values.
 */
import { GraphFileError } from 'stancegraph';
import { viewerSettings } from '../../settings';
import { VIEWER_LIMITS } from '../limits';
import { GraphAssembler, sliceGraph } from './graph-slices';
import type { NextSlice, ReaderMessage, ReadRequest } from './protocol';
import { readGraphBlob, type ReadResult } from './read-blob';

/** Reading was stopped by the person (Cancel), not by the file. */
export class ReadCancelled extends Error {
  constructor(name: string) {
    super(`Reading "${name}" was cancelled.`);
    this.name = 'ReadCancelled';
  }
}

export interface ReadTask<T> {
  result: Promise<T>;
  cancel(): void;
}

export interface ReadEvents {
  progress?(bytes: number, total: number): void;
  /** A step without a byte count ("Building the graph: 20,000 of 80,000 edges"). */
  stage?(text: string): void;
}

function resultOf(assembler: GraphAssembler): ReadResult {
  const { format, repair, warnings } = assembler.header;
  return { graph: assembler.graph, format, repair, warnings };
}

function readInPlace(blob: Blob, name: string, events: ReadEvents): ReadTask<ReadResult> {
  let cancelled = false;
  const run = async (): Promise<ReadResult> => {
    const read = await readGraphBlob(blob, name, {
      limits: VIEWER_LIMITS,
      ...(events.progress ? { onProgress: events.progress } : {}),
      ...(events.stage ? { onStage: events.stage } : {}),
    });
    let assembler: GraphAssembler | undefined;
    for (const part of sliceGraph(read)) {
      if (cancelled) throw new ReadCancelled(name);
      const copy = structuredClone(part);
      if ('header' in copy) assembler = new GraphAssembler(copy.header);
      else assembler!.add(copy.slice);
    }
    return resultOf(assembler!);
  };
  return { result: run(), cancel: () => (cancelled = true) };
}

function readInWorker(blob: Blob, name: string, events: ReadEvents): ReadTask<ReadResult> {
  // Vite bundles the worker from this exact expression (static URL, static options).
  const worker = new Worker(new URL('./reader.worker.ts', import.meta.url), { type: 'module' });
  let settle: { resolve(read: ReadResult): void; reject(error: Error): void } | undefined;
  const result = new Promise<ReadResult>((resolve, reject) => (settle = { resolve, reject }));
  let assembler: GraphAssembler | undefined;
  const finish = () => {
    worker.terminate();
    const pending = settle;
    settle = undefined;
    assembler = undefined;
    return pending;
  };
  const fail = (error: Error) => finish()?.reject(error);
  worker.onmessage = (event: MessageEvent<ReaderMessage>) => {
    const message = event.data;
    try {
      switch (message.type) {
        case 'progress':
          return events.progress?.(message.bytes, message.total);
        case 'stage':
          return events.stage?.(message.text);
        case 'header':
          assembler = new GraphAssembler(message.header);
          break;
        case 'slice':
          assembler?.add(message.slice);
          events.stage?.(`Building the graph: ${assembler?.describe() ?? ''}`);
          break;
        case 'done': {
          const built = assembler;
          if (!built?.complete()) return fail(new Error('the file reader sent an incomplete graph'));
          return finish()?.resolve(resultOf(built));
        }
        case 'error':
          return fail(
            message.fileError
              ? new GraphFileError(message.message, message.line, message.column)
              : new Error(message.message),
          );
      }
      worker.postMessage({ type: 'next' } satisfies NextSlice);
    } catch (error) {
      fail(new Error(`the graph could not be rebuilt on the page (${(error as Error)?.message})`));
    }
  };
  // The worker script itself failed (it could not load, or died): said plainly, never silent.
  worker.onerror = (event) => {
    event.preventDefault();
    fail(new Error(`the file reader stopped unexpectedly (${event.message || 'no reason given'})`));
  };
  worker.onmessageerror = () => fail(new Error('the file reader sent a graph the page could not receive'));
  worker.postMessage({ type: 'read', blob, name, limits: VIEWER_LIMITS } satisfies ReadRequest);
  return {
    result,
    cancel() {
      if (settle) fail(new ReadCancelled(name));
    },
  };
}

/**
 * Reads a graph file (GEXF or graph.json) off the page's thread, when the browser allows it and
 * unless the caller allows a small Blob (`smallInPage`) to be read in place: below the setting
 * `inPageMaxBytes`, starting the worker costs more than reading.
 */
export function readGraph(
  blob: Blob,
  name: string,
  events: ReadEvents = {},
  smallInPage = false,
): ReadTask<ReadResult> {
  const inPage = typeof Worker === 'undefined' || (smallInPage && blob.size <= viewerSettings.inPageMaxBytes);
  return inPage ? readInPlace(blob, name, events) : readInWorker(blob, name, events);
}
