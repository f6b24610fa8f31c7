/**
 * Where each figure comes from: the commit and whether the working tree differed from it (with the
 * hash of `git diff HEAD`), the command of the run, and for each part reused from an earlier run the
 * machine and source that part was measured with, kept through further reuse.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { describeMachine, describeSource, type Machine } from '../machine';
import { chartSvg } from './chart';
import type { BenchResults } from './results';
import { reusedLine, reuseSkippedParts } from './reuse';

const scratch = mkdtempSync(join(tmpdir(), 'stancegraph-provenance-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A git that answers from a table, as `git` would in a working tree. */
const fakeGit = (answers: Record<string, string>) => (args: string[]) => answers[args.join(' ')];

describe('the source of a run', () => {
  it('is the commit alone when the working tree is clean', () => {
    expect(
      describeSource(fakeGit({ 'rev-parse --short HEAD': 'abc1234\n', 'status --porcelain': '' })),
    ).toEqual({
      commit: 'abc1234',
      dirty: false,
    });
  });

  it('is the commit, dirty, with the hash of git diff HEAD and the untracked files, when it is not', () => {
    const diff = 'diff --git a/x b/x\n-old\n+new\n';
    expect(
      describeSource(
        fakeGit({
          'rev-parse --short HEAD': 'abc1234\n',
          'status --porcelain': ' M src/x.ts\n?? notes.txt\n?? tmp/\n',
          'diff HEAD --binary': diff,
        }),
      ),
    ).toEqual({
      commit: 'abc1234',
      dirty: true,
      diffSha256: createHash('sha256').update(diff).digest('hex'),
      untracked: 2,
    });
  });

  it('is recorded in the machine of a real run (this working tree)', () => {
    const m = describeMachine();
    expect(m.commit).toMatch(/^[0-9a-f]{7,}$/);
    expect(typeof m.dirty).toBe('boolean');
    if (m.dirty) expect(m.diffSha256).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('reused parts', () => {
  const earlierMachine: Machine = {
    cpu: 'Old CPU',
    cores: 8,
    memoryGb: 64,
    os: 'Linux',
    node: 'v20',
    commit: 'aaaaaaa',
    dirty: true,
    diffSha256: 'd'.repeat(64),
    untracked: 0,
  };
  const run = (machine: Machine, date: string, extra: Partial<BenchResults> = {}): BenchResults => ({
    machine,
    command: 'npm run bench -- --size 1k',
    date,
    seed: 1,
    loadAverage: { start: 1 },
    corpora: [],
    builds: [],
    failures: [],
    ...extra,
  });

  it('keep the machine and source they were measured with, through a second reuse', () => {
    const first = join(scratch, 'first.json');
    writeFileSync(
      first,
      JSON.stringify(
        run(earlierMachine, '2026-11-28T10:00:00.000Z', { forceAtlas2: { rows: [], plans: [] } }),
      ),
    );
    const now: Machine = { ...earlierMachine, cpu: 'New CPU', cores: 2, commit: 'bbbbbbb', dirty: false };
    const second = run(now, '2026-11-29T10:00:00.000Z');
    reuseSkippedParts(second, first, new Set(['layout']));
    expect(second.reused).toEqual([
      {
        part: 'forceAtlas2',
        commit: 'aaaaaaa',
        date: '2026-11-28T10:00:00.000Z',
        loadAverage: { start: 1 },
        machine: earlierMachine,
        command: 'npm run bench -- --size 1k',
      },
    ]);
    const secondPath = join(scratch, 'second.json');
    writeFileSync(secondPath, JSON.stringify(second));
    const third = run({ ...now, commit: 'ccccccc' }, '2026-11-30T10:00:00.000Z');
    reuseSkippedParts(third, secondPath, new Set(['layout']));
    expect(third.reused).toEqual(second.reused);
    expect(reusedLine(third)).toBe(
      'Reused from earlier runs: forceAtlas2 (commit aaaaaaa + uncommitted changes dddddddddddd, 2026-11-28, Old CPU, 8 cores)',
    );
  });

  it('say so when an older results file did not record the machine', () => {
    const r = run(earlierMachine, '2026-11-30T10:00:00.000Z', {
      reused: [{ part: 'browser', commit: 'fffffff', date: '2026-11-27T09:00:00.000Z' }],
    });
    expect(reusedLine(r)).toBe(
      'Reused from earlier runs: browser (commit fffffff, working tree not recorded, 2026-11-27, machine not recorded)',
    );
  });

  it("caption the chart with the reused builds' own machine and source", () => {
    const r = run(
      { ...earlierMachine, cpu: 'New CPU', commit: 'bbbbbbb', dirty: false },
      '2026-11-30T10:00:00.000Z',
      {
        builds: [],
        reused: [
          { part: 'builds', commit: 'aaaaaaa', date: '2026-11-28T10:00:00.000Z', machine: earlierMachine },
        ],
      },
    );
    expect(chartSvg(r)).toContain(
      'Old CPU, 8 cores, 64 GB, Node v20; 2026-11-28, commit aaaaaaa + uncommitted changes</text>',
    );
  });
});
