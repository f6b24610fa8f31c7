/**
 * The GEXF 1.3 writer: a generator of text chunks, so that a graph of millions of edges is written
 * (to a file, a download stream, a Blob) without ever being one string in memory. Pure: no Node-only
 * imports, because the viewer runs it in the browser.
 */
import type { Attributes } from 'graphology-types';
import { escapeToken, escapeXml } from './escape';
import { ChunkBuilder } from './output';
import { WarningReporter } from './report';
import type { GexfAttributeSpec, GexfGraph, GexfWriteOptions } from './types';
import { gexfXmlType, valueEncoder, type ValueEncoder } from './values';
import { colorAttributes, coordinate, nonNegative, timeValue } from './viz';

export const DEFAULT_CHUNK_SIZE = 64 * 1024;

const HEADER =
  '<?xml version="1.0" encoding="UTF-8"?>\n' +
  '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">\n';

interface Column {
  id: string;
  /** Everything of the `<attvalue>` line up to the value, escaped once for all elements. */
  prefix: string;
  encode: ValueEncoder;
}

type ElementKind = 'node' | 'edge';

/** Yields the document in chunks of about `chunkSize` characters, in a deterministic order. */
export function* gexfChunks(graph: GexfGraph, options: GexfWriteOptions): Generator<string, void, undefined> {
  const reporter = new WarningReporter(options.onWarning);
  const out = new ChunkBuilder(Math.max(1, options.chunkSize ?? DEFAULT_CHUNK_SIZE));
  const kindAttribute = options.kindAttribute === undefined ? 'relation' : options.kindAttribute;
  const weightAttribute = options.weightAttribute ?? null;
  const nodeColumns = columnsOf(options.nodeAttributes, 'node', reporter);
  const edgeColumns = columnsOf(options.edgeAttributes, 'edge', reporter);

  out.push(HEADER);
  out.push(metaXml(options, reporter));
  // Dynamic, with dates: Gephi's timeline then filters edges by their start/end days.
  const undirectedByDefault = graph.type === 'undirected';
  out.push(`  <graph mode="dynamic" timeformat="date" defaultedgetype="${undirectedByDefault ? 'undirected' : 'directed'}">\n`);
  out.push(declarationsXml('node', options.nodeAttributes, reporter));
  out.push(declarationsXml('edge', options.edgeAttributes, reporter));

  out.push(`    <nodes count="${graph.order}">\n`);
  for (const { node, attributes } of graph.nodeEntries()) {
    reporter.at('node', node, 'id');
    out.push('      <node id="');
    out.push(escapeXml(node, reporter));
    out.push('"');
    writeToken(out, ' label="', attributes, 'label', reporter);
    writeTimes(out, attributes, reporter);
    const open = out.placeholder();
    writeAttvalues(out, attributes, nodeColumns, reporter);
    writeColor(out, attributes, reporter);
    writeSize(out, attributes, '        <viz:size value="', reporter);
    writePosition(out, attributes, reporter);
    closeElement(out, open, '      </node>\n');
    if (out.full) yield out.take();
  }
  out.push('    </nodes>\n');

  out.push(`    <edges count="${graph.size}">\n`);
  for (const { edge, attributes, source, target, undirected } of graph.edgeEntries()) {
    reporter.at('edge', edge, 'id');
    out.push('      <edge id="');
    out.push(escapeXml(edge, reporter));
    out.push('" source="');
    out.push(escapeXml(source, reporter));
    out.push('" target="');
    out.push(escapeXml(target, reporter));
    // Only a mixed graph has edges that differ from the default type.
    out.push(undirected === undirectedByDefault ? '"' : undirected ? '" type="undirected"' : '" type="directed"');
    if (kindAttribute !== null) writeToken(out, ' kind="', attributes, kindAttribute, reporter);
    writeToken(out, ' label="', attributes, 'label', reporter);
    out.push(weightAttribute === null ? ' weight="1"' : ' weight="' + weightOf(attributes, weightAttribute, reporter) + '"');
    writeTimes(out, attributes, reporter);
    const open = out.placeholder();
    writeAttvalues(out, attributes, edgeColumns, reporter);
    writeColor(out, attributes, reporter);
    writeSize(out, attributes, '        <viz:thickness value="', reporter);
    closeElement(out, open, '      </edge>\n');
    if (out.full) yield out.take();
  }
  out.push('    </edges>\n  </graph>\n</gexf>\n');
  yield out.take();
}

/** The whole document as one string: for small graphs and tests. Large graphs should stream gexfChunks. */
export function writeGexfString(graph: GexfGraph, options: GexfWriteOptions): string {
  return Array.from(gexfChunks(graph, options)).join('');
}

function metaXml(options: GexfWriteOptions, reporter: WarningReporter): string {
  if (options.creator === undefined && options.description === undefined) return '';
  let xml = '  <meta>\n';
  reporter.at('graph', 'meta', 'creator');
  if (options.creator !== undefined) xml += `    <creator>${escapeXml(options.creator, reporter)}</creator>\n`;
  reporter.at('graph', 'meta', 'description');
  if (options.description !== undefined) xml += `    <description>${escapeXml(options.description, reporter)}</description>\n`;
  return xml + '  </meta>\n';
}

