/**
 * The seed article's graph.gexf: byte for byte as the golden file, valid GEXF 1.3, and read back by
 * graphology-gexf and networkx with every node, edge and value. UPDATE_GOLDEN=1 rewrites the golden
 * file after a deliberate change (then review its diff).
 */
import Graph from 'graphology';
import { parse } from 'graphology-gexf';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GENERATOR, type StanceGraph } from '../../../../src/core/build';
import { stancegraphGexfSpecs, writeGexfString } from '../../../../src/core/write';
import { graphOf } from '../../../support/pipeline';
import { buildFolder } from '../../../../src/node/publish';
import { readWithNetworkx } from '../../../support/gexf-networkx';
import { validateGexf } from '../../../support/gexf-xmllint';

const GOLDEN = 'tests/golden/graph.gexf';

/**
 * The seed's graph and its GEXF, made again in each test rather than once when the file loads: work
 * done at load belongs to no test, and mutation testing would have to run every test for it.
 */
function seedGexf(): { graph: StanceGraph; gexf: string; warnings: string[] } {
  const graph = graphOf('graph-data');
  const warnings: string[] = [];
  const gexf = writeGexfString(graph, {
    ...stancegraphGexfSpecs(),
    creator: GENERATOR,
    description: 'stancegraph',
    onWarning: (w) => warnings.push(w.message),
  });
  return { graph, gexf, warnings };
}

describe("the seed article's GEXF", () => {
  it('is byte for byte the golden file, with no warning', () => {
    const { gexf, warnings } = seedGexf();
    if (process.env.UPDATE_GOLDEN) writeFileSync(GOLDEN, gexf);
    expect(gexf).toBe(readFileSync(GOLDEN, 'utf8'));
    expect(warnings).toEqual([]);
  });

  it('is what `stancegraph build` writes to graph.gexf', () => {
    const { gexf } = seedGexf();
    const out = join(mkdtempSync(join(tmpdir(), 'stancegraph-golden-')), 'dist');
    buildFolder({ dataDir: 'graph-data', outDir: out });
    expect(readFileSync(join(out, 'graph.gexf'), 'utf8')).toBe(gexf);
    rmSync(dirname(out), { recursive: true, force: true });
  });

  it('is valid against the GEXF 1.3 RelaxNG schema', () => {
    const { gexf } = seedGexf();
    expect(validateGexf(gexf)).toEqual({ valid: true, output: expect.stringMatching(/validates$/) });
  });

  it('declares the dynamic date timeline and puts start/end on dated edges', () => {
    const { gexf } = seedGexf();
    expect(gexf).toContain('<graph mode="dynamic" timeformat="date" defaultedgetype="directed">');
    expect(gexf).toMatch(
      /<edge id="medvedev-president-of-russia" source="dmitry-medvedev" target="russia" kind="holds_office_in" label="holds office in" weight="1" start="2008-05-07" end="2012-05-07">/,
    );
    expect(gexf).toMatch(
      /<edge id="russia-criticizes-shield-range" [^>]* start="2011-05-16" end="2011-05-16">/,
    );
  });

  it('reads back through graphology-gexf with every node, edge and value', () => {
    const { graph, gexf } = seedGexf();
    const back = parse(Graph, gexf);
    expect(back.order).toBe(graph.order);
    expect(back.size).toBe(graph.size);
    graph.forEachNode((node, a) => {
      const b = back.getNodeAttributes(node);
      for (const [key, value] of Object.entries(a)) {
        if (key === 'color') expect(b.color, node).toMatch(/^rgb\(\d+,\d+,\d+\)$/);
        else expect(b[key], `${node}.${key}`).toEqual(value);
      }
    });
    graph.forEachEdge((edge, a, source, target) => {
      expect([back.source(edge), back.target(edge)]).toEqual([source, target]);
      const b = back.getEdgeAttributes(edge);
      for (const [key, value] of Object.entries(a)) {
        if (key === 'color' || key === 'size' || key === 'start' || key === 'end') continue;
        const json = key === 'evidence' || key === 'reportedBy';
        expect(json ? JSON.parse(b[key] as string) : b[key], `${edge}.${key}`).toEqual(value);
      }
    });
  });

  it('reads back through networkx 3.6 with the declared types', () => {
    const { gexf } = seedGexf();
    const nx = readWithNetworkx(gexf);
    expect(nx.graph).toMatchObject({ directed: true, multigraph: true });
    expect(nx.nodes).toHaveLength(21);
    expect(nx.edges).toHaveLength(42);
    const russia = nx.nodes.find((n) => n.id === 'russia')!;
    expect(russia.data).toMatchObject({
      label: 'Russia',
      kind: 'state',
      wikidata: 'Q159',
      inDegree: 6,
      outDegree: 18,
      conflict: 21.1,
    });
    expect(russia.types).toMatchObject({ inDegree: 'int', conflict: 'float', kind: 'str' });
    expect(nx.declared.node.inDegree).toEqual({ title: 'inDegree', type: 'integer' });
    const threat = nx.edges.find((e) => e.key === 'russia-threatens-new-start-withdrawal')!;
    expect(threat.data).toMatchObject({
      relation: 'threatens',
      goldstein: -6,
      position: 'against',
      hedged: true,
      condition: 'if it feels threatened by such a system in future',
      interaction: -1.5,
      // networkx keeps a liststring as the text GEXF holds.
      recipient: '["united-states"]',
    });
  });
});
