/**
 * `npm run bench -- --reuse FILE`: a partial run takes exactly the parts its --skip left out from an
 * earlier results file, each labelled with where it was measured (a part that file had itself
 * reused keeps its first origin), and the chart's caption names the run its builds come from.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { chartSvg } from './chart';
import type { BenchResults, BuildResult } from './results';
import { reuseSkippedParts } from './reuse';

const scratch = mkdtempSync(join(tmpdir(), 'stancegraph-reuse-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const machine = {
  cpu: 'CPU',
  cores: 2,
  memoryGb: 24,
  os: 'Linux',
  node: 'v20',
  networkx: '3.6',
  chromium: 'C',
};
const build = (size: string, stances: number, wholeMs: number) =>
  ({
    size,
    stances,
    wholeMs,
    peakRssMb: 100,
    stagesMs: {},
    stagesCpuMs: {},
    counts: {},
  }) as unknown as BuildResult;

function run(commit: string, date: string, load: number, extra: Partial<BenchResults> = {}): BenchResults {
  return {
    machine: { ...machine, commit },
    date,
    seed: 1,
    loadAverage: { start: load, end: load + 0.5 },
    corpora: [],
    builds: [],
    failures: [],
    ...extra,
  } as unknown as BenchResults;
}

describe('reusing the parts a run skipped', () => {
  const builds = [build('1k', 1000, 700), build('10k', 10_000, 3000)];
  const earlier = run('aaaaaaa', '2026-11-28T10:00:00.000Z', 1.2, {
    builds,
    writersReference: { nodes: 5000 } as BenchResults['writersReference'],
    forceAtlas2: { rows: [], plans: [] } as unknown as BenchResults['forceAtlas2'],
    reused: [{ part: 'browser', commit: 'fffffff', date: '2026-11-27T09:00:00.000Z' }],
    browser: { runs: [] } as unknown as BenchResults['browser'],
  });
  const path = join(scratch, 'earlier.json');
  writeFileSync(path, JSON.stringify(earlier));

  it('takes exactly the skipped parts, each with its origin, a reused one with its first origin', () => {
    const now = run('bbbbbbb', '2026-11-29T10:00:00.000Z', 1.8, {
      forceAtlas2: { rows: [], plans: [{ nodes: 1 }] } as unknown as BenchResults['forceAtlas2'],
    });
    reuseSkippedParts(now, path, new Set(['corpus', 'writers', 'browser']));
    expect(now.builds).toEqual(builds);
    expect(now.writersReference).toEqual({ nodes: 5000 });
    // Measured in this run: kept, even though the earlier file has one too.
    expect(now.forceAtlas2).toEqual({ rows: [], plans: [{ nodes: 1 }] });
    expect(now.writersScale).toBeUndefined();
    expect(now.reused).toEqual([
      {
        part: 'builds',
        commit: 'aaaaaaa',
        date: '2026-11-28T10:00:00.000Z',
        loadAverage: { start: 1.2, end: 1.7 },
        machine: { ...machine, commit: 'aaaaaaa' },
      },
      {
        part: 'writersReference',
        commit: 'aaaaaaa',
        date: '2026-11-28T10:00:00.000Z',
        loadAverage: { start: 1.2, end: 1.7 },
        machine: { ...machine, commit: 'aaaaaaa' },
      },
      { part: 'browser', commit: 'fffffff', date: '2026-11-27T09:00:00.000Z' },
    ]);
  });

  it("captions the chart with the builds' own run when they are reused", () => {
    const now = run('bbbbbbb', '2026-11-29T10:00:00.000Z', 1.8);
    reuseSkippedParts(now, path, new Set(['corpus']));
    expect(chartSvg(now)).toContain(
      'CPU, 2 cores, 24 GB, Node v20; load average 1.2–1.7; 2026-11-28, commit aaaaaaa</text>',
    );
    const fresh = run('bbbbbbb', '2026-11-29T10:00:00.000Z', 1.8, { builds });
    expect(chartSvg(fresh)).toContain(
      'CPU, 2 cores, 24 GB, Node v20; load average 1.8–2.3; 2026-11-29, commit bbbbbbb</text>',
    );
  });
});
