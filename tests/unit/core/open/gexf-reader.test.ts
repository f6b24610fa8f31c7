/**
 * Reading graph files (the reader the viewer and `stancegraph inspect` share): the real GEXF files in
 * ../shared/gexf-samples, hostile files refused or repaired with a located message, and graph.json.
 */
import Graph from 'graphology';
import { parse as parseWithGraphologyGexf } from 'graphology-gexf';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { graphJsonString } from '../../../../src/core/write';
import { GraphFileError, readGexf, readGraphJson, readGraphText, splitList } from '../../../../src/core/open';
import { graphOf } from '../../../support/pipeline';

const sample = (name: string) => readFileSync(`../shared/gexf-samples/${name}`, 'utf8');
const hostile = (name: string) => readFileSync(`tests/fixtures/hostile-gexf/${name}`, 'utf8');
const warningsOf = (text: string) => readGexf(text).warnings.map((w) => `${w.line}:${w.column} ${w.message}`);

describe('the real GEXF files of ../shared/gexf-samples', () => {
  it.each([
    ['Java.gexf', 'directed', 1538, 8032, true],
    ['WebAtlas_EuroSiS.gexf', 'undirected', 1285, 7524, false],
    ['arctic.gexf', 'undirected', 1715, 6676, true],
    ['celegans.gexf', 'undirected', 306, 2345, false],
    ['dynamics.gexf', 'directed', 4, 5, false],
    ['gephi010_infinity.gexf', 'directed', 2, 1, false],
    ['graphology_v1_3.gexf', 'undirected', 2, 1, false],
    ['hierarchy1.gexf', 'directed', 10, 9, false],
    ['les_miserables.gexf', 'directed', 77, 254, true],
    ['les_miserables_gephi_lite.gexf', 'undirected', 77, 254, true],
    ['rio.gexf', 'directed', 366, 1107, true],
    ['viz.gexf', 'directed', 1, 0, true],
  ])(
    '%s: a %s graph of %i nodes and %i edges (laid out: %s), the same nodes and edges as graphology-gexf reads',
    (name, type, nodes, edges, positioned) => {
      const ours = readGexf(sample(name));
      expect([ours.graph.type, ours.graph.order, ours.graph.size, ours.positioned]).toEqual([
        type,
        nodes,
        edges,
        positioned,
      ]);
      const reference = parseWithGraphologyGexf(Graph, sample(name), { allowUndeclaredAttributes: true });
      expect(ours.graph.nodes().sort()).toEqual(reference.nodes().sort());
      expect(ours.warnings).toEqual([]);
    },
  );

  it('reads typed values, viz colours, sizes and positions (les_miserables, GEXF 1.1 draft)', () => {
    const { graph } = readGexf(sample('les_miserables.gexf'));
    expect(graph.getNodeAttributes('0.0')).toEqual({
      label: 'Myriel',
      Authority: 0.01880342,
      Hub: 0.01880342,
      size: 22.714287,
      color: '#d8482d',
      x: 268.72385,
      y: 91.18155,
      z: 0,
    });
  });

  it('reads xsd:double INF and -INF as infinities (Gephi 0.10 infinity.gexf)', () => {
    const { graph } = readGexf(sample('gephi010_infinity.gexf'));
    expect(graph.mapNodes((_n, a) => a.value)).toEqual([Infinity, -Infinity]);
  });

  it('reads the list syntaxes of GEXF 1.3', () => {
    expect(splitList('[a, "b, c", \'d\']')).toEqual(['a', 'b, c', 'd']);
    expect(splitList('a|b|c')).toEqual(['a', 'b', 'c']);
    expect(readGexf(sample('graphology_v1_3.gexf')).graph.getNodeAttribute('Suzy', 'numbers')).toEqual([
      1, 1.5, 2,
    ]);
  });
});

