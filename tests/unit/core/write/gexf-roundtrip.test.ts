/**
 * Round trips: the writer's GEXF read back by graphology-gexf's parser and by networkx 3.6's
 * read_gexf gives every node, edge, attribute value and type back.
 */
import Graph, { type MultiDirectedGraph } from 'graphology';
import { parse } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import {
  gexfXmlType,
  stancegraphGexfSpecs,
  writeGexfString,
  type GexfAttributeSpec,
} from '../../../../src/core/write/gexf';
import type { EdgeAttributes, NodeAttributes } from '../../../../src/core/schema';
import { collapse, expectedEdge, expectedNode } from '../../../support/gexf-expect';
import { stancegraphFixture } from '../../../support/gexf-fixture';
import { readWithNetworkx, type NetworkxElement } from '../../../support/gexf-networkx';
import { validateGexf } from '../../../support/gexf-xmllint';

// Everything is computed inside the tests that check it, none of it when the file loads or once for
// several tests: work done at load belongs to no test, and a result cached by one test would hide
// the others from mutation testing's per-test coverage (a mutant would run only the first).
const specs = () => stancegraphGexfSpecs();

/** Text that tests every escaping rule at once, as it would appear in a quote. */
const NASTY = [
  'AT&T <b>bold</b> "double" \'single\' ]]>',
  'line 1\nline 2\r\nline 3\ttabbed',
  'emoji 👩🏽‍🚀 🚀, Arabic روسيا, Hebrew רוסיה, combining e\u0301',
  'NEL\u0085 LS\u2028 PS\u2029 DEL\u007F',
  '  padded  ',
  'C:\\new\\table "\\"',
].join(' | ');

/** The fixture plus a node and an edge whose every text is NASTY, and a 100,000-character quote. */
function roundTripGraph(): MultiDirectedGraph<NodeAttributes, EdgeAttributes> {
  const graph = stancegraphFixture();
  const longQuote = (
    '"We can\'t base our security on assurances & promises,"\n\tRyabkov said. ' +
    NASTY +
    '\n'
  )
    .repeat(400)
    .slice(0, 100_000);
  expect(longQuote).toHaveLength(100_000);
  graph.addNode('nasty & <node> "1"', {
    ...graph.getNodeAttributes('united-states'),
    label: NASTY,
    aliases: [NASTY, 'a, b', '[c]', '"d"', '\\', ''],
    description: longQuote,
    note: NASTY,
  });
  graph.addEdgeWithKey('edge & "1"', 'nasty & <node> "1"', 'russia', {
    ...graph.getEdgeAttributes('s1'),
    label: NASTY,
    title: NASTY,
    sources: [NASTY, 'x, y'],
    evidence: [
      { source: 's', quote: longQuote, start: 0, end: 100_000, prefix: NASTY, suffix: '', direct: false },
    ],
    note: longQuote,
  });
  return graph;
}

describe('round trip through graphology-gexf', () => {
  const xml = (graph = roundTripGraph()) => writeGexfString(graph, specs());
  const readBack = () => {
    const graph = roundTripGraph();
    return { graph, back: parse(Graph, xml(graph)) };
  };

  it('the document is valid GEXF 1.3 (RelaxNG)', () => {
    expect(validateGexf(xml())).toEqual({ valid: true, output: expect.stringContaining('validates') });
  });

  it('gives every node back with its attributes, values and types', () => {
    const { graph, back } = readBack();
    expect(back.nodes()).toEqual(graph.nodes());
    graph.forEachNode((node, attributes) => {
      expect(back.getNodeAttributes(node)).toEqual(expectedNode(attributes, specs().nodeAttributes));
    });
  });

  it('gives every edge back with its id, ends, attributes, values and types, parallel edges apart', () => {
    const { graph, back } = readBack();
    expect(back.multi).toBe(true);
    expect(back.edges()).toEqual(graph.edges());
    graph.forEachEdge((edge, attributes, source, target) => {
      expect(back.extremities(edge)).toEqual([source, target]);
      expect(back.getEdgeAttributes(edge)).toEqual(
        expectedEdge(attributes, specs().edgeAttributes, 'relation', null),
      );
    });
  });

  it('keeps the 100,000-character quote and the JSON evidence exactly', () => {
    const { graph, back } = readBack();
    const note = back.getEdgeAttribute('edge & "1"', 'note') as string;
    expect(note).toHaveLength(100_000);
    expect(note).toBe(graph.getEdgeAttribute('edge & "1"', 'note'));
    expect(JSON.parse(back.getEdgeAttribute('edge & "1"', 'evidence') as string)).toEqual(
      graph.getEdgeAttribute('edge & "1"', 'evidence'),
    );
  });
});

