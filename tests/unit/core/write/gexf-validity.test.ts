/**
 * Validity against the GEXF 1.3 RelaxNG schema (xmllint), for stancegraph graphs and for foreign
 * graphs re-exported the way the viewer will: each sample file parsed by graphology-gexf, columns
 * inferred, written again, then read back by graphology-gexf and networkx with nothing lost.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Graph from 'graphology';
import { parse } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import {
  inferGexfSpecs,
  stancegraphGexfSpecs,
  writeGexfString,
  type GexfWarning,
} from '../../../../src/core/write/gexf';
import { expectedEdge, expectedNode } from '../../../support/gexf-expect';
import { stancegraphFixture } from '../../../support/gexf-fixture';
import { readWithNetworkx } from '../../../support/gexf-networkx';
import { syntheticStanceGraph } from '../../../support/gexf-synthetic';
import { validateGexf } from '../../../support/gexf-xmllint';

const SAMPLES = resolve(import.meta.dirname, '../../../../../shared/gexf-samples');

describe('RelaxNG validity', () => {
  it('the validator rejects what GEXF 1.3 forbids (a date attribute type, a partial date as start)', () => {
    const xml = writeGexfString(stancegraphFixture(), stancegraphGexfSpecs());
    expect(validateGexf(xml.replace('type="string"', 'type="date"')).valid).toBe(false);
    expect(validateGexf(xml.replace('start="2011-05-16"', 'start="2011-05"')).valid).toBe(false);
  });

  it('the stancegraph fixture is valid', () => {
    const xml = writeGexfString(stancegraphFixture(), {
      ...stancegraphGexfSpecs(),
      creator: 'stancegraph',
      description: 'test',
    });
    expect(validateGexf(xml)).toEqual({ valid: true, output: expect.stringContaining('validates') });
  });

  it('a graph full of values the writer must repair is valid', () => {
    const graph = stancegraphFixture();
    graph.mergeNodeAttributes('russia', {
      label: ' Rus\u0000sia\n',
      x: Number.NaN,
      size: -1,
      color: 'red',
      betweenness: Number.POSITIVE_INFINITY,
      community: 1.5,
    });
    graph.mergeEdgeAttributes('s1', {
      start: '2011-05',
      end: '2011-02-30',
      label: 'a\tb',
      goldstein: Number.NaN,
      color: '#12345',
      size: Number.NaN,
    });
    const warnings: GexfWarning[] = [];
    const xml = writeGexfString(graph, { ...stancegraphGexfSpecs(), onWarning: (w) => warnings.push(w) });
    expect(warnings.map((w) => `${w.element} ${w.key} ${w.attribute}`)).toEqual([
      'node russia label', // whitespace collapsed
      'node russia label', // U+0000 replaced
      'node russia betweenness',
      'node russia community',
      'node russia color',
      'node russia size',
      'node russia x',
      'edge s1 label',
      'edge s1 start',
      'edge s1 end',
      'edge s1 goldstein',
      'edge s1 color',
      'edge s1 size',
    ]);
    expect(validateGexf(xml)).toMatchObject({ valid: true });
  });

  it('an empty graph is valid', () => {
    expect(
      validateGexf(writeGexfString(new Graph(), { nodeAttributes: [], edgeAttributes: [] })),
    ).toMatchObject({ valid: true });
  });

  it('a synthetic multigraph of 500 nodes and 5,000 edges is valid', () => {
    const xml = writeGexfString(syntheticStanceGraph(500, 5000), stancegraphGexfSpecs());
    expect(validateGexf(xml)).toMatchObject({ valid: true });
  });
});

describe('foreign graphs re-exported (graphology-gexf parse + inferGexfSpecs)', () => {
  // Mutation testing (tests/support/vitest.mutation.config.ts) reruns these for every mutant of the
  // writers: there, only the samples under STANCEGRAPH_MAX_SAMPLE_BYTES (the small ones) are read.
  const maxBytes = Number(process.env.STANCEGRAPH_MAX_SAMPLE_BYTES ?? Infinity);
  const all = readdirSync(SAMPLES)
    .filter((name) => name.endsWith('.gexf'))
    .sort();
  const files = all.filter((name) => statSync(join(SAMPLES, name)).size <= maxBytes);

  it('finds the sample files', () => {
    expect(all.length).toBeGreaterThanOrEqual(12);
    expect(files.length).toBeGreaterThanOrEqual(maxBytes === Infinity ? 12 : 5);
  });

  it.each(files)('%s: valid, every node, edge and attribute kept, readable by networkx', (name) => {
    // allowUndeclaredAttributes: dynamics.gexf gives values to attributes of another class.
    const original = parse(Graph, readFileSync(join(SAMPLES, name), 'utf8'), {
      allowUndeclaredAttributes: true,
    });
    const specs = inferGexfSpecs(original);
    const xml = writeGexfString(original, specs);

    expect(validateGexf(xml)).toEqual({ valid: true, output: expect.stringContaining('validates') });

    const back = parse(Graph, xml);
    expect(back.order).toBe(original.order);
    expect(back.size).toBe(original.size);
    expect(back.nodes()).toEqual(original.nodes());
    expect(back.edges()).toEqual(original.edges());
    original.forEachNode((node, attributes) => {
      expect(back.getNodeAttributes(node)).toEqual(expectedNode(attributes, specs.nodeAttributes));
    });
    original.forEachEdge((edge, attributes, source, target) => {
      expect(back.extremities(edge)).toEqual([source, target]);
      expect(back.getEdgeAttributes(edge)).toEqual(
        expectedEdge(
          attributes,
          specs.edgeAttributes,
          specs.kindAttribute ?? null,
          specs.weightAttribute ?? null,
        ),
      );
    });

    const read = readWithNetworkx(xml);
    expect(read.nodes).toHaveLength(original.order);
    expect(read.edges).toHaveLength(original.size);
  });
});
