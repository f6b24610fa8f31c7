/**
 * A graph as graphology's serialized form in slices, and back: the worker cuts graph.export() into
 * a header and slices of nodes then edges; the page rebuilds the graph slice by slice with
 * graph.import(), which gives what Graph.from(graph.export()) gives.
 */
import Graph from 'graphology';
import { viewerSettings } from '../../settings';
import type { GraphHeader, GraphSlice } from './protocol';
import type { ReadResult } from './read-blob';

/** About how many characters a value takes once cloned: its strings, plus a little per number or key. */
export function approximateChars(value: unknown, depth = 0): number {
  if (typeof value === 'string') return value.length;
  if (typeof value !== 'object' || value === null) return 8;
  // Deeper than a real attribute value goes: counted flat rather than walked.
  if (depth > 8) return 64;
  let chars = 8;
  if (Array.isArray(value)) for (const item of value) chars += approximateChars(item, depth + 1);
  else
    for (const key in value)
      chars += key.length + approximateChars((value as Record<string, unknown>)[key], depth + 1);
  return chars;
}

/** Cuts a list into runs of at most `maxItems` items and about `maxChars` characters. */
function* runs<T>(items: T[], maxItems: number, maxChars: number): Generator<T[]> {
  let start = 0;
  let chars = 0;
  for (let i = 0; i < items.length; i++) {
    chars += approximateChars(items[i]);
    if (i + 1 - start >= maxItems || chars >= maxChars) {
      yield items.slice(start, i + 1);
      start = i + 1;
      chars = 0;
    }
  }
  if (start < items.length) yield items.slice(start);
}

/**
 * A slice ends at `sliceSize` elements or about `sliceChars` characters, whichever comes first: the
 * page then takes tens of milliseconds to receive and import each one, not seconds.
 */
export function* sliceGraph(
  read: ReadResult,
  sliceSize = viewerSettings.sliceElements,
  sliceChars = viewerSettings.sliceChars,
): Generator<{ header: GraphHeader } | { slice: GraphSlice }> {
  const { options, attributes, nodes, edges } = read.graph.export();
  yield {
    header: {
      options,
      attributes,
      format: read.format,
      repair: read.repair,
      warnings: read.warnings,
      order: nodes.length,
      size: edges.length,
    },
  };
  for (const run of runs(nodes, sliceSize, sliceChars)) yield { slice: { nodes: run } };
  for (const run of runs(edges, sliceSize, sliceChars)) yield { slice: { edges: run } };
}

export class GraphAssembler {
  readonly graph: Graph;
  private edgesIn = 0;
  private nodesIn = 0;

  constructor(readonly header: GraphHeader) {
    this.graph = new Graph(header.options);
    this.graph.replaceAttributes(header.attributes);
  }

  add(slice: GraphSlice): void {
    this.graph.import(slice);
    if ('nodes' in slice) this.nodesIn += slice.nodes.length;
    else this.edgesIn += slice.edges.length;
  }

  /** "Building the graph: 120,000 of 948,453 edges", for the progress line. */
  describe(): string {
    const { order, size } = this.header;
    return this.nodesIn < order || size === 0
      ? `${this.nodesIn.toLocaleString('en')} of ${order.toLocaleString('en')} nodes`
      : `${this.edgesIn.toLocaleString('en')} of ${size.toLocaleString('en')} edges`;
  }

  complete(): boolean {
    return this.nodesIn === this.header.order && this.edgesIn === this.header.size;
  }
}
