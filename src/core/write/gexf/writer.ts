/**
 * The GEXF 1.3 writer: a generator of text chunks, so that a graph of millions of edges is written
 * (to a file, a download stream, a Blob) without ever being one string in memory. Pure: no Node-only
 * imports, because the viewer runs it in the browser.
 */
import type { Attributes } from 'graphology-types';
import { escapeToken, escapeXml } from './escape';
import { WarningReporter } from './report';
import type { GexfAttributeSpec, GexfGraph, GexfWriteOptions } from './types';
import { gexfXmlType, valueEncoder, type ValueEncoder } from './values';
import { colorAttributes, coordinate, nonNegative, timeValue } from './viz';

/**
 * About 16K characters a chunk: a chunk past V8's largest regular heap object (128 KB; a string
 * with one character past Latin-1 takes 2 bytes a character) is allocated in the large-object space,
 * whose allocations are far slower; `npm run bench` times the writer.
 */
export const DEFAULT_CHUNK_SIZE = 16 * 1024;

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
  const chunkSize = Math.max(1, options.chunkSize ?? DEFAULT_CHUNK_SIZE);
  const kindAttribute = options.kindAttribute === undefined ? 'relation' : options.kindAttribute;
  const weightAttribute = options.weightAttribute ?? null;

  // The chunk grows by concatenation, as a rope, and is flattened once before it is yielded: in
  // Node 20 this is faster than pushing the pieces into an array and joining them. Only one chunk
  // is alive at a time.
  let chunk = HEADER + metaXml(options, reporter) + graphOpenXml(graph);
  chunk += declarationsXml('node', options.nodeAttributes, reporter);
  chunk += declarationsXml('edge', options.edgeAttributes, reporter);
  const nodeColumns = columnsOf(options.nodeAttributes, 'node', reporter);
  const edgeColumns = columnsOf(options.edgeAttributes, 'edge', reporter);

  chunk += `    <nodes count="${graph.order}">\n`;
  for (const { node, attributes } of graph.nodeEntries()) {
    chunk += nodeXml(node, attributes, nodeColumns, reporter);
    if (chunk.length >= chunkSize) {
      yield flatten(chunk);
      chunk = '';
    }
  }
  chunk += `    </nodes>\n    <edges count="${graph.size}">\n`;

  const undirectedByDefault = graph.type === 'undirected';
  for (const { edge, attributes, source, target, undirected } of graph.edgeEntries()) {
    reporter.at('edge', edge, 'id');
    let xml =
      '      <edge id="' +
      escapeXml(edge, reporter) +
      '" source="' +
      escapeXml(source, reporter) +
      '" target="' +
      escapeXml(target, reporter) +
      '"';
    // Only a mixed graph has edges that differ from the default type.
    if (undirected !== undirectedByDefault) xml += undirected ? ' type="undirected"' : ' type="directed"';
    if (kindAttribute !== null) xml += tokenXml('kind', attributes, kindAttribute, reporter);
    xml += tokenXml('label', attributes, 'label', reporter);
    xml +=
      ' weight="' + weightOf(attributes, weightAttribute, reporter) + '"' + timesXml(attributes, reporter);
    let children = attvaluesXml(attributes, edgeColumns, reporter);
    children += vizXml(attributes, 'color', reporter, colorElement);
    children += vizXml(attributes, 'size', reporter, thicknessElement);
    chunk += xml + (children === '' ? '/>\n' : '>\n' + children + '      </edge>\n');
    if (chunk.length >= chunkSize) {
      yield flatten(chunk);
      chunk = '';
    }
  }
  yield flatten(chunk + '    </edges>\n  </graph>\n</gexf>\n');
}

/**
 * Makes a rope one flat string. A consumer that keeps the chunks (the viewer builds a Blob from them)
 * would otherwise hold every piece and its rope node besides the text, about twice the document.
 * Converting a string to a number flattens it in V8 (and in other engines that use ropes); the
 * number itself is of no interest.
 */
function flatten(rope: string): string {
  // Stored, not discarded: an optimising compiler drops a conversion whose result is unused.
  _flattenSink = Number(rope);
  return rope;
}
let _flattenSink = 0;

/** The whole document as one string: for small graphs and tests. Large graphs should stream gexfChunks. */
export function writeGexfString(graph: GexfGraph, options: GexfWriteOptions): string {
  let xml = '';
  for (const chunk of gexfChunks(graph, options)) xml += chunk;
  return xml;
}

function metaXml(options: GexfWriteOptions, reporter: WarningReporter): string {
  if (options.creator === undefined && options.description === undefined) return '';
  let xml = '  <meta>\n';
  reporter.at('graph', 'meta', 'creator');
  if (options.creator !== undefined)
    xml += `    <creator>${escapeXml(options.creator, reporter)}</creator>\n`;
  reporter.at('graph', 'meta', 'description');
  if (options.description !== undefined)
    xml += `    <description>${escapeXml(options.description, reporter)}</description>\n`;
  return xml + '  </meta>\n';
}

function graphOpenXml(graph: GexfGraph): string {
  // Dynamic, with dates: Gephi's timeline then filters edges by their start/end days.
  const edgeType = graph.type === 'undirected' ? 'undirected' : 'directed';
  return `  <graph mode="dynamic" timeformat="date" defaultedgetype="${edgeType}">\n`;
}

