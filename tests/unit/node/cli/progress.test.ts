/** Progress of long commands: JSON lines for scripts, a rewritten line on a terminal, nothing when piped. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { progressLine, progressListener, progressMode } from '../../../../src/node/cli/progress';

const root = mkdtempSync(join(tmpdir(), 'stancegraph-progress-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const cli = (...args: string[]) => spawnSync(process.execPath, ['lib/cli.js', ...args], { encoding: 'utf8' });

describe('--progress json', () => {
  it('writes one JSON event per line on stderr: every stage started and ended, in the pipeline order', () => {
    const run = cli('build', 'graph-data', '--out', join(root, 'out'), '--progress', 'json');
    expect(run.status).toBe(0);
    const events = run.stderr
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    const bounds = events.filter((e) => e.type !== 'progress').map((e) => `${e.type} ${e.stage}`);
    expect(bounds).toEqual([
      'start read',
      'end read',
      'start validate',
      'end validate',
      'start build',
      'end build',
      'start metrics',
      'start layout',
      'end layout',
      'end metrics',
      'start style',
      'end style',
      'start analyse',
      'end analyse',
      'start write',
      'end write',
    ]);
    const layout = events.filter((e) => e.type === 'progress' && e.stage === 'layout');
    expect(layout.at(-1)).toEqual({
      type: 'progress',
      stage: 'layout',
      done: 600,
      total: 600,
      unit: 'iterations',
    });
    expect(events.filter((e) => e.type === 'progress' && e.stage === 'write').map((e) => e.done)).toEqual([
      1, 2, 3, 4, 5, 6,
    ]);
    expect(run.stdout).toMatch(/^Built 21 nodes and 42 edges/);
  });

  it('stops at the stage a command needs: validate ends after validation', () => {
    const run = cli('validate', 'graph-data', '--progress', 'json');
    const stages = run.stderr
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line).stage);
    expect([...new Set(stages)]).toEqual(['read', 'validate']);
  });

  it('refuses a mode it does not know, naming the ones it does', () => {
    const run = cli('build', 'graph-data', '--progress', 'bar');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--progress expects tty, json or none, found "bar"');
  });
});

describe('progress on a terminal', () => {
  it('is shown on a terminal, not when piped, and never with --quiet', () => {
    expect(progressMode(undefined, false, { write: () => 0, isTTY: true })).toBe('tty');
    expect(progressMode(undefined, false, { write: () => 0, isTTY: false })).toBe('none');
    expect(progressMode(undefined, true, { write: () => 0, isTTY: true })).toBe('none');
    expect(progressMode('json', true, { write: () => 0 })).toBe('json');
    const piped = cli('build', 'graph-data', '--out', join(root, 'piped'));
    expect(piped.stderr).toBe('');
  });

  it('says the stage, the count, the percent and the time left', () => {
    expect(progressLine('layout', 150, 600, 'iterations', 3000)).toBe(
      'layout   150 of 600 iterations  25%  about 9.0 s left',
    );
    expect(progressLine('read', 12_000, 12_000, 'files', 42_000)).toBe(
      'read     12,000 of 12,000 files  100%',
    );
  });

  it('rewrites one line in place and leaves a line per finished stage', () => {
    let text = '';
    const listen = progressListener('tty', { write: (t: string) => (text += t), isTTY: true })!;
    listen({ type: 'start', stage: 'layout' });
    listen({ type: 'progress', stage: 'layout', done: 300, total: 600, unit: 'iterations' });
    listen({ type: 'end', stage: 'layout', ms: 1234 });
    expect(text.startsWith('layout…\r\x1b[2Klayout   300 of 600 iterations  50%')).toBe(true);
    expect(text.endsWith('\r\x1b[2Klayout   done in 1.2 s\n')).toBe(true);
  });
});
