/**
 * The viewer's reader (web/src/input/reader through web/src/input's openGraphBlob, the very functions the
 * page uses; in Node they run in place instead of in the worker, their slices passed through
 * structuredClone as postMessage does): graph.json round trips value for value, GEXF streams
 * through the shared reader, and bad input gets a clear error.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Graph from 'graphology';
import { afterAll, describe, expect, it } from 'vitest';
import {
  checkFileSize,
  GraphAssembler,
  GraphFileError,
  openGraphBlob,
  readGraphBlob,
  sliceGraph,
} from '../../../../web/src/input';
import { viewerSettings } from '../../../../web/src/settings';

const MAX_FILE_BYTES = viewerSettings.maxFileBytes;

const scratch = mkdtempSync(join(tmpdir(), 'stancegraph-viewer-reader-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** `stancegraph build` of a data folder into a scratch folder; the text of its graph.json. */
function builtGraphJson(dataDir: string): string {
  const out = join(scratch, dataDir.replace(/\W+/g, '-'));
  const run = spawnSync(process.execPath, ['lib/cli.js', 'build', dataDir, '--out', out], {
    encoding: 'utf8',
  });
  expect(run.status, run.stderr).toBe(0);
  return readFileSync(join(out, 'graph.json'), 'utf8');
}

const open = (text: string | Uint8Array, name = 'graph.json') =>
  openGraphBlob(new Blob([text as BlobPart]), name).result;

const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '<script>alert("x")</script>',
  '"><svg onload=alert(2)>',
  "javascript:alert('3')",
  '&amp; &lt; &#x3C; ]]> <![CDATA[ x ]]>',
  'tab\there\nnew line\r\ncarriage',
  'NUL \u0000 and U+2028 \u2028 and U+FFFF \uffff',
  'lone surrogate \ud800 here',
  'emoji 🇺🇦 and RTL \u202e gnp.exe',
  '',
  ' '.repeat(3),
  'x'.repeat(100_000),
];

/** A graph with every awkward shape: hostile strings as keys, labels and values, nested values, null, parallel and undirected edges, self loops. */
function hostileGraph(): Graph {
  const graph = new Graph({ type: 'mixed', multi: true, allowSelfLoops: true });
  graph.replaceAttributes({
    name: HOSTILE[0],
    sources: [{ id: 's1', title: HOSTILE[1], text: HOSTILE.join(' | ') }],
    nested: { deep: [[1, 2, [3]], { a: null }] },
  });
  HOSTILE.forEach((text, i) => {
    graph.addNode(`n${i}`, {
      label: text,
      aliases: [text, HOSTILE[(i + 1) % HOSTILE.length]],
      description: text,
      [`attr ${text.slice(0, 30)}`]: i,
      constructor: text,
      toString: 'not a function',
      hasOwnProperty: null,
      x: i * 1.5,
      y: 1 - i / 3,
      size: 1 + i,
      color: '#123456',
      big: Number.MAX_SAFE_INTEGER,
      tiny: 5e-324,
      negative: -0.001,
      flag: i % 2 === 0,
    });
  });
  graph.addNode(HOSTILE[0]!, { label: 'a node whose key is markup', x: 0, y: 0, size: 2, color: '#000000' });
  graph.addDirectedEdgeWithKey(HOSTILE[1]!, 'n0', 'n1', {
    label: HOSTILE[2],
    evidence: [{ quote: HOSTILE[3] }],
  });
  graph.addDirectedEdgeWithKey('parallel', 'n0', 'n1', { label: HOSTILE[4] });
  graph.addUndirectedEdgeWithKey('undirected', 'n2', 'n3', { note: HOSTILE[5] });
  graph.addDirectedEdgeWithKey('loop', 'n4', 'n4', {});
  graph.addDirectedEdgeWithKey('to-markup-key', 'n5', HOSTILE[0]!, { size: 3 });
  return graph;
}

