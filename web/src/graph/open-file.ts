/**
 * Opening a file the user picked or dropped: the size cap, then the project's shared reader
 * (src/import: GEXF 1.1–1.3 through a streaming XML parser that refuses DOCTYPEs and bounds depth
 * and counts, or graph.json), then the repair that makes the graph drawable.
 */
import type Graph from 'graphology';
import { readGraphText, type ImportWarning } from '../../../src/import';
import { GraphFileError, MAX_FILE_BYTES, formatBytes } from './errors';
import { prepareGraph } from './prepare';
import type { PositionRepair } from './positions';

export interface OpenedGraph {
  graph: Graph;
  name: string;
  format: 'json' | 'gexf';
  repair: PositionRepair;
  /** What the reader repaired or left out, with the file's line and column. */
  warnings: ImportWarning[];
}

export function graphFromText(text: string, name: string): OpenedGraph {
  const { graph, format, warnings } = readGraphText(text, name);
  const repair = prepareGraph(graph);
  return { graph, name, format, repair, warnings };
}

export async function openGraphFile(file: File): Promise<OpenedGraph> {
  if (file.size > MAX_FILE_BYTES) {
    throw new GraphFileError(
      `"${file.name}" is ${formatBytes(file.size)}; the viewer opens files up to ${formatBytes(MAX_FILE_BYTES)}.`,
    );
  }
  if (file.size === 0) throw new GraphFileError(`"${file.name}" is empty.`);
  return graphFromText(await file.text(), file.name);
}

/** "line 3, column 7: …" for a located warning, the message alone for one about the whole file. */
export function describeWarning(warning: ImportWarning): string {
  return warning.line > 0
    ? `line ${warning.line}, column ${warning.column}: ${warning.message}`
    : warning.message;
}
