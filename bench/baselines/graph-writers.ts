/**
 * The writers compared on one graph: our streamed GEXF (chunks encoded to UTF-8, as a file or Blob
 * writer must; and written to a file exactly as the build does), our streamed graph.json,
 * JSON.stringify of graph.export() (the floor for writing this information at all), and
 * graphology-gexf's writer, which builds the whole document as one string.
 */
import { rmSync } from 'node:fs';
import type Graph from 'graphology';
import { write as graphologyGexf } from 'graphology-gexf';
import { GENERATOR } from '../../src/build';
import { gexfChunks, graphJsonChunks, stancegraphGexfSpecs } from '../../src/export';
import { writeChunksSync } from '../../src/output';
import { heapMb, measure, type Measured } from './measure';

export type WriterId = 'gexfStream' | 'gexfFile' | 'jsonStream' | 'jsonStringify' | 'graphologyGexf';

export interface WriterResult extends Measured {
  /** Most heap held above the graph while writing (sampled; the output string for one-string writers). */
  heapAboveGraphMb?: number;
}

/** Bytes of a stream of chunks, each encoded as a writer would, sampling the heap as it goes. */
function streamed(chunks: Iterable<string>, heap: { base: number; peak: number }): number {
  let bytes = 0;
  let n = 0;
  for (const chunk of chunks) {
    bytes += Buffer.byteLength(chunk, 'utf8');
    if (++n % 16 === 0) heap.peak = Math.max(heap.peak, heapMb() - heap.base);
  }
  return bytes;
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
  await run('gexfStream', (heap) => streamed(gexfChunks(graph, gexfOptions), heap));
  await run('gexfFile', (heap) => {
    rmSync(o.scratchFile, { force: true });
    const written = writeChunksSync(o.scratchFile, gexfChunks(graph, gexfOptions));
    heap.peak = Math.max(heap.peak, heapMb() - heap.base);
    rmSync(o.scratchFile, { force: true });
    return written.bytes;
  });
  await run('jsonStream', (heap) => streamed(graphJsonChunks(graph), heap));
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
