/**
 * GraphML, streamed, for igraph, visone, R and networkx users. Our own writer: graphology-graphml
 * (0.5) parses GraphML but writes none. Keys are declared from typed columns (never guessed from
 * values); lists travel as JSON text, since GraphML has no list type. Text goes through the GEXF
 * writer's XML escaping, so the same characters are replaced the same way.
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import { escapeXml } from '../gexf/escape';
import { WarningReporter } from '../gexf/report';
import type { GexfAttributeSpec, GexfWarning } from '../gexf/types';
import { DEFAULT_CHUNK_SIZE } from '../gexf';

export interface GraphmlOptions {
  nodeColumns: readonly GexfAttributeSpec[];
  edgeColumns: readonly GexfAttributeSpec[];
  /** Graph-level data, written as text: the parameters that made the graph, say. */
  graphData?: Record<string, string>;
  onWarning?: (warning: GexfWarning) => void;
  chunkSize?: number;
}

const GRAPHML_TYPES: Record<GexfAttributeSpec['type'], string> = {
  string: 'string',
  date: 'string',
  liststring: 'string',
  integer: 'int',
  long: 'long',
  double: 'double',
  float: 'float',
  boolean: 'boolean',
};

interface Key {
  id: string;
  column: GexfAttributeSpec;
}

function encode(value: unknown, column: GexfAttributeSpec): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (Array.isArray(value) || (typeof value === 'object' && value !== null)) return JSON.stringify(value);
  if (typeof value === 'number' && !Number.isFinite(value)) return undefined;
  if (column.type === 'boolean') return value ? 'true' : 'false';
  return String(value);
}

export function* graphmlChunks(
  graph: AbstractGraph<Attributes, Attributes, Attributes>,
  options: GraphmlOptions,
): Generator<string> {
  const reporter = new WarningReporter(options.onWarning);
  const chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
  const esc = (text: string) => escapeXml(text, reporter);
  const nodeKeys: Key[] = [{ id: 'label', column: { id: 'label', title: 'label', type: 'string' } }];
  nodeKeys.push(...options.nodeColumns.map((column, i) => ({ id: `n${i}`, column })));
  const edgeKeys: Key[] = options.edgeColumns.map((column, i) => ({ id: `e${i}`, column }));
  const graphKeys = Object.keys(options.graphData ?? {});
  let chunk =
    '<?xml version="1.0" encoding="UTF-8"?>\n' + '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n';
  graphKeys.forEach((name, i) => {
    chunk += `  <key id="g${i}" for="graph" attr.name="${esc(name)}" attr.type="string"/>\n`;
  });
  for (const [what, keys] of [
    ['node', nodeKeys],
    ['edge', edgeKeys],
  ] as const)
    for (const k of keys)
      chunk += `  <key id="${k.id}" for="${what}" attr.name="${esc(k.column.title)}" attr.type="${GRAPHML_TYPES[k.column.type]}"/>\n`;
  chunk += `  <graph id="G" edgedefault="${graph.type === 'undirected' ? 'undirected' : 'directed'}">\n`;
  graphKeys.forEach((name, i) => {
    reporter.at('graph', 'data', name);
    chunk += `    <data key="g${i}">${esc(options.graphData![name]!)}</data>\n`;
  });
  const data = (attributes: Attributes, keys: readonly Key[]) => {
    let xml = '';
    for (const k of keys) {
      const text = encode(attributes[k.column.id], k.column);
      if (text !== undefined) xml += `      <data key="${k.id}">${esc(text)}</data>\n`;
    }
    return xml;
  };
  for (const { node, attributes } of graph.nodeEntries()) {
    reporter.at('node', node, 'id');
    const children = data(attributes, nodeKeys);
    chunk += `    <node id="${esc(node)}"${children ? `>\n${children}    </node>\n` : '/>\n'}`;
    if (chunk.length >= chunkSize) {
      yield chunk;
      chunk = '';
    }
  }
  for (const { edge, attributes, source, target, undirected } of graph.edgeEntries()) {
    reporter.at('edge', edge, 'id');
    const type = graph.type === 'mixed' ? ` directed="${undirected ? 'false' : 'true'}"` : '';
    const children = data(attributes, edgeKeys);
    chunk += `    <edge id="${esc(edge)}" source="${esc(source)}" target="${esc(target)}"${type}${children ? `>\n${children}    </edge>\n` : '/>\n'}`;
    if (chunk.length >= chunkSize) {
      yield chunk;
      chunk = '';
    }
  }
  yield `${chunk}  </graph>\n</graphml>\n`;
}
