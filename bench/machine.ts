/** The machine, tools and source a run was measured with, for results.json and the README. */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpus, loadavg, totalmem, type as osType, release } from 'node:os';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGb: number;
  os: string;
  node: string;
  networkx?: string;
  chromium?: string;
  commit?: string;
  /**
   * Whether the working tree differed from the commit (changes to tracked files, or files git does
   * not ignore and does not track): the figures then belong to the commit plus those changes.
   */
  dirty?: boolean;
  /** SHA-256 of `git diff HEAD` when dirty: which uncommitted changes, without storing them. */
  diffSha256?: string;
  /** Files neither tracked nor ignored when dirty (not in `git diff HEAD`). */
  untracked?: number;
}

function quiet(command: string, args: string[], trim = true): string | undefined {
  try {
    const out = execFileSync(command, args, {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 256 * 1024 * 1024,
    });
    return trim ? out.trim() : out;
  } catch {
    return undefined;
  }
}

/** The commit, and whether (and how) the working tree differs from it. */
export function describeSource(
  git: (args: string[]) => string | undefined = (args) => quiet('git', args, false),
): Pick<Machine, 'commit' | 'dirty' | 'diffSha256' | 'untracked'> {
  const commit = git(['rev-parse', '--short', 'HEAD'])?.trim();
  if (!commit) return {};
  const status = git(['status', '--porcelain']) ?? '';
  if (status.trim() === '') return { commit, dirty: false };
  const diff = git(['diff', 'HEAD', '--binary']) ?? '';
  const untracked = status.split('\n').filter((line) => line.startsWith('??')).length;
  return {
    commit,
    dirty: true,
    diffSha256: createHash('sha256').update(diff).digest('hex'),
    untracked,
  };
}

export function describeMachine(): Machine {
  const machine: Machine = {
    cpu: cpus()[0]?.model.replace(/\s+/g, ' ').trim() ?? 'unknown',
    cores: cpus().length,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    os: `${osType()} ${release()}`,
    node: process.version,
  };
  const networkx = quiet('python3', ['-c', 'import networkx; print(networkx.__version__)']);
  if (networkx) machine.networkx = networkx;
  const chromium = quiet('/usr/bin/chromium', ['--version']);
  if (chromium) machine.chromium = chromium;
  return { ...machine, ...describeSource() };
}

/** The 1-minute load average: other work on the machine shows in every figure, so it is recorded. */
export const load = () => Math.round(loadavg()[0]! * 100) / 100;
