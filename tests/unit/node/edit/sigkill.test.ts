/**
 * A save killed at any moment (SIGKILL: no handler, no cleanup) leaves the old file or the new one,
 * never a torn one. A child saves in a loop; it is killed at a random point of a save, again and
 * again, and after each kill the file parses and is exactly one of its two versions. Through the
 * whole editor (read, validate, write, log), and through the atomic write alone on a larger file,
 * whose write takes longer and is hit more often.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { applyRecordEdits, layoutOf, prepareRecord } from '../../../../src/node/edit';
import { seedCopy } from '../../../support/live-server';
import { validateFolder } from '../../../support/pipeline';

const CHILD = 'tests/support/save-loop-child.mjs';
const ARTICLE = 'articles/000_05cd6d67e97d83d5.yaml';
const RECORD = 'russia-sees-shield-as-threat';
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/**
 * Starts the child, lets it save a few times, then kills it at a random point between two saves
 * (a random share of the last save's duration after one ends). Resolves once it is dead.
 */
function killMidSave(args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CHILD, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    const wanted = 2 + Math.floor(Math.random() * 3);
    let saves = 0;
    let last = 0;
    let interval = 0;
    let killing = false;
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (text: string) => {
      const now = performance.now();
      saves += text.split('\n').filter((l) => l.startsWith('saved')).length;
      if (last > 0) interval = now - last;
      last = now;
      if (saves < wanted || killing) return;
      killing = true;
      setTimeout(() => child.kill('SIGKILL'), Math.random() * interval);
    });
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      signal === 'SIGKILL' ? resolve(saves) : reject(new Error(`child exited ${code}`)),
    );
  });
}

describe('a save killed with SIGKILL', () => {
  it(
    'through the editor leaves the old file or the new one, over 50 kills',
    { timeout: 600_000 },
    async () => {
      // Two folders, a child on each at once: the machine's two cores, half the wait.
      const folders = [seedCopy('stancegraph-sigkill-'), seedCopy('stancegraph-sigkill-')];
      dirs.push(...folders);
      const plain = readFileSync(join(folders[0]!, ARTICLE), 'utf8');
      const old = layoutOf(plain).records.find((r) => r.id === RECORD)!.value as Record<string, unknown>;
      const hedged = applyRecordEdits(plain, [
        {
          type: 'replace',
          id: RECORD,
          section: 'stances',
          record: prepareRecord('stances', { ...old, hedged: true }, old),
        },
      ]).text;
      const seen = new Set<string>();
      for (let round = 0; round < 25; round++) {
        await Promise.all(folders.map((dir) => killMidSave(['editor', dir, RECORD])));
        for (const dir of folders) {
          const now = readFileSync(join(dir, ARTICLE), 'utf8');
          expect(parseDocument(now).errors).toEqual([]);
          expect([plain, hedged], `after round ${round + 1}`).toContain(now);
          seen.add(now === plain ? 'old' : 'new');
        }
      }
      // Both versions were left by some kill: the kills fell at different points.
      expect(seen).toEqual(new Set(['old', 'new']));
      for (const dir of folders) {
        // Temporary files a kill left behind are hidden: the folder reads as before.
        expect(readdirSync(join(dir, 'articles')).filter((n) => !n.startsWith('.'))).toEqual([
          '000_05cd6d67e97d83d5.yaml',
        ]);
        expect(validateFolder(dir).errors).toBe(0);
      }
    },
  );

  it('in the atomic write of a large file leaves one of its two versions', { timeout: 600_000 }, async () => {
    const dir = seedCopy('stancegraph-sigkill-');
    dirs.push(dir);
    const path = join(dir, ARTICLE);
    const base = readFileSync(path, 'utf8');
    const versions = ['a', 'b'].map((v) => `${base}${`# padding ${v} ${'x'.repeat(100)}\n`.repeat(40_000)}`);
    versions.forEach((text, i) => writeFileSync(join(dir, `.version-${i}`), text));
    // Two children on two files at once, ten kills each.
    const paths = [path, join(dir, 'articles', 'copy.yaml')];
    writeFileSync(paths[1]!, versions[0]!);
    for (let round = 0; round < 10; round++) {
      await Promise.all(
        paths.map((file) => killMidSave(['atomic', file, join(dir, '.version-0'), join(dir, '.version-1')])),
      );
      for (const file of paths) {
        const now = readFileSync(file, 'utf8');
        expect(now === versions[0] || now === versions[1], `after round ${round + 1}`).toBe(true);
      }
    }
  });
});
