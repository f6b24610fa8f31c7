/**
 * A data folder of 32 MB and more: the command starts itself again with the memory plan's Node
 * flags (a larger young generation), answers as it does for a small folder, and passes on the
 * signals that stop it, so that no build goes on alone. Linux: the processes are read in /proc.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const BIN = join(process.cwd(), 'lib/cli.js');
const root = mkdtempSync(join(tmpdir(), 'stancegraph-restart-'));
const padded = join(root, 'data');
cpSync('graph-data', padded, { recursive: true });
// Not a data file (the command reads .yaml files and the texts they name), but bytes of the folder.
writeFileSync(join(padded, 'padding.bin'), Buffer.alloc(32 * 2 ** 20));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The command line of each child process of `pid`. */
function childrenOf(pid: number): { pid: number; args: string[] }[] {
  const found: { pid: number; args: string[] }[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The parent's pid is the 4th field, after the name in parentheses (which may hold spaces).
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid !== pid) continue;
      const args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').filter(Boolean);
      found.push({ pid: Number(entry), args });
    } catch {
      // Gone meanwhile.
    }
  }
  return found;
}

async function waitFor<T>(probe: () => T | undefined, timeoutMs: number): Promise<T | undefined> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    const value = probe();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return undefined;
}

/** Gone: no such process, or a zombie that has ended and waits to be reaped. */
function gone(pid: number): true | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z') ? true : undefined;
  } catch {
    return true;
  }
}

const restarted = (pid: number) =>
  childrenOf(pid).find((c) => c.args.includes(BIN) && c.args.includes('--max-semi-space-size=64'));

describe('a data folder of 32 MB and more', () => {
  it('is validated by the command started again with a 64 MB semi-space, with the same answer', async () => {
    const child = spawn(process.execPath, [BIN, 'validate', padded], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.on('data', (data: Buffer) => (stdout += data.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    const again = await waitFor(() => restarted(child.pid!), 10_000);
    expect(again?.args.slice(1, 2)).toEqual(['--max-semi-space-size=64']);
    expect(await exited).toBe(0);
    const small = spawnSync(process.execPath, [BIN, 'validate', 'graph-data'], { encoding: 'utf8' });
    expect(stdout.replaceAll(padded, 'graph-data')).toBe(small.stdout);
  });

  it.each(['SIGTERM', 'SIGINT', 'SIGHUP'] as const)(
    'passes %s on to the command started again, which stops with it',
    async (signal) => {
      const out = join(root, `dist-${signal}`);
      const child = spawn(process.execPath, [BIN, 'build', padded, '--out', out], { stdio: 'ignore' });
      const exited = new Promise<[number | null, string | null]>((resolve) =>
        child.on('exit', (code, sig) => resolve([code, sig])),
      );
      const again = await waitFor(() => restarted(child.pid!), 10_000);
      expect(again).toBeDefined();
      process.kill(child.pid!, signal);
      const [code] = await exited;
      // As a shell reports a command ended by a signal: 128 + its number.
      expect(code).toBe(128 + { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 }[signal]);
      expect(await waitFor(() => gone(again!.pid), 5_000)).toBe(true);
      expect(existsSync(join(out, 'manifest.json'))).toBe(false);
    },
  );
});
