/**
 * `stancegraph inspect`: hostile and huge GEXF files from the command line get a clear, located
 * answer with bounded memory. STANCEGRAPH_SOAK=1 also reads a whole 200 MB file.
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BIN = join(process.cwd(), 'lib/cli.js');
const root = mkdtempSync(join(tmpdir(), 'stancegraph-inspect-'));
const BIG = join(root, 'big.gexf');
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Runs the CLI under GNU time to read its peak resident set (kB) from the last stderr line. */
function inspect(args: string[]) {
  const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, BIN, 'inspect', ...args], {
    encoding: 'utf8',
  });
  // GNU time adds "Command exited with non-zero status N" before the figure when the command fails.
  const lines = r.stderr
    .trimEnd()
    .split('\n')
    .filter((l) => !l.startsWith('Command exited with non-zero status'));
  return {
    code: r.status,
    stdout: r.stdout,
    stderr: lines.slice(0, -1).join('\n'),
    peakMb: Number(lines.at(-1)) / 1024,
  };
}

/** A 200 MB GEXF: 200,000 nodes with positions and about a million edges, each with a quote. */
async function writeBigGexf(path: string, megabytes: number): Promise<void> {
  const out = createWriteStream(path);
  const write = (s: string) =>
    out.write(s) ? Promise.resolve() : new Promise<void>((r) => out.once('drain', () => r()));
  await write(
    '<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">\n<graph defaultedgetype="directed">\n<attributes class="edge"><attribute id="q" title="quote" type="string"/></attributes>\n<nodes>\n',
  );
  const nodes = 200_000;
  let batch: string[] = [];
  for (let i = 0; i < nodes; i++) {
    batch.push(
      `<node id="n${i}" label="Node ${i}"><viz:position x="${i % 1000}" y="${Math.floor(i / 1000)}" z="0"/></node>\n`,
    );
    if (batch.length === 10_000) await write(batch.splice(0).join(''));
  }
  await write(`${batch.join('')}</nodes>\n<edges>\n`);
  batch = [];
  let bytes = 0;
  const quote =
    'We cannot base our security on assurances and promises; we need a legally binding agreement.';
  for (let e = 0; bytes < megabytes * 1024 * 1024; e++) {
    const line = `<edge id="e${e}" source="n${(e * 7919) % nodes}" target="n${(e * 104729) % nodes}"><attvalues><attvalue for="q" value="${quote}"/></attvalues></edge>\n`;
    bytes += line.length;
    batch.push(line);
    if (batch.length === 10_000) await write(batch.splice(0).join(''));
  }
  await write(`${batch.join('')}</edges>\n</graph>\n</gexf>\n`);
  await new Promise<void>((r) => out.end(() => r()));
}

beforeAll(async () => {
  expect(existsSync('/usr/bin/time'), 'GNU time measures peak memory: apt-get install -y time').toBe(true);
  await writeBigGexf(BIG, 200);
}, 300_000);

describe('stancegraph inspect', () => {
  it.each([
    [
      'billion-laughs.gexf',
      'tests/fixtures/hostile-gexf/billion-laughs.gexf:13:3: error: GEXF line 13, column 3: expected a GEXF document, found a DOCTYPE',
    ],
    [
      'external-entity.gexf',
      'tests/fixtures/hostile-gexf/external-entity.gexf:4:3: error: GEXF line 4, column 3: expected a GEXF document, found a DOCTYPE',
    ],
    [
      'deep-nesting.gexf',
      'tests/fixtures/hostile-gexf/deep-nesting.gexf:2:269: error: GEXF line 2, column 269: expected a GEXF document, found elements nested deeper than 64 levels',
    ],
  ])('refuses %s, exit 1, with the place', (name, start) => {
    const r = inspect([`tests/fixtures/hostile-gexf/${name}`]);
    expect(r.code).toBe(1);
    expect(r.stderr.startsWith(start), r.stderr).toBe(true);
  });

  it('reports repairs with file, line and column, and exits 0', () => {
    const r = inspect(['tests/fixtures/hostile-gexf/missing-nodes.gexf']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      'tests/fixtures/hostile-gexf/missing-nodes.gexf:8:7: warning: edge "e1" points to the missing node "ghost"; it was skipped',
    );
    expect(r.stdout.split('\n')[0]).toBe(
      'tests/fixtures/hostile-gexf/missing-nodes.gexf: GEXF 1.3, directed graph, 1 nodes, 0 edges, without positions for every node (the viewer lays it out)',
    );
  });

  it('stops a 200 MB file at the size limit, early and with little memory', () => {
    const started = performance.now();
    const r = inspect([BIG, '--max-mb', '20']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /: error: GEXF line \d+, column \d+: expected a GEXF document, found a file larger than the limit of 20 M characters; filter it in Gephi or split it first$/,
    );
    expect(r.peakMb).toBeLessThan(300);
    expect(performance.now() - started).toBeLessThan(30_000);
  });

  it.runIf(process.env.STANCEGRAPH_SOAK)(
    'reads a whole 200 MB file, streaming, with memory for the graph and not for the file',
    () => {
      const r = inspect([BIG]);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/GEXF 1\.3, directed graph, 200000 nodes, \d{6,7} edges, laid out/);
      console.log(`200 MB GEXF: peak ${Math.round(r.peakMb)} MB`);
      expect(r.peakMb).toBeLessThan(2000);
    },
    300_000,
  );
});
