/**
 * Reading a Blob in the reader worker, as a task the page can cancel: cancelling terminates the
 * worker at once, whatever it is doing, and frees all it held. Where no Worker exists (the Node
 * tests), the same reader runs in place, its result passed through structuredClone as postMessage
 * would, so both ways hand over the same values.
 */
import { GraphFileError } from '../../../src/import';
import type { ReaderMessage, ReadGraph, ReadRequest } from './protocol';
import { readGraphBlob } from './read-blob';

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

export type ProgressListener = (bytes: number, total: number) => void;

function readInPlace(blob: Blob, name: string, onProgress?: ProgressListener): ReadTask<ReadGraph> {
  let cancelled = false;
  const result = readGraphBlob(blob, name, onProgress ? { onProgress } : {}).then((read) => {
    if (cancelled) throw new ReadCancelled(name);
    return structuredClone(read);
  });
  return { result, cancel: () => (cancelled = true) };
}

function readInWorker(blob: Blob, name: string, onProgress?: ProgressListener): ReadTask<ReadGraph> {
  // Vite bundles the worker from this exact expression (static URL, static options).
  const worker = new Worker(new URL('./reader.worker.ts', import.meta.url), { type: 'module' });
  let settle: { resolve(read: ReadGraph): void; reject(error: Error): void } | undefined;
  const result = new Promise<ReadGraph>((resolve, reject) => (settle = { resolve, reject }));
  const finish = () => {
    worker.terminate();
    settle = undefined;
  };
  worker.onmessage = (event: MessageEvent<ReaderMessage>) => {
    const message = event.data;
    if (message.type === 'progress') return onProgress?.(message.bytes, message.total);
    const pending = settle;
    finish();
    if (message.type === 'done') return pending?.resolve(message.result);
    pending?.reject(
      message.fileError
        ? new GraphFileError(message.message, message.line, message.column)
        : new Error(message.message),
    );
  };
  // The worker script itself failed (it could not load, or died): said plainly, never silent.
  worker.onerror = (event) => {
    event.preventDefault();
    const pending = settle;
    finish();
    pending?.reject(
      new Error(`the file reader stopped unexpectedly (${event.message || 'no reason given'})`),
    );
  };
  worker.onmessageerror = () => {
    const pending = settle;
    finish();
    pending?.reject(new Error('the file reader sent a graph the page could not receive'));
  };
  worker.postMessage({ blob, name } satisfies ReadRequest);
  return {
    result,
    cancel() {
      const pending = settle;
      if (!pending) return;
      finish();
      pending.reject(new ReadCancelled(name));
    },
  };
}

/** Reads a graph file (GEXF or graph.json) off the page's thread when the browser allows it. */
export function readGraph(blob: Blob, name: string, onProgress?: ProgressListener): ReadTask<ReadGraph> {
  return typeof Worker === 'undefined'
    ? readInPlace(blob, name, onProgress)
    : readInWorker(blob, name, onProgress);
}
