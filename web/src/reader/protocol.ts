/**
 * What the page and the reader worker say to each other. The graph crosses as graphology's
 * serialized form (graph.export()), which survives structured cloning value for value.
 */
import type { SerializedGraph } from 'graphology-types';
import type { ImportWarning } from '../../../src/import';
import type { PositionRepair } from '../graph/positions';

/** The page asks: read this Blob (a File, or graph.json as fetched). */
export interface ReadRequest {
  blob: Blob;
  name: string;
}

/** What reading gave: the graph ready to draw (positions repaired, colours and sizes filled in). */
export interface ReadGraph {
  serialized: SerializedGraph;
  format: 'json' | 'gexf';
  repair: PositionRepair;
  /** What the reader repaired or left out, with the file's line and column. */
  warnings: ImportWarning[];
}

export type ReaderMessage =
  | { type: 'progress'; bytes: number; total: number }
  | { type: 'done'; result: ReadGraph }
  /** `fileError`: the file's fault (a GraphFileError, said for people); otherwise the reader's. */
  | { type: 'error'; message: string; fileError: boolean; line?: number; column?: number };
