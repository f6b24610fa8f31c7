/** The machine and tools a run was measured with, for results.json and the README. */
import { execFileSync } from 'node:child_process';
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
}

function quiet(command: string, args: string[]): string | undefined {
  try {
    return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
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
  const commit = quiet('git', ['rev-parse', '--short', 'HEAD']);
  if (commit) machine.commit = commit;
  return machine;
}

/** The 1-minute load average: other work on the machine shows in every figure, so it is recorded. */
export const load = () => Math.round(loadavg()[0]! * 100) / 100;
