/** The public types of the GEXF writer. */
import type { AbstractGraph, Attributes } from 'graphology-types';
import type { GexfType } from '../../schema';

/** Any graphology graph: the writer reads attributes by name and never mutates the graph. */
export type GexfGraph = AbstractGraph<Attributes, Attributes, Attributes>;

/** One column: written as `<attribute>` in the declarations and `<attvalue>` on each element. */
export interface GexfAttributeSpec {
  /** The graphology attribute name; also the GEXF attribute id. */
  id: string;
  /** The column name shown by Gephi. */
  title: string;
  type: GexfType;
  /** The value is written as its JSON text (objects, lists of objects). */
  json?: boolean;
}

export interface GexfWarning {
  element: 'node' | 'edge' | 'graph';
  /** The node or edge key; for `graph`, what was being written (`meta`, `attributes`). */
  key: string;
  /** The graphology attribute (or spec field) whose value was changed or left out. */
  attribute: string;
  message: string;
}

export interface GexfWriteOptions {
  /** Columns written as `<attvalue>`, in this order. */
  nodeAttributes: readonly GexfAttributeSpec[];
  edgeAttributes: readonly GexfAttributeSpec[];
  /** `<meta>` content. There is no lastmodifieddate: the output must not depend on when it is written. */
  creator?: string;
  description?: string;
  /** Called for every value the writer had to change or leave out. */
  onWarning?: (warning: GexfWarning) => void;
  /** Target size (UTF-16 code units) of the chunks gexfChunks yields. Default DEFAULT_CHUNK_SIZE (16K). */
  chunkSize?: number;
  /**
   * The edge attribute written as the GEXF `kind` (an xsd:token: whitespace collapsed). Default
   * `relation`, stancegraph's relation or stance type; null writes no kind.
   */
  kindAttribute?: string | null;
  /**
   * The edge attribute written as the GEXF `weight` (a finite number). Default null: every edge
   * weighs 1, because stancegraph edges are counted, not weighted.
   */
  weightAttribute?: string | null;
}

/** Specs plus the XML-carried edge attributes, ready to spread into GexfWriteOptions. */
export interface GexfSpecs {
  nodeAttributes: GexfAttributeSpec[];
  edgeAttributes: GexfAttributeSpec[];
  kindAttribute?: string | null;
  weightAttribute?: string | null;
}
