/** The build: graph shape, attributes, metrics, display and the graph.json contract, deterministically. */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Graph from 'graphology';
import { memorySource, runPipeline, type DataSource } from 'stancegraph';
import { folderSource } from 'stancegraph/node';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { generateCorpus } from '../../../../devkit/corpus';
import { buildGraph } from '../../../../src/core/build';
import {
  graphJsonChunks,
  graphJsonString,
  OUTPUT_FILES,
  type OutputFile,
  type OutputSink,
} from '../../../../src/core/write';
import { mulberry32 } from '../../../../src/core/util';
import { graphOf, validateFolder } from '../../../support/pipeline';
import { edgeAttributes, graphAttributes, nodeAttributes } from '../../../../src/core/schema';

const seed = () => validateFolder('graph-data').dataset!;
const mini = () => validateFolder('tests/fixtures/valid/mini', 'mini').dataset!;

/** The whole pipeline, read to write, into memory: each output file's text, checked against the hash the sink reports. */
function outputsOf(source: DataSource): Record<OutputFile, string> {
  const written: Partial<Record<OutputFile, string>> = {};
  const sink: OutputSink = {
    write(name, chunks) {
      const text = [...chunks].join('');
      written[name] = text;
      return { bytes: Buffer.byteLength(text), sha256: createHash('sha256').update(text).digest('hex') };
    },
  };
  const run = runPipeline(source, { sink });
  expect(run.validation.errors).toBe(0);
  expect(Object.keys(written).sort()).toEqual([...OUTPUT_FILES].sort());
  return written as Record<OutputFile, string>;
}

