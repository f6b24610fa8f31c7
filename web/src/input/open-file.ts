/**
 * Opening a graph: a file the person picked or dropped (the size cap first, checked before a byte is
 * read), or graph.json as fetched. Reading runs in the reader worker (the core's shared readers,
 * streaming for GEXF); the page only rebuilds the graph from its serialized form.
 */
import type Graph from 'graphology';
import { GraphFileError, type ImportWarning } from 'stancegraph';
import { viewerSettings } from '../settings';
import { formatBytes } from '../ui/format';
import type { PositionRepair } from './positions';
import { readGraph, type ReadEvents, type ReadResult, type ReadTask } from './reader';

export interface OpenedGraph {
  graph: Graph;
  name: string;
  format: 'json' | 'gexf';
  repair: PositionRepair;
  /** What the reader repaired or left out, with the file's line and column. */
  warnings: ImportWarning[];
}

/**
 * Reads any Blob as a graph file named `name` (graph.json from the server comes this way; a small
 * one may be read on the page's thread, `smallInPage`, see reader/read-task).
 */
export function openGraphBlob(
  blob: Blob,
  name: string,
  events: ReadEvents = {},
  smallInPage = false,
): ReadTask<OpenedGraph> {
  const task = readGraph(blob, name, events, smallInPage);
  return { result: task.result.then((read: ReadResult) => ({ ...read, name })), cancel: task.cancel };
}

/** The size cap, said before reading: the answer for a file past it is instant. */
export function checkFileSize(file: Blob & { name: string }): void {
  const max = viewerSettings.maxFileBytes;
  if (file.size > max) {
    const bytes = (n: number) => `${formatBytes(n)}, ${n.toLocaleString('en')} bytes`;
    throw new GraphFileError(
      `"${file.name}" is larger than the viewer opens (${bytes(file.size)}; the limit is ${bytes(max)}): filter it in Gephi first, or check it with "stancegraph inspect".`,
    );
  }
}

export function openGraphFile(file: File, events: ReadEvents = {}): ReadTask<OpenedGraph> {
  try {
    checkFileSize(file);
  } catch (error) {
    return { result: Promise.reject(error as Error), cancel: () => undefined };
  }
  return openGraphBlob(file, file.name, events);
}

/** "line 3, column 7: …" for a located warning, the message alone for one about the whole file. */
export function describeWarning(warning: ImportWarning): string {
  return warning.line > 0
    ? `line ${warning.line}, column ${warning.column}: ${warning.message}`
    : warning.message;
}

/** Every repair, located, for the list under the notice. */
export function describeWarnings(opened: OpenedGraph): string[] {
  return opened.warnings.map(describeWarning);
}

/** A refusal for people: which file, what is wrong, said as one sentence or more. */
export function describeRefusal(name: string, message: string): string {
  const named = message.includes(`"${name}"`) ? message : `Could not open "${name}": ${message}`;
  return /[.!?]$/.test(named) ? named : `${named}.`;
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
