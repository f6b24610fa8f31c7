/**
 * What the page and the reader worker say to each other. The graph crosses as graphology's
 * serialized form (graph.export()), which survives structured cloning value for value, in slices:
 * one message of a million edges takes the page's thread for many seconds to receive and holds a
 * second copy of the graph in transit, while slices are received between other work, one at a time.
 */
import type { SerializedEdge, SerializedGraph, SerializedNode } from 'graphology-types';
import type { ImportWarning, ReadLimits } from 'stancegraph';
import type { PositionRepair } from '../positions';

/** The page asks: read this Blob (a File, or graph.json as fetched). */
export interface ReadRequest {
  type: 'read';
  blob: Blob;
  name: string;
  limits: Partial<ReadLimits>;
}

/** The page has taken in the last slice: the worker may send the next (flow control). */
export interface NextSlice {
  type: 'next';
}

/** Everything but the nodes and edges, which follow in slices. */
export interface GraphHeader {
  options: SerializedGraph['options'];
  attributes: SerializedGraph['attributes'];
  format: 'json' | 'gexf';
  repair: PositionRepair;
  /** What the reader repaired or left out, with the file's line and column. */
  warnings: ImportWarning[];
  order: number;
  size: number;
}

export type GraphSlice = { nodes: SerializedNode[] } | { edges: SerializedEdge[] };

export type ReaderMessage =
  | { type: 'progress'; bytes: number; total: number }
  /** A step without a byte count: the text for the progress line. */
  | { type: 'stage'; text: string }
  | { type: 'header'; header: GraphHeader }
  | { type: 'slice'; slice: GraphSlice }
  | { type: 'done' }
  /** `fileError`: the file's fault (a GraphFileError, said for people); otherwise the reader's. */
  | { type: 'error'; message: string; fileError: boolean; line?: number; column?: number };
