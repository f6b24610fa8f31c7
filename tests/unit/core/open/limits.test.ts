/**
 * The readers' node and edge limits (2,000,000 nodes, 8,000,000 edges in the command line, as
 * docs/outputs.md says): a file past one is refused with a message that names the limit, while it
 * streams in, before any graph is built; a file at the limit is read. Checked at small limits (the
 * same code path), and the command line's `inspect` with the defaults.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  defaultReadLimits,
  GexfReader,
  GraphFileError,
  readGexf,
  readGraphJson,
} from '../../../../src/core/open';
import { inspectCommand } from '../../../../src/node/cli/inspect';

const root = mkdtempSync(join(tmpdir(), 'stancegraph-limits-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A GEXF file of `nodes` nodes (one a line, from line 4) and `edges` edges between the first two. */
function gexf(nodes: number, edges: number): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf version="1.3"><graph defaultedgetype="directed">',
    '<nodes>',
  ];
  for (let i = 0; i < nodes; i++) lines.push(`<node id="n${i}"/>`);
  lines.push('</nodes>', '<edges>');
  for (let i = 0; i < edges; i++) lines.push(`<edge id="e${i}" source="n0" target="n1"/>`);
  lines.push('</edges>', '</graph></gexf>', '');
  return lines.join('\n');
}

function json(nodes: number, edges: number): string {
  return JSON.stringify({
    nodes: Array.from({ length: nodes }, (_, i) => ({ key: `n${i}` })),
    edges: Array.from({ length: edges }, () => ({ source: 'n0', target: 'n1' })),
  });
}

const limits = { maxNodes: 3, maxEdges: 5 };

describe('the node and edge limits', () => {
  it('are 2,000,000 nodes and 8,000,000 edges by default, as docs/outputs.md says', () => {
    expect([defaultReadLimits.maxNodes, defaultReadLimits.maxEdges]).toEqual([2_000_000, 8_000_000]);
    expect(readFileSync('docs/outputs.md', 'utf8')).toContain(
      '| more than 2,000,000 nodes or 8,000,000 edges',
    );
  });

  it('let a GEXF file at the limits through, and refuse one node or one edge more where it stands', () => {
    const read = readGexf(gexf(3, 5), limits);
    expect([read.graph.order, read.graph.size]).toEqual([3, 5]);
    expect(() => readGexf(gexf(4, 0), limits)).toThrow(
      new GraphFileError(
        'GEXF line 7, column 16: expected a GEXF document, found more than 3 nodes, the limit that keeps memory bounded; filter the file in Gephi first',
        7,
        16,
      ),
    );
    expect(() => readGexf(gexf(3, 6), limits)).toThrow(
      'GEXF line 14, column 40: expected a GEXF document, found more than 5 edges, the limit that keeps memory bounded; filter the file in Gephi first',
    );
  });

  it('refuse a GEXF file while it streams in, before the rest is read or any graph built', () => {
    const reader = new GexfReader(limits);
    const text = gexf(1000, 0);
    const cut = text.indexOf('<node id="n3"/>') + '<node id="n3"/>'.length;
    reader.write(text.slice(0, cut - 1));
    expect(() => reader.write(text.slice(cut - 1, cut))).toThrow(/found more than 3 nodes/);
  });

  it('let a graph.json at the limits through, and refuse one node or one edge more before building it', () => {
    const read = readGraphJson(json(3, 5), limits);
    expect([read.graph.order, read.graph.size]).toEqual([3, 5]);
    expect(() => readGraphJson(json(4, 0), limits)).toThrow(
      new GraphFileError(
        'This graph has 4 nodes, more than 3, the limit that keeps memory bounded; filter the file in Gephi first.',
      ),
    );
    expect(() => readGraphJson(json(3, 6), limits)).toThrow(
      'This graph has 6 edges, more than 5, the limit that keeps memory bounded; filter the file in Gephi first.',
    );
  });

  it('make `stancegraph inspect` refuse the file with the message, exit 1', async () => {
    const err: string[] = [];
    const io = { out: () => undefined, err: (line: string) => err.push(line) };
    const gexfFile = join(root, 'big.gexf');
    writeFileSync(gexfFile, gexf(4, 0));
    expect(await inspectCommand(gexfFile, 512, false, io, limits)).toBe(1);
    const jsonFile = join(root, 'big.json');
    writeFileSync(jsonFile, json(3, 6));
    expect(await inspectCommand(jsonFile, 512, false, io, limits)).toBe(1);
    expect(err).toEqual([
      `${gexfFile}:7:16: error: GEXF line 7, column 16: expected a GEXF document, found more than 3 nodes, the limit that keeps memory bounded; filter the file in Gephi first`,
      `${jsonFile}: error: This graph has 6 edges, more than 5, the limit that keeps memory bounded; filter the file in Gephi first.`,
    ]);
  });

  it('are the defaults `stancegraph inspect` reads with: a graph.json of 2,000,001 nodes is refused', async () => {
    // graph.json of 2,000,001 keyless nodes: parsed in about a second, refused before any graph is built.
    const file = join(root, 'past.json');
    writeFileSync(file, `{"nodes":[${'{},'.repeat(2_000_000)}{}]}`);
    const err: string[] = [];
    expect(await inspectCommand(file, 512, false, { out: () => undefined, err: (l) => err.push(l) })).toBe(1);
    expect(err).toEqual([
      `${file}: error: This graph has 2,000,001 nodes, more than 2,000,000, the limit that keeps memory bounded; filter the file in Gephi first.`,
    ]);
  });
});