describe('hostile GEXF files', () => {
  it.each([
    [
      'billion-laughs.gexf',
      'GEXF line 13, column 3: expected a GEXF document, found a DOCTYPE: GEXF never needs one, and its entity declarations can expand without bound or read other files, so the file is refused',
    ],
    [
      'external-entity.gexf',
      'GEXF line 4, column 3: expected a GEXF document, found a DOCTYPE: GEXF never needs one, and its entity declarations can expand without bound or read other files, so the file is refused',
    ],
    [
      'deep-nesting.gexf',
      'GEXF line 2, column 269: expected a GEXF document, found elements nested deeper than 64 levels',
    ],
  ])('refuses %s with a located error, fast', (name, message) => {
    const started = performance.now();
    expect(() => readGexf(hostile(name))).toThrow(message);
    expect(() => readGexf(hostile(name))).toThrow(GraphFileError);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it.each([
    [
      'repeated-ids.gexf',
      [
        '7:7 node "a" is defined again; the first definition is kept and this one skipped',
        '11:7 edge "e1" is defined again; the first is kept and this one skipped',
      ],
    ],
    ['missing-nodes.gexf', ['8:7 edge "e1" points to the missing node "ghost"; it was skipped']],
    [
      'nan-positions.gexf',
      [
        '5:30 position x="NaN" is not a finite number; it was left out and the node is laid out instead',
        '5:69 size value="Infinity" is not a finite number; it was left out',
        '6:30 position x="Infinity" is not a finite number; it was left out and the node is laid out instead',
        '6:30 position y="-Infinity" is not a finite number; it was left out and the node is laid out instead',
      ],
    ],
    [
      'unknown-attribute-type.gexf',
      ['5:7 attribute "shape" has the unknown type "polygon"; its values are kept as text'],
    ],
  ])('repairs %s and says where', (name, warnings) => {
    expect(warningsOf(hostile(name))).toEqual(warnings);
  });

  it('keeps the first of repeated ids, drops edges to missing nodes, lays out nodes without finite positions', () => {
    expect(readGexf(hostile('repeated-ids.gexf')).graph.getNodeAttribute('a', 'label')).toBe('First A');
    expect(readGexf(hostile('missing-nodes.gexf')).graph.size).toBe(0);
    const nan = readGexf(hostile('nan-positions.gexf'));
    expect(nan.positioned).toBe(false);
    expect(nan.graph.getNodeAttributes('a')).toEqual({ label: 'A', z: 0 });
    expect(nan.graph.getNodeAttributes('c')).toEqual({ label: 'C', x: 2, y: 3, z: 0 });
  });

  it('keeps markup in labels and values as plain text', () => {
    const { graph } = readGexf(hostile('hostile-label.gexf'));
    expect(graph.getNodeAttributes('x')).toEqual({
      label: '<img src=x onerror=alert(1)>',
      note: '<script>alert(2)</script>',
    });
    expect(graph.getEdgeAttribute('e', 'label')).toBe('<svg onload=alert(4)>');
  });

  it.each([
    ['not XML at all', 'hello', 'This file is neither GEXF (XML) nor graph.json (JSON).'],
    [
      'XML that is not GEXF',
      '<?xml version="1.0"?><svg/>',
      'GEXF line 1, column 22: this XML file is not GEXF: its root element is <svg>, not <gexf>',
    ],
    [
      'truncated GEXF',
      '<gexf version="1.3"><graph><nodes><node id="a"',
      'GEXF line 1, column 47: not well-formed XML: unclosed tag: nodes',
    ],
    ['GEXF without a graph', '<gexf version="1.3"></gexf>', 'This GEXF file has no <graph> element.'],
  ])('refuses %s with a clear message', (_name, text, message) => {
    expect(() => readGraphText(text)).toThrow(message);
  });

  it('refuses a file past the size limit as soon as it is reached', () => {
    const big = `<gexf version="1.3"><graph><nodes>${'<node id="x"/>'.repeat(100_000)}`;
    expect(() => readGexf(big, { maxChars: 100_000 })).toThrow(
      /found a file larger than the limit of 0 M characters/,
    );
  });
});

describe('graph.json', () => {
  it('reads back the built graph.json as the same graph, value for value', () => {
    const built = graphOf('graph-data');
    const { graph, warnings, positioned } = readGraphJson(graphJsonString(built));
    expect(warnings).toEqual([]);
    expect(positioned).toBe(true);
    expect(graph.export()).toEqual(built.export());
  });

  it('repairs what a hand-edited graph.json gets wrong and says what', () => {
    const text = JSON.stringify({
      options: { type: 'directed' },
      nodes: [{ key: 'a', attributes: { x: 'left', y: 1 } }, { key: 'a' }, { attributes: {} }],
      edges: [{ key: 'e', source: 'a', target: 'ghost' }],
    });
    expect(readGraphJson(text).warnings.map((w) => w.message)).toEqual([
      'node "a": x "left" is not a finite number and was left out',
      'node "a" appears again; the first is kept',
      'node #3 has no key and was skipped',
      'edge "e" points to the missing node "ghost"; it was skipped',
    ]);
  });

  it.each([
    ['broken JSON', '{"nodes": [', /^This file is not valid JSON: /],
    ['JSON that is not a graph', '{"hello": 1}', /expected an object with a "nodes" list/],
  ])('refuses %s', (_name, text, message) => {
    expect(() => readGraphJson(text)).toThrow(message);
  });
});