function declarationsXml(
  kind: ElementKind,
  specs: readonly GexfAttributeSpec[],
  reporter: WarningReporter,
): string {
  if (specs.length === 0) return '';
  let xml = `    <attributes class="${kind}">\n`;
  for (const spec of specs) {
    reporter.at('graph', 'attributes', spec.id);
    xml += `      <attribute id="${escapeXml(spec.id, reporter)}" title="${escapeXml(spec.title, reporter)}" type="${gexfXmlType(spec.type)}"/>\n`;
  }
  return xml + '    </attributes>\n';
}

function columnsOf(
  specs: readonly GexfAttributeSpec[],
  kind: ElementKind,
  reporter: WarningReporter,
): Column[] {
  const seen = new Set<string>();
  // The declaration already warned about the id's characters: escaping it again stays silent.
  const silent = new WarningReporter(undefined);
  return specs.map((spec) => {
    // Two columns with one id would make every attvalue ambiguous: a bug in the caller's specs.
    if (seen.has(spec.id)) throw new Error(`GEXF writer: two ${kind} columns have the id "${spec.id}"`);
    seen.add(spec.id);
    return {
      id: spec.id,
      prefix: `          <attvalue for="${escapeXml(spec.id, silent)}" value="`,
      encode: valueEncoder(spec, reporter),
    };
  });
}

function nodeXml(
  node: string,
  attributes: Attributes,
  columns: readonly Column[],
  reporter: WarningReporter,
): string {
  reporter.at('node', node, 'id');
  const xml =
    '      <node id="' +
    escapeXml(node, reporter) +
    '"' +
    tokenXml('label', attributes, 'label', reporter) +
    timesXml(attributes, reporter);
  let children = attvaluesXml(attributes, columns, reporter);
  children += vizXml(attributes, 'color', reporter, colorElement);
  children += vizXml(attributes, 'size', reporter, sizeElement);
  children += positionXml(attributes, reporter);
  return xml + (children === '' ? '/>\n' : '>\n' + children + '      </node>\n');
}

function attvaluesXml(attributes: Attributes, columns: readonly Column[], reporter: WarningReporter): string {
  let xml = '';
  for (const column of columns) {
    const value = attributes[column.id];
    if (value === undefined || value === null) continue;
    reporter.attribute = column.id;
    const text = column.encode(value);
    if (text !== undefined) xml += column.prefix + text + '"/>\n';
  }
  return xml === '' ? '' : '        <attvalues>\n' + xml + '        </attvalues>\n';
}

function tokenXml(xmlName: string, attributes: Attributes, name: string, reporter: WarningReporter): string {
  const value = attributes[name];
  if (value === undefined || value === null) return '';
  reporter.attribute = name;
  return (
    ' ' + xmlName + '="' + escapeToken(typeof value === 'string' ? value : String(value), reporter) + '"'
  );
}

function timesXml(attributes: Attributes, reporter: WarningReporter): string {
  let xml = '';
  for (const name of ['start', 'end'] as const) {
    const value = attributes[name];
    if (value === undefined || value === null) continue;
    reporter.attribute = name;
    const time = timeValue(value, reporter);
    if (time !== undefined) xml += ' ' + name + '="' + time + '"';
  }
  return xml;
}

function weightOf(attributes: Attributes, weightAttribute: string | null, reporter: WarningReporter): string {
  if (weightAttribute === null) return '1';
  const value = attributes[weightAttribute];
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (value !== undefined && value !== null) {
    reporter.attribute = weightAttribute;
    reporter.warn(
      `wrote weight 1: ${typeof value === 'number' ? String(value) : typeof value} is not a finite number`,
    );
  }
  return '1';
}

type VizElement = (value: unknown, reporter: WarningReporter) => string;

function vizXml(
  attributes: Attributes,
  name: string,
  reporter: WarningReporter,
  element: VizElement,
): string {
  const value = attributes[name];
  if (value === undefined || value === null) return '';
  reporter.attribute = name;
  return element(value, reporter);
}

const colorElement: VizElement = (value, reporter) => {
  const channels = colorAttributes(value, reporter);
  return channels === undefined ? '' : '        <viz:color' + channels + '/>\n';
};

const sizeElement: VizElement = (value, reporter) => {
  const size = nonNegative(value, reporter);
  return size === undefined ? '' : '        <viz:size value="' + size + '"/>\n';
};

const thicknessElement: VizElement = (value, reporter) => {
  const thickness = nonNegative(value, reporter);
  return thickness === undefined ? '' : '        <viz:thickness value="' + thickness + '"/>\n';
};

function positionXml(attributes: Attributes, reporter: WarningReporter): string {
  const { x, y, z } = attributes;
  if ((x === undefined || x === null) && (y === undefined || y === null)) return '';
  reporter.attribute = 'x';
  const xText = coordinate(x, reporter);
  reporter.attribute = 'y';
  const yText = coordinate(y, reporter);
  if (xText === undefined || yText === undefined) return '';
  // z is optional in GEXF but Gephi writes it; a graph without z lies in the plane z = 0.
  let zText = '0.0';
  if (z !== undefined && z !== null) {
    reporter.attribute = 'z';
    zText = coordinate(z, reporter) ?? '0.0';
  }
  return '        <viz:position x="' + xText + '" y="' + yText + '" z="' + zText + '"/>\n';
}
