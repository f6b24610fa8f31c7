/**
 * Opening a graph: a file the person picked or dropped (the size cap first, checked before a byte is
 * read), or graph.json as fetched. Reading runs in the reader worker (src/import's shared readers,
 * streaming for GEXF); the page only rebuilds the graph from its serialized form.
 */
import Graph from 'graphology';
import type { ImportWarning } from '../../../src/import';
import { readGraph, type ProgressListener, type ReadGraph, type ReadTask } from '../reader';
import { GraphFileError, MAX_FILE_BYTES, formatBytes } from './errors';
import type { PositionRepair } from './positions';

export interface OpenedGraph {
  graph: Graph;
  name: string;
  format: 'json' | 'gexf';
  repair: PositionRepair;
  /** What the reader repaired or left out, with the file's line and column. */
  warnings: ImportWarning[];
}

/** The graph the reader serialized, rebuilt on the page: the last step of every way in. */
export function openedGraphOf(read: ReadGraph, name: string): OpenedGraph {
  const graph = Graph.from(read.serialized);
  return { graph, name, format: read.format, repair: read.repair, warnings: read.warnings };
}

/** Reads any Blob as a graph file named `name` (graph.json from the server comes this way). */
export function openGraphBlob(
  blob: Blob,
  name: string,
  onProgress?: ProgressListener,
): ReadTask<OpenedGraph> {
  const task = readGraph(blob, name, onProgress);
  return { result: task.result.then((read) => openedGraphOf(read, name)), cancel: task.cancel };
}

/** The size cap, said before reading: the answer for a file past it is instant. */
export function checkFileSize(file: Blob & { name: string }): void {
  if (file.size > MAX_FILE_BYTES) {
    throw new GraphFileError(
      `"${file.name}" is ${formatBytes(file.size)}; the viewer opens files up to ${formatBytes(MAX_FILE_BYTES)}.`,
    );
  }
}

export function openGraphFile(file: File, onProgress?: ProgressListener): ReadTask<OpenedGraph> {
  try {
    checkFileSize(file);
  } catch (error) {
    return { result: Promise.reject(error as Error), cancel: () => undefined };
  }
  return openGraphBlob(file, file.name, onProgress);
}

/** "line 3, column 7: …" for a located warning, the message alone for one about the whole file. */
export function describeWarning(warning: ImportWarning): string {
  return warning.line > 0
    ? `line ${warning.line}, column ${warning.column}: ${warning.message}`
    : warning.message;
}

/** The notice after opening: counts, positions laid out, and the first repair with its place. */
export function describeOpened(opened: OpenedGraph): string {
  const repaired =
    opened.repair.layout === 'none'
      ? ''
      : ` ${opened.repair.repaired} node(s) had no usable position and were laid out.`;
  const [first] = opened.warnings;
  const warned = first
    ? ` ${opened.warnings.length} repair(s) while reading; the first, ${describeWarning(first)}.`
    : '';
  return `Opened ${opened.name}: ${opened.graph.order} nodes, ${opened.graph.size} edges.${repaired}${warned}`;
}
