/** What reading a graph file gives, and the limits that keep hostile files from exhausting memory. */
import type Graph from 'graphology';

export interface ReadLimits {
  /** Characters of text read before giving up (a 200 MB file holds about 200 M characters). */
  maxChars: number;
  /** Element nesting depth: real GEXF files stay under 10. */
  maxDepth: number;
  maxNodes: number;
  /** Below V8's limit of 2^24 entries in one Map, which graphology uses for edges. */
  maxEdges: number;
}

export const defaultReadLimits: ReadLimits = {
  maxChars: 512 * 1024 * 1024,
  maxDepth: 64,
  maxNodes: 2_000_000,
  maxEdges: 8_000_000,
};

export interface ImportWarning {
  /** 1-based; 0 when the warning is about the file as a whole. */
  line: number;
  column: number;
  message: string;
}

export interface ImportResult {
  graph: Graph;
  /** Repairs made while reading (values left out, duplicates skipped…), in file order. */
  warnings: ImportWarning[];
  format: 'gexf' | 'json';
  version?: string;
  /** Whether every node has a finite position; if not, the caller lays the graph out. */
  positioned: boolean;
}

/** A file that cannot be read as a graph: the message says why, for people. */
export class GraphFileError extends Error {
  constructor(
    message: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(message);
    this.name = 'GraphFileError';
  }
}
