/**
 * The analysis networks in every format, read back by the tools their users have: CSV by Python's
 * csv module and papaparse (RFC 4180), GEXF by xmllint against the 1.3 RelaxNG schema and by
 * networkx, GraphML by networkx and graphology-graphml. Each records its parameters.
 */
import Graph from 'graphology';
import { parse as parseGraphml } from 'graphology-graphml';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { analyse, defaultParameters, NETWORKS, type NetworkName } from '../../../../src/core/analysis';
import { csvChunks, csvField, networkChunks, parametersJson } from '../../../../src/core/write';
import { readWithNetworkx } from '../../../support/gexf-networkx';
import { validateGexf } from '../../../support/gexf-xmllint';
import { graphOf } from '../../../support/pipeline';
import { readCsvWithPython, readGraphmlWithNetworkx } from '../../../support/python-read';

const graph = graphOf('tests/fixtures/valid/positions');
const result = (network: NetworkName) =>
  analyse(graph, { ...defaultParameters(network), dataDigest: 'f'.repeat(64) });
const text = (network: NetworkName, format: 'csv' | 'gexf' | 'graphml' | 'json') =>
  [...networkChunks(result(network), format)].join('');

describe('CSV', () => {
  it('quotes as RFC 4180 says: commas, quotes and line breaks, quotes doubled', () => {
    expect(
      ['plain', 'a,b', 'say "no"', 'two\nlines', 'cr\r', '', 3, true, undefined].map((v) => csvField(v)),
    ).toEqual(['plain', '"a,b"', '"say ""no"""', '"two\nlines"', '"cr\r"', '', '3', 'true', '']);
    const rows = [{ a: 'x,y', b: 'he said "hi"\nthen left' }];
    expect([...csvChunks(['a', 'b'], rows)].join('')).toBe('a,b\r\n"x,y","he said ""hi""\nthen left"\r\n');
  });

  it.each(NETWORKS)(
    '%s.csv reads back the same with Python and with papaparse, one header line',
    (network) => {
      const csv = text(network, 'csv');
      const { columns, rows } = result(network).table;
      const expected = rows.map((row) =>
        Object.fromEntries(columns.map((c) => [c, row[c] === undefined ? '' : String(row[c])])),
      );
      const python = readCsvWithPython(csv);
      expect(python.header).toEqual(columns);
      expect(python.rows).toEqual(expected);
      const papa = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
      expect(papa.errors).toEqual([]);
      expect(papa.meta.fields).toEqual(columns);
      expect(papa.data).toEqual(expected);
    },
  );

  it('keeps the contract columns of positions.csv and alignment.csv', () => {
    expect(text('positions', 'csv').split('\r\n')[0]).toBe(
      'actor,actor_label,target,target_label,position,statements,sources,first_date,last_date',
    );
    expect(text('alignment', 'csv').split('\r\n')[0]).toBe(
      'actor_a,actor_b,congruence,conflict,targets_shared',
    );
  });
});

describe('GEXF', () => {
  it.each(NETWORKS)('%s is valid GEXF 1.3, read by networkx with its edges and parameters', (network) => {
    const gexf = text(network, 'gexf');
    expect(validateGexf(gexf)).toMatchObject({ valid: true });
    const nx = readWithNetworkx(gexf);
    const r = result(network);
    expect(nx.nodes).toHaveLength(r.toGraph().order);
    expect(nx.edges).toHaveLength(r.toGraph().size);
    expect(nx.graph.directed).toBe(r.toGraph().type !== 'undirected');
    expect(gexf).toContain(`"network": "${network}"`.replace(/"/g, '&quot;'));
  });

  it('carries the positions with their types', () => {
    const nx = readWithNetworkx(text('positions', 'gexf'));
    const edge = nx.edges.find((e) => e.source === 'alpha' && e.target === 'ypsilon')!;
    expect(edge.data).toMatchObject({ position: 'mixed', statements: 2, sources: 2 });
    expect(edge.types).toMatchObject({ statements: 'int', position: 'str' });
  });
});

describe('GraphML', () => {
  it.each(NETWORKS)('%s is read by networkx and by graphology-graphml, edge for edge', (network) => {
    const graphml = text(network, 'graphml');
    const r = result(network);
    const nx = readGraphmlWithNetworkx(graphml);
    expect(nx.nodes).toHaveLength(r.toGraph().order);
    expect(nx.edges).toHaveLength(r.toGraph().size);
    expect(nx.directed).toBe(r.toGraph().type !== 'undirected');
    expect(JSON.parse(nx.graph.parameters as string)).toMatchObject({ network, dataDigest: 'f'.repeat(64) });
    const back = parseGraphml(Graph, graphml);
    expect([back.order, back.size]).toEqual([r.toGraph().order, r.toGraph().size]);
  });

  it('types the alignment counts as numbers for networkx', () => {
    const nx = readGraphmlWithNetworkx(text('alignment', 'graphml'));
    const beta = nx.edges.find((e) => [e.source, e.target].sort().join() === 'beta,gamma')!;
    expect(beta.data).toMatchObject({ congruence: 2, conflict: 0, targetsShared: 2 });
    expect(nx.nodes.find((n) => n.id === 'alpha')!.data).toEqual({
      label: 'Alpha',
      kind: 'state',
      mode: 'actor',
    });
  });
});

describe('JSON', () => {
  it('holds the parameters, the graph in graphology format and the table', () => {
    const json = JSON.parse(text('interactions', 'json'));
    expect(json.parameters).toEqual(JSON.parse(parametersJson(result('interactions'))));
    expect(Graph.from(json.graph).size).toBe(3);
    expect(json.table.rows[0]).toEqual({
      actor: 'alpha',
      actor_label: 'Alpha',
      recipient: 'beta',
      recipient_label: 'Beta',
      events: 1,
      weight: -5,
      conflict: 5,
      cooperation: 0,
    });
  });

  it('is the same bytes for the same data', () => {
    for (const format of ['csv', 'gexf', 'graphml', 'json'] as const)
      expect(text('positions', format)).toBe(text('positions', format));
  });
});