function declarationsXml(kind: ElementKind, specs: readonly GexfAttributeSpec[], reporter: WarningReporter): string {
  if (specs.length === 0) return '';
  let xml = `    <attributes class="${kind}">\n`;
  for (const spec of specs) {
    reporter.at('graph', 'attributes', spec.id);
    xml += `      <attribute id="${escapeXml(spec.id, reporter)}" title="${escapeXml(spec.title, reporter)}" type="${gexfXmlType(spec.type)}"/>\n`;
  }
  return xml + '    </attributes>\n';
}

function columnsOf(specs: readonly GexfAttributeSpec[], kind: ElementKind, reporter: WarningReporter): Column[] {
  const seen = new Set<string>();
  return specs.map((spec) => {
    // Two columns with one id would make every attvalue ambiguous: a bug in the caller's specs.
    if (seen.has(spec.id)) throw new Error(`GEXF writer: two ${kind} columns have the id "${spec.id}"`);
    seen.add(spec.id);
    reporter.at('graph', 'attributes', spec.id);
    return {
      id: spec.id,
      prefix: `          <attvalue for="${escapeXml(spec.id, reporter)}" value="`,
      encode: valueEncoder(spec, reporter),
    };
  });
}

/** `/>` for an element without children, or `>` … closing tag. */
function closeElement(out: ChunkBuilder, open: number, closingTag: string): void {
  if (out.grewSince(open)) {
    out.fill(open, '>\n');
    out.push(closingTag);
  } else out.fill(open, '/>\n');
}

function writeAttvalues(out: ChunkBuilder, attributes: Attributes, columns: readonly Column[], reporter: WarningReporter): void {
  const open = out.placeholder();
  for (const column of columns) {
    const value = attributes[column.id];
    if (value === undefined || value === null) continue;
    reporter.attribute = column.id;
    const text = column.encode(value);
    if (text === undefined) continue;
    out.push(column.prefix);
    out.push(text);
    out.push('"/>\n');
  }
  if (out.grewSince(open)) {
    out.fill(open, '        <attvalues>\n');
    out.push('        </attvalues>\n');
  } else out.truncate(open);
}

/** `label` and `kind` are xsd:token: see escapeToken. */
function writeToken(out: ChunkBuilder, opening: string, attributes: Attributes, name: string, reporter: WarningReporter): void {
  const value = attributes[name];
  if (value === undefined || value === null) return;
  reporter.attribute = name;
  out.push(opening);
  out.push(escapeToken(typeof value === 'string' ? value : String(value), reporter));
  out.push('"');
}

function writeTimes(out: ChunkBuilder, attributes: Attributes, reporter: WarningReporter): void {
  const { start, end } = attributes;
  if (start !== undefined && start !== null) {
    reporter.attribute = 'start';
    const time = timeValue(start, reporter);
    if (time !== undefined) out.push(' start="' + time + '"');
  }
  if (end !== undefined && end !== null) {
    reporter.attribute = 'end';
    const time = timeValue(end, reporter);
    if (time !== undefined) out.push(' end="' + time + '"');
  }
}

function weightOf(attributes: Attributes, weightAttribute: string, reporter: WarningReporter): string {
  const value = attributes[weightAttribute];
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (value !== undefined && value !== null) {
    reporter.attribute = weightAttribute;
    reporter.warn(`wrote weight 1: ${typeof value === 'number' ? String(value) : typeof value} is not a finite number`);
  }
  return '1';
}

function writeColor(out: ChunkBuilder, attributes: Attributes, reporter: WarningReporter): void {
  const color = attributes.color;
  if (color === undefined || color === null) return;
  reporter.attribute = 'color';
  const channels = colorAttributes(color, reporter);
  if (channels !== undefined) out.push('        <viz:color' + channels + '/>\n');
}

/** viz:size for nodes, viz:thickness for edges: both from `size`, as sigma draws them. */
function writeSize(out: ChunkBuilder, attributes: Attributes, opening: string, reporter: WarningReporter): void {
  const size = attributes.size;
  if (size === undefined || size === null) return;
  reporter.attribute = 'size';
  const text = nonNegative(size, reporter);
  if (text !== undefined) out.push(opening + text + '"/>\n');
}

function writePosition(out: ChunkBuilder, attributes: Attributes, reporter: WarningReporter): void {
  const { x, y, z } = attributes;
  if ((x === undefined || x === null) && (y === undefined || y === null)) return;
  reporter.attribute = 'x';
  const xText = coordinate(x, reporter);
  reporter.attribute = 'y';
  const yText = coordinate(y, reporter);
  if (xText === undefined || yText === undefined) return;
  // z is optional in GEXF but Gephi writes it; a graph without z lies in the plane z = 0.
  let zText = '0.0';
  if (z !== undefined && z !== null) {
    reporter.attribute = 'z';
    zText = coordinate(z, reporter) ?? '0.0';
  }
  out.push('        <viz:position x="' + xText + '" y="' + yText + '" z="' + zText + '"/>\n');
}
