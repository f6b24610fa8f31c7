/**
 * Fetching graph.json with answers for people: an HTTP error, a network failure or a server that
 * stops sending each becomes a FetchFailed with a plain reason. The body is read here, chunk by
 * chunk (progress; a stall is noticed), into a Blob the reader worker then parses.
 */
import { formatBytes } from '../ui/format';

export class FetchFailed extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'FetchFailed';
  }
}

export interface FetchOptions {
  signal: AbortSignal;
  onProgress(bytes: number, total: number): void;
  /** No byte for this long (headers included) and the fetch is given up. */
  stallMs: number;
  /** More than this and the fetch is given up: the viewer's size cap holds for graph.json too. */
  maxBytes: number;
}

export async function fetchGraph(url: string, options: FetchOptions): Promise<Blob> {
  const stalled = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const wait = () => {
    clearTimeout(timer);
    timer = setTimeout(() => stalled.abort(), options.stallMs);
  };
  const signal = AbortSignal.any([options.signal, stalled.signal]);
  const stallReason = () =>
    new FetchFailed(`the server sent nothing for ${Math.round(options.stallMs / 1000)} s`);
  wait();
  try {
    let response: Response;
    try {
      response = await fetch(url, { signal, cache: 'no-store' });
    } catch (error) {
      if (stalled.signal.aborted) throw stallReason();
      if (options.signal.aborted) throw error;
      throw new FetchFailed(`the network request failed (${(error as Error).message})`);
    }
    if (!response.ok) {
      throw new FetchFailed(
        `the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`,
      );
    }
    const total = Number(response.headers.get('Content-Length') ?? 0);
    const chunks: Uint8Array[] = [];
    let bytes = 0;
    if (response.body) {
      const reader = response.body.getReader();
      for (;;) {
        let step: ReadableStreamReadResult<Uint8Array>;
        try {
          step = await reader.read();
        } catch (error) {
          if (stalled.signal.aborted) throw stallReason();
          if (options.signal.aborted) throw error;
          throw new FetchFailed(
            `the connection broke after ${formatBytes(bytes)} (${(error as Error).message})`,
          );
        }
        if (step.done) break;
        wait();
        chunks.push(step.value);
        bytes += step.value.byteLength;
        if (bytes > options.maxBytes) {
          await reader.cancel();
          throw new FetchFailed(`it is larger than the viewer's limit of ${formatBytes(options.maxBytes)}`);
        }
        options.onProgress(bytes, total);
      }
    }
    return new Blob(chunks as BlobPart[], { type: 'application/json' });
  } finally {
    clearTimeout(timer);
  }
}
