/**
 * The writers compared on one graph: our streamed GEXF (chunks encoded to UTF-8, as a file or Blob
 * writer must; written to a file as networkx's write_gexf writes one, buffered, nothing else; and
 * exactly as the build writes it, hashing for the manifest and flushing to disk), our streamed graph.json,
 * JSON.stringify of graph.export() (the floor for writing this information at all), and
 * graphology-gexf's writer, which builds the whole document as one string.
 */
import { closeSync, openSync, rmSync, writeSync } from 'node:fs';
import type Graph from 'graphology';
import { write as graphologyGexf } from 'graphology-gexf';
import { GENERATOR } from '../../src/core/build';
import { gexfChunks, graphJsonChunks, stancegraphGexfSpecs } from '../../src/core/write';
import { writeChunksSync } from '../../src/node/publish';
import { heapMb, measure, type Measured } from './measure';

export type WriterId =
  'gexfStream' | 'gexfPlainFile' | 'gexfFile' | 'jsonStream' | 'jsonStringify' | 'graphologyGexf';

export interface WriterResult extends Measured {
  /**
   * Heap held above the graph while writing: for streaming writers the live heap (collected, at
   * eight points of the stream); for one-string writers the heap after the call (their string).
   */
  heapAboveGraphMb?: number;
}

/** Passes chunks through, counting them and calling `at` on each. */
function* tapped(chunks: Iterable<string>, at: (n: number) => void): Generator<string> {
  let n = 0;
  for (const chunk of chunks) {
    at(++n);
    yield chunk;
  }
}

/** Bytes of a stream of chunks, each encoded to UTF-8 as a file or Blob writer must. */
function encodedBytes(chunks: Iterable<string>): number {
  let bytes = 0;
  for (const chunk of chunks) bytes += Buffer.byteLength(chunk, 'utf8');
  return bytes;
}

/**
 * Chunks to a file and nothing else: the same buffered writes as the build's writeChunksSync, without
 * its SHA-256 and fsync. What networkx's write_gexf does (ElementTree writes to a buffered file).
 */
function writePlainFile(path: string, chunks: Iterable<string>): number {
  const fd = openSync(path, 'w');
  const buffer = Buffer.allocUnsafe(4 << 20);
  let used = 0;
  let bytes = 0;
  const flush = () => {
    let offset = 0;
    while (offset < used) offset += writeSync(fd, buffer, offset, used - offset);
    bytes += used;
    used = 0;
  };
  try {
    for (const chunk of chunks) {
      const worst = chunk.length * 3;
      if (worst > buffer.length - used) flush();
      if (worst > buffer.length) {
        const data = Buffer.from(chunk, 'utf8');
        let offset = 0;
        while (offset < data.length) offset += writeSync(fd, data, offset);
        bytes += data.length;
      } else used += buffer.write(chunk, used, 'utf8');
    }
    flush();
  } finally {
    closeSync(fd);
  }
  return bytes;
}

/**
 * The heap a streaming writer holds above the graph: after the timed runs, one more run that
 * collects garbage and reads the heap at eight points spread over its chunks (their number known
 * from the timed runs). Live memory, not garbage the collector has not reached yet, which with a
 * large heap limit can stand at hundreds of MB and says nothing about what the writer keeps.
 */
function liveHeapAbove(
  base: number,
  chunkCount: number,
  write: (chunks: (source: Iterable<string>) => Iterable<string>) => void,
): number | undefined {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc || chunkCount === 0) return undefined;
  const every = Math.max(1, Math.floor(chunkCount / 8));
  let peak = 0;
  write((source) =>
    tapped(source, (n) => {
      if (n % every !== 0) return;
      gc();
      peak = Math.max(peak, heapMb() - base);
    }),
  );
  return Math.round(peak);
}

export interface WriterOptions {
  rounds: number;
  /** A scratch file for the to-file figure. */
  scratchFile: string;
  only?: readonly WriterId[];
}

export async function compareWriters(
  graph: Graph,
  o: WriterOptions,
): Promise<Partial<Record<WriterId, WriterResult>>> {
  const gexfOptions = {
    ...stancegraphGexfSpecs(),
    creator: GENERATOR,
    description: String(graph.getAttribute('name')),
  };
  const gc = (globalThis as { gc?: () => void }).gc;
  const want = (id: WriterId) => !o.only || o.only.includes(id);
  const results: Partial<Record<WriterId, WriterResult>> = {};
  const run = async (id: WriterId, write: (heap: { base: number; peak: number }) => number) => {
    if (!want(id)) return;
    gc?.();
    const heap = { base: heapMb(), peak: 0 };
    const measured = await measure(o.rounds, () => write(heap));
    results[id] = { ...measured, heapAboveGraphMb: Math.round(heap.peak) };
    gc?.();
  };
  /** A streaming writer: timed like the others, then its live heap measured (liveHeapAbove). */
  const runStreaming = async (
    id: WriterId,
    write: (chunks: (source: Iterable<string>) => Iterable<string>) => number,
  ) => {
    if (!want(id)) return;
    gc?.();
    const base = heapMb();
    let chunkCount = 0;
    const measured = await measure(o.rounds, () =>
      write((source) => tapped(source, (n) => (chunkCount = n))),
    );
    const held = measured.error ? undefined : liveHeapAbove(base, chunkCount, write);
    results[id] = { ...measured, ...(held === undefined ? {} : { heapAboveGraphMb: held }) };
    gc?.();
  };
  await runStreaming('gexfStream', (tap) => encodedBytes(tap(gexfChunks(graph, gexfOptions))));
  await runStreaming('gexfPlainFile', (tap) => {
    rmSync(o.scratchFile, { force: true });
    const bytes = writePlainFile(o.scratchFile, tap(gexfChunks(graph, gexfOptions)));
    rmSync(o.scratchFile, { force: true });
    return bytes;
  });
  await runStreaming('gexfFile', (tap) => {
    rmSync(o.scratchFile, { force: true });
    const written = writeChunksSync(o.scratchFile, tap(gexfChunks(graph, gexfOptions)));
    rmSync(o.scratchFile, { force: true });
    return written.bytes;
  });
  await runStreaming('jsonStream', (tap) => encodedBytes(tap(graphJsonChunks(graph))));
  // The floor: one call, one string, no encoding; past 2^29 characters V8 refuses the string.
  await run('jsonStringify', (heap) => {
    const text = JSON.stringify(graph.export());
    heap.peak = Math.max(heap.peak, heapMb() - heap.base);
    return Buffer.byteLength(text);
  });
  await run('graphologyGexf', (heap) => {
    const text = graphologyGexf(graph, {
      version: '1.3',
      // graphology-gexf cannot write a list of objects: evidence travels as JSON text, as in ours.
      formatEdge: (_key, { label, color, size, evidence, ...rest }) => ({
        label,
        viz: { color, thickness: size },
        attributes: { ...rest, evidence: JSON.stringify(evidence) },
      }),
    });
    heap.peak = Math.max(heap.peak, heapMb() - heap.base);
    return Buffer.byteLength(text);
  });
  return results;
}