describe('round trip through networkx read_gexf', () => {
  const readBack = () => {
    const graph = roundTripGraph();
    return { graph, nx: readWithNetworkx(writeGexfString(graph, specs())) };
  };

  const PYTHON_TYPE: Record<string, string> = {
    integer: 'int',
    long: 'int',
    double: 'float',
    float: 'float',
    boolean: 'bool',
  };

  /** What networkx should hold for one column value: lists and JSON as text, decoded apart. */
  function expectColumns(
    element: NetworkxElement,
    attributes: Record<string, unknown>,
    columns: readonly GexfAttributeSpec[],
  ) {
    for (const spec of columns) {
      const value = attributes[spec.id];
      if (value === undefined) {
        expect(element.data).not.toHaveProperty(spec.id);
        continue;
      }
      expect(element.types[spec.id], spec.id).toBe(PYTHON_TYPE[spec.type] ?? 'str');
      if (spec.type === 'liststring') expect(element.lists[spec.id], spec.id).toEqual(value);
      else if (spec.json) expect(JSON.parse(element.data[spec.id] as string), spec.id).toEqual(value);
      else expect(element.data[spec.id], spec.id).toBe(value);
    }
  }

  it('reads a directed multigraph in dynamic mode with the declared types of the specs', () => {
    const { nx } = readBack();
    expect(nx.graph).toEqual({
      class: 'MultiDiGraph',
      directed: true,
      multigraph: true,
      mode: 'dynamic',
    });
    for (const [kind, columns] of [
      ['node', specs().nodeAttributes],
      ['edge', specs().edgeAttributes],
    ] as const) {
      expect(nx.declared[kind]).toEqual(
        Object.fromEntries(
          columns.map((spec) => [spec.id, { title: spec.title, type: gexfXmlType(spec.type) }]),
        ),
      );
    }
  });

  it('gives every node back: columns value for value, label, viz colour, size and position', () => {
    const { graph, nx } = readBack();
    expect(nx.nodes.map((n) => n.id)).toEqual(graph.nodes());
    for (const node of nx.nodes) {
      const attributes = graph.getNodeAttributes(node.id);
      expectColumns(node, attributes, specs().nodeAttributes);
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(attributes.color.slice(i, i + 2), 16));
      expect(node.data.label).toBe(collapse(attributes.label));
      expect(node.data.viz).toEqual({
        color: { r, g, b, a: 1 },
        size: attributes.size,
        position: { x: attributes.x, y: attributes.y, z: 0 },
      });
    }
  });

  it('gives every edge back: id as key, parallel edges apart, columns value for value, start/end, label, weight', () => {
    const { graph, nx } = readBack();
    expect(nx.edges.map((e) => e.key).sort()).toEqual(graph.edges().sort());
    for (const edge of nx.edges) {
      const key = edge.key!;
      const attributes = graph.getEdgeAttributes(key);
      expect([edge.source, edge.target]).toEqual(graph.extremities(key));
      expectColumns(edge, attributes, specs().edgeAttributes);
      expect(edge.data).toMatchObject({ id: key, weight: 1, label: collapse(attributes.label) });
      expect(edge.data.start).toBe(attributes.start);
      expect(edge.data.end).toBe(attributes.end);
    }
  });

  it('keeps the 100,000-character quote exactly', () => {
    const { graph, nx } = readBack();
    const edge = nx.edges.find((e) => e.key === 'edge & "1"')!;
    expect(edge.data.note).toBe(graph.getEdgeAttribute('edge & "1"', 'note'));
  });
});
