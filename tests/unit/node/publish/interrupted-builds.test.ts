/**
 * Outputs are never lost or torn: builds killed (SIGKILL) at chosen moments of the build, and two
 * builds racing into one folder, always leave a complete, consistent set: the previous one or the
 * new one. The moments come from the build's own progress (`--progress json` on stderr): right
 * after each stage starts, after each output file is written, after the write stage ends (while
 * the set is published); some builds are left to finish. STANCEGRAPH_SOAK=1 raises 50 builds to 500.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OUTPUT_FILES, STAGES } from '../../../../src/core';
import { afterAll, describe, expect, it } from 'vitest';

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

/** A moment of the build, as its progress events tell it; `never` lets the build finish. */
type Moment = { after: string } | 'never';

/** Every stage's start, each output file written, the write stage's end (then the set is published). */
const MOMENTS: Moment[] = [
  ...STAGES.map((stage) => ({
    after: JSON.stringify({ type: 'start', stage }),
  })),
  ...OUTPUT_FILES.map((_name, i) => ({
    after: JSON.stringify({
      type: 'progress',
      stage: 'write',
      done: i + 1,
      total: OUTPUT_FILES.length,
      unit: 'files',
    }),
  })),
  { after: '{"type":"end","stage":"write"' },
  'never',
];

/**
 * Builds with `--progress json` and kills the build (SIGKILL) as soon as the event of `moment` is
 * read from its stderr. Says how it ended and the events seen.
 */
async function buildKilledAt(
  dataDir: string,
  out: string,
  moment: Moment,
): Promise<{ code: number | null; signal: NodeJS.Signals | null; events: string[] }> {
  const child = spawn(process.execPath, [BIN, 'build', dataDir, '--out', out, '--progress', 'json'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const events: string[] = [];
  let pending = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (text: string) => {
    pending += text;
    const lines = pending.split('\n');
    pending = lines.pop()!;
    for (const line of lines) {
      events.push(line);
      if (moment !== 'never' && line.startsWith(moment.after)) child.kill('SIGKILL');
    }
  });
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
    child.on('close', (c, s) => resolve([c, s])),
  );
  return { code, signal, events };
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
  it(`leave the previous or the new complete set after each of ${KILLS} builds killed at chosen moments`, async () => {
    const out = join(root, 'killed');
    expect(await build(DATASETS.seed.dir, out).done).toBe(0);
    expect(completeSet(out)).toBe('seed');
    const seen = { killedBeforeWrite: 0, killedWhileWriting: 0, killedWhilePublishing: 0, completed: 0 };
    let previous: keyof typeof DATASETS = 'seed';
    for (let i = 0; i < KILLS; i++) {
      const name: keyof typeof DATASETS = i % 2 === 0 ? 'mini' : 'seed';
      const moment = MOMENTS[Math.floor(i / 2) % MOMENTS.length]!;
      const { code, signal, events } = await buildKilledAt(DATASETS[name].dir, out, moment);
      const now = completeSet(out);
      const wrote = events.some((e) => e.startsWith('{"type":"start","stage":"write"}'));
      const writeEnded = events.some((e) => e.startsWith('{"type":"end","stage":"write"'));
      if (moment === 'never') {
        // Left alone, the build finishes and publishes the new set.
        expect([code, signal], `build ${i}`).toEqual([0, null]);
        expect(now, `build ${i}`).toBe(name);
        seen.completed++;
      } else {
        // Killed by construction, right after the build told the moment (it may have told more
        // before the signal landed: every event it wrote is read before 'close').
        expect(
          events.some((e) => e.startsWith(moment.after)),
          `build ${i}`,
        ).toBe(true);
        if (signal === null) {
          // Only a kill after the write stage can come too late: the build had already exited 0.
          expect(writeEnded, `build ${i} finished before its kill at ${JSON.stringify(moment)}`).toBe(true);
          expect(now).toBe(name);
          seen.completed++;
        } else {
          expect(signal).toBe('SIGKILL');
          if (!wrote) {
            // Killed before writing anything: the previous set stays, whole.
            expect(now, `build ${i} killed at ${moment.after}`).toBe(previous);
            seen.killedBeforeWrite++;
          } else if (!writeEnded) {
            // Killed mid-write: the new files are not published yet.
            expect(now, `build ${i} killed at ${moment.after}`).toBe(previous);
            seen.killedWhileWriting++;
          } else seen.killedWhilePublishing++;
        }
      }
      previous = now;
    }
    console.log(`builds: ${JSON.stringify(seen)}`);
    // Most kills land inside the build, before or during the write, by construction (most moments
    // are a stage's start or a file written); the builds left alone all finished.
    expect(seen.killedBeforeWrite + seen.killedWhileWriting).toBeGreaterThanOrEqual(0.6 * KILLS);
    expect(seen.killedWhileWriting).toBeGreaterThanOrEqual(Math.floor(KILLS / MOMENTS.length) * 2);
    // Each moment comes twice in a row (both data sets): 'never' as often as full rounds of moments.
    expect(seen.completed).toBeGreaterThanOrEqual(2 * Math.floor(KILLS / (2 * MOMENTS.length)));
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
