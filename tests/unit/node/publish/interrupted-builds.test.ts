/**
 * Outputs are never lost or torn: builds killed at random moments (SIGKILL), and two builds racing
 * into one folder, always leave a complete, consistent set: the previous one or the new one.
 * STANCEGRAPH_SOAK=1 raises the 50 kills to 500.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../../src/core/util';

const BIN = join(process.cwd(), 'lib/cli.js');
const KILLS = process.env.STANCEGRAPH_SOAK ? 500 : 50;
const root = mkdtempSync(join(tmpdir(), 'stancegraph-kill-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const DATASETS = {
  seed: { dir: 'graph-data', nodes: 21, edges: 42 },
  mini: { dir: 'tests/fixtures/valid/mini', nodes: 4, edges: 4 },
};

function build(dataDir: string, out: string) {
  const child = spawn(process.execPath, [BIN, 'build', dataDir, '--out', out], { stdio: 'ignore' });
  const done = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, done };
}

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** Checks that `out` holds one complete set, and says which dataset it is. */
function completeSet(out: string): keyof typeof DATASETS {
  const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
  for (const name of ['graph.json', 'graph.gexf', 'positions.csv', 'alignment.csv', 'events.csv']) {
    expect(sha256(join(out, name)), name).toBe(manifest.files[name].sha256);
  }
  const json = JSON.parse(readFileSync(join(out, 'graph.json'), 'utf8'));
  expect([json.nodes.length, json.edges.length]).toEqual([manifest.counts.nodes, manifest.counts.edges]);
  expect(readFileSync(join(out, 'graph.gexf'), 'utf8').endsWith('</gexf>\n')).toBe(true);
  const which = (Object.keys(DATASETS) as (keyof typeof DATASETS)[]).find(
    (k) => DATASETS[k].nodes === manifest.counts.nodes,
  );
  expect(which).toBeDefined();
  return which!;
}

describe('interrupted and concurrent builds', () => {
  it(`leave the previous or the new complete set after ${KILLS} kills at random moments`, async () => {
    const out = join(root, 'killed');
    const started = performance.now();
    expect(await build(DATASETS.seed.dir, out).done).toBe(0);
    const buildMs = performance.now() - started;
    expect(completeSet(out)).toBe('seed');
    const rng = mulberry32(Number(process.env.FC_SEED ?? 20261128));
    const seen = { seed: 0, mini: 0, completed: 0, killed: 0 };
    for (let i = 0; i < KILLS; i++) {
      const data = i % 2 === 0 ? DATASETS.mini : DATASETS.seed;
      const { child, done } = build(data.dir, out);
      // Kill between 40% and 110% of a whole build's time: past start-up, where the files are written.
      await new Promise((r) => setTimeout(r, Math.floor(buildMs * (0.4 + 0.7 * rng()))));
      child.kill('SIGKILL');
      const code = await done;
      if (code === 0) seen.completed++;
      else seen.killed++;
      seen[completeSet(out)]++;
    }
    // Both outcomes happened: some builds were cut off, some got through.
    expect(seen.killed).toBeGreaterThan(5);
    expect(seen.completed + seen.killed).toBe(KILLS);
    console.log(`kills: ${JSON.stringify(seen)}`);
  }, 600_000);

  it('end with one complete set when two builds race into the same folder', async () => {
    for (let round = 0; round < 5; round++) {
      const out = join(root, `race${round}`);
      const a = build(DATASETS.seed.dir, out);
      const b = build(DATASETS.mini.dir, out);
      expect(await Promise.all([a.done, b.done])).toEqual([0, 0]);
      expect(existsSync(join(out, 'manifest.json'))).toBe(true);
      expect(['seed', 'mini']).toContain(completeSet(out));
    }
  }, 120_000);
});