describe('graph.json through the viewer loader', () => {
  it('gives the graph of the real build of graph-data, value for value', async () => {
    const text = builtGraphJson('graph-data');
    const opened = await open(text);
    expect(opened.graph.export()).toStrictEqual(Graph.from(JSON.parse(text)).export());
    expect([opened.format, opened.repair, opened.warnings]).toEqual([
      'json',
      { layout: 'none', repaired: 0 },
      [],
    ]);
  });

  it('gives the graph of a data set whose texts are markup and script, value for value', async () => {
    const text = builtGraphJson('tests/fixtures/hostile-html');
    const opened = await open(text);
    expect(opened.graph.export()).toStrictEqual(Graph.from(JSON.parse(text)).export());
    expect(opened.graph.getNodeAttribute('evil-state', 'label')).toBe("<img src=x onerror=alert('label')>");
    expect(opened.warnings).toEqual([]);
  });

  it('gives a graph of hostile strings, keys, nested values and mixed edges back value for value', async () => {
    const graph = hostileGraph();
    const opened = await open(JSON.stringify(graph.export()));
    expect(opened.graph.export()).toStrictEqual(graph.export());
    expect(opened.graph.getNodeAttribute('n7', 'label')).toBe('lone surrogate \ud800 here');
    expect([opened.warnings, opened.repair]).toEqual([[], { layout: 'none', repaired: 0 }]);
  });

  it('rebuilds the same graph from slices of any size, cut by count or by text length', () => {
    const graph = hostileGraph();
    const read = {
      graph,
      format: 'json' as const,
      repair: { layout: 'none' as const, repaired: 0 },
      warnings: [],
    };
    const byCount = (size: number) => Math.ceil(graph.order / size) + Math.ceil(graph.size / size);
    for (const [size, chars, slicesExpected] of [
      [1, Infinity, byCount(1)],
      [3, Infinity, byCount(3)],
      [1000, Infinity, byCount(1000)],
      // Node n11 holds 100,000-character strings: a 50,000-character budget ends a slice at each of them.
      [1000, 50_000, 4],
    ] as const) {
      let assembler: GraphAssembler | undefined;
      let slices = 0;
      for (const part of sliceGraph(read, size, chars)) {
        const copy = structuredClone(part);
        if ('header' in copy) assembler = new GraphAssembler(copy.header);
        else {
          assembler!.add(copy.slice);
          slices += 1;
        }
      }
      expect(assembler!.complete()).toBe(true);
      expect(assembler!.graph.export()).toStrictEqual(graph.export());
      expect([size, chars, slices]).toEqual([size, chars, slicesExpected]);
    }
  });
});

describe('reading a Blob as a stream', () => {
  it('reports progress up to the whole size, then the stage of building the graph', async () => {
    const text = builtGraphJson('graph-data');
    const events: string[] = [];
    const blob = new Blob([text]);
    await readGraphBlob(blob, 'graph.json', {
      onProgress: (bytes, total) => events.push(`${bytes}/${total}`),
      onStage: (stage) => events.push(stage),
    });
    expect(events.slice(-2)).toEqual([`${blob.size}/${blob.size}`, 'Building the graph']);
  });

  it('reads GEXF whose multi-byte characters straddle the stream chunks', async () => {
    // 200,000 three-byte characters: far past one 64 KB chunk, so some straddle a boundary.
    const label = '€'.repeat(200_000);
    const gexf = `\uFEFF<?xml version="1.0" encoding="UTF-8"?><gexf xmlns="http://gexf.net/1.3" version="1.3"><graph><nodes><node id="a" label="${label}"/></nodes></graph></gexf>`;
    const opened = await open(gexf, 'euro.gexf');
    expect([opened.format, opened.graph.getNodeAttribute('a', 'label') === label]).toEqual(['gexf', true]);
  });

  it('refuses bytes that are not UTF-8 instead of replacing them', async () => {
    const latin1 = new Uint8Array([
      ...new TextEncoder().encode('{"nodes": [{"key": "caf'),
      0xe9,
      ...new TextEncoder().encode('"}]}'),
    ]);
    await expect(open(latin1, 'latin1.json')).rejects.toThrow(
      '"latin1.json" is not UTF-8 text (an invalid byte sequence within the first 28 bytes); the viewer reads GEXF and graph.json saved as UTF-8.',
    );
  });

  it.each([
    ['empty.gexf', '', '"empty.gexf" is empty.'],
    ['blank.json', ' \n\t ', '"blank.json" holds only whitespace.'],
    ['notes.txt', 'just words', '"notes.txt" is neither GEXF (XML) nor graph.json (JSON).'],
  ])('refuses %s with a clear message', async (name, text, message) => {
    await expect(open(text, name)).rejects.toThrow(new GraphFileError(message));
  });

  it.each([
    ['billion-laughs.gexf', 'GEXF line 13, column 3: expected a GEXF document, found a DOCTYPE'],
    ['external-entity.gexf', 'GEXF line 4, column 3: expected a GEXF document, found a DOCTYPE'],
    [
      'deep-nesting.gexf',
      'GEXF line 2, column 269: expected a GEXF document, found elements nested deeper than 64 levels',
    ],
  ])("refuses the hostile %s with the shared reader's located message", async (name, message) => {
    const bytes = readFileSync(`tests/fixtures/hostile-gexf/${name}`);
    await expect(open(bytes, name)).rejects.toThrow(message);
  });
});

describe('the size cap', () => {
  it('refuses a file one byte past 200 MB by its size alone, and lets one at the cap through', () => {
    const file = (size: number) => ({ name: 'big.gexf', size }) as Blob & { name: string };
    expect(() => checkFileSize(file(MAX_FILE_BYTES + 1))).toThrow(
      '"big.gexf" is larger than the viewer opens (200.0 MB, 209,715,201 bytes; the limit is 200.0 MB, 209,715,200 bytes): filter it in Gephi first, or check it with "stancegraph inspect".',
    );
    expect(() => checkFileSize(file(MAX_FILE_BYTES))).not.toThrow();
  });
});