const root = mkdtempSync(join(tmpdir(), 'stancegraph-build-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const GENERATED = join(root, 'corpus');
generateCorpus(GENERATED, { stances: 300, seed: 3 });

const LISTS = ['sources', 'entities', 'relations', 'stances'] as const;
type Lists = Record<(typeof LISTS)[number], Record<string, unknown>[]>;

/** Every record of a data folder, by list, and its source texts by the path the data names. */
function recordsOf(dir: string): { records: Lists; texts: Record<string, string> } {
  const { files, readText } = folderSource(dir).read();
  const records: Lists = { sources: [], entities: [], relations: [], stances: [] };
  for (const { content } of files) {
    const data = parse(content) as Partial<Lists>;
    for (const list of LISTS) records[list].push(...(data[list] ?? []));
  }
  const texts: Record<string, string> = {};
  for (const source of records.sources) {
    const path = String(source.text);
    const text = readText(path);
    if (!text.ok) throw new Error(text.message);
    texts[path] = text.content;
  }
  // Several of each kind, so that an order of any of them that depended on the files would show.
  for (const list of LISTS)
    expect(records[list].length, list).toBeGreaterThan(dir === 'graph-data' && list === 'sources' ? 0 : 5);
  return { records, texts };
}

/** The records in a seeded order, spread over 2 to 6 files with seeded names and folders, lists in any order. */
function shuffledFiles(records: Lists, seed: number): Record<string, string> {
  const random = mulberry32(seed);
  const shuffle = <T>(items: T[]): T[] => {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  };
  const count = 2 + Math.floor(random() * 5);
  const parts: Partial<Lists>[] = Array.from({ length: count }, () => ({}));
  for (const list of shuffle([...LISTS]))
    for (const record of shuffle(records[list]))
      (parts[Math.floor(random() * count)]![list] ??= []).push(record);
  const files: Record<string, string> = {};
  parts.forEach((part, i) => {
    const lists = shuffle(Object.keys(part) as (keyof Lists)[]);
    if (lists.length === 0) return;
    const name = `${['a', 'm', 'z'][Math.floor(random() * 3)]}/${Math.floor(random() * 1e6).toString(36)}-${i}.yaml`;
    files[name] = stringify(Object.fromEntries(lists.map((list) => [list, part[list]])));
  });
  return files;
}

/** The ids in a data file, in order: what a layout of the files is. */
const ids = (text: string) =>
  LISTS.flatMap((list) => ((parse(text) as Partial<Lists>)[list] ?? []).map((r) => String(r.id)));

describe('building the graph', () => {
  it('makes a node per entity and an edge per relation and stance', () => {
    const graph = graphOf('graph-data');
    expect([graph.type, graph.multi, graph.order, graph.size]).toEqual(['directed', true, 21, 42]);
    const data = seed();
    expect(graph.nodes()).toEqual(data.entities.map((e) => e.id));
    expect(graph.edges()).toEqual([...data.relations, ...data.stances].map((c) => c.id).sort());
  });

  it('keeps parallel stances between one pair as separate edges with their own keys', () => {
    const graph = graphOf('graph-data');
    expect(graph.edges('russia', 'missile-shield').sort()).toEqual([
      'russia-criticizes-shield-range',
      'russia-sees-shield-as-threat',
      'russia-views-shield-with-suspicion',
      'russia-warns-shield-may-change',
    ]);
  });

  it('copies the domain attributes of an entity onto its node', () => {
    const graph = buildGraph(seed());
    expect(graph.getNodeAttributes('new-start')).toEqual({
      kind: 'treaty',
      label: 'New START',
      aliases: [
        'the New START',
        'the treaty',
        'Treaty on Measures for the Further Reduction and Limitation of Strategic Offensive Arms',
      ],
      description:
        'Russian–U.S. treaty limiting deployed strategic nuclear warheads and launchers ("a landmark arms control treaty").',
      signed: '2010-04-08',
      inForce: '2011-02-05',
      expires: '2026-02-05',
      note: 'Expiry as extended in 2021 by five years, the longest extension the treaty allows.',
    });
  });

  it('gives a stance edge its type, CAMEO code and Goldstein value, position, recipient, modality, time span, people and evidence', () => {
    const graph = buildGraph(mini());
    expect(graph.getEdgeAttributes('russia-demands')).toEqual({
      relation: 'demands',
      label: 'demands',
      category: 'stance',
      cameo: '10',
      goldstein: -5,
      quadClass: 3,
      position: 'for',
      interaction: -5,
      negated: false,
      hedged: false,
      background: false,
      recipient: ['nato'],
      utterance: 'russia-demands',
      date: '2011-05-16',
      start: '2011-05-16',
      end: '2011-05-16',
      speaker: 'minister',
      sources: ['s1'],
      sourceCount: 1,
      evidence: [
        {
          source: 's1',
          quote: 'Moscow demands guarantees',
          start: 0,
          end: 25,
          prefix: '',
          suffix: ', the minister said.\n"We need a ',
          direct: false,
        },
        {
          source: 's1',
          quote: 'We need a binding treaty',
          start: 47,
          end: 71,
          prefix: 'guarantees, the minister said.\n"',
          suffix: '," the minister said.\nNATO rejec',
          direct: true,
        },
      ],
    });
  });

  it('gives a relation edge its period as written and as first and last day', () => {
    const graph = buildGraph(mini());
    expect(graph.getEdgeAttributes('minister-speaks-for-russia')).toEqual({
      relation: 'speaks_for',
      label: 'speaks for',
      category: 'relation',
      negated: false,
      validFrom: '2010',
      validUntil: '2012-06',
      start: '2010-01-01',
      end: '2012-06-30',
      sources: [],
      sourceCount: 0,
      evidence: [],
    });
  });

  it('labels a negated relation as not holding', () => {
    const graph = buildGraph(seed());
    expect(graph.getEdgeAttribute('russia-not-member-of-nato', 'label')).toBe('not a member of');
    expect(graph.getEdgeAttribute('new-start-does-not-restrict-missile-defense', 'label')).toBe(
      'does not restrict',
    );
  });

  it('resolves a quote written with other whitespace to the source text', () => {
    const graph = buildGraph(mini());
    expect(graph.getEdgeAttribute('nato-rejects-again', 'evidence')[0]!.quote).toBe('NATO rejects it');
  });

  it('computes degrees, conflict and cooperation sums, betweenness and communities', () => {
    const graph = graphOf('graph-data');
    const russia = graph.getNodeAttributes('russia');
    expect([russia.inDegree, russia.outDegree]).toEqual([6, 18]);
    // From the interaction network (src/core/analysis/interactions.ts): to NATO −8.5, to the U.S. −12.6.
    expect([
      russia.conflict,
      russia.cooperation,
      russia.conflictReceived,
      russia.cooperationReceived,
    ]).toEqual([21.1, 0, 8, 4]);
    expect(russia.betweenness).toBeCloseTo(0.7798, 4);
    const communities = new Set(graph.mapNodes((_n, a) => a.community));
    expect(communities.size).toBeGreaterThan(1);
    expect(Math.min(...communities)).toBe(0);
  });

  it('colours nodes by kind and stances by position, sizes nodes by centrality', () => {
    const graph = graphOf('graph-data');
    expect(graph.getNodeAttribute('russia', 'color')).toBe('#4e79a7');
    expect(graph.getNodeAttribute('nato', 'color')).toBe('#f28e2b');
    expect(graph.getEdgeAttribute('us-rejects-binding-guarantees', 'color')).toBe('#d55e00');
    expect(graph.getEdgeAttribute('nato-proposes-missile-defense-cooperation', 'color')).toBe('#009e73');
    expect(graph.getEdgeAttribute('russia-denies-threat-from-existing-elements', 'color')).toBe('#8c8c8c');
    expect(graph.getEdgeAttribute('united-states-member-of-nato', 'color')).toBe('#a0aec0');
    const sizes = graph.mapNodes((n, a) => [n, a.size] as const).sort((a, b) => b[1] - a[1]);
    expect(sizes[0]).toEqual(['russia', 20]);
  });

  it('writes graph.json that meets the documented contract', () => {
    const json = JSON.parse(graphJsonString(graphOf('graph-data')));
    expect(graphAttributes.parse(json.attributes).sources[0]?.id).toBe('000_05cd6d67e97d83d5');
    for (const node of json.nodes)
      expect(() => nodeAttributes.strict().parse(node.attributes), node.key).not.toThrow();
    for (const edge of json.edges)
      expect(() => edgeAttributes.strict().parse(edge.attributes), edge.key).not.toThrow();
    const back = Graph.from(json);
    expect([back.order, back.size, back.multi, back.type]).toEqual([21, 42, true, 'directed']);
  });

  it('streams graph.json as exactly JSON.stringify(graph.export()), in chunks', () => {
    const graph = graphOf('graph-data');
    const chunks = [...graphJsonChunks(graph, 1024)];
    expect(chunks.length).toBeGreaterThan(10);
    expect(chunks.join('')).toBe(`${JSON.stringify(graph.export())}\n`);
  });

  // The seed, and a generated corpus with many sources, entities, relations and stances.
  it.each([
    ['the seed', 'graph-data'],
    ['a generated corpus', GENERATED],
  ])(
    'writes byte-identical graph.json, graph.gexf and manifest.json for %s whatever its files and the order of records',
    (_name, dir) => {
      const reference = outputsOf(folderSource(dir));
      const { records, texts } = recordsOf(dir);
      const layouts = new Set<string>();
      for (const seed of [1, 2, 3, 4, 5, 6]) {
        const files = shuffledFiles(records, seed);
        // The layout differs from seed to seed: files named and split differently, records in another order.
        layouts.add(JSON.stringify(Object.entries(files).map(([name, text]) => [name, ids(text)])));
        expect(Object.keys(files).length, `seed ${seed}`).toBeGreaterThan(1);
        const outputs = outputsOf(memorySource(files, texts));
        for (const name of OUTPUT_FILES) expect(outputs[name], `${name}, seed ${seed}`).toBe(reference[name]);
      }
      expect(layouts.size).toBe(6);
    },
  );

  it('lays the graph out the same way for the same seed and differently for another', () => {
    const one = graphOf('graph-data', { seed: 1 }).getNodeAttributes('nato');
    const again = graphOf('graph-data', { seed: 1 }).getNodeAttributes('nato');
    const other = graphOf('graph-data', { seed: 2 }).getNodeAttributes('nato');
    expect([again.x, again.y]).toEqual([one.x, one.y]);
    expect([other.x, other.y]).not.toEqual([one.x, one.y]);
  });
});
