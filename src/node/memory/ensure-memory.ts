/**
 * Before reading a data folder: is there memory enough? A corpus too large for the machine stops
 * here with a message; one too large for Node's default heap starts the command again, once, with a
 * larger heap (Node cannot raise its limit once running), and a large one with a larger young
 * generation (see LARGE_INPUT_BYTES). Called as a library (tests, scripts), the caller owns the
 * heap: only a too-large corpus is refused.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { constants } from 'node:os';
import { folderBytes, planMemory } from './memory-plan';
import type { Output } from '../cli/report';

const PLANNED = 'STANCEGRAPH_HEAP_PLANNED';

/**
 * Signals passed on to the command started again, so that stopping the command (`kill`, `timeout`,
 * a closed terminal) stops the build that does the work. SIGKILL cannot be passed on: the build
 * started runs to its end then, and publishes atomically as any build does.
 */
const FORWARDED = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * An exit code when the command has been run (again) or refused; undefined to go on here. `script`
 * is the command's own file, started again with more memory; without it, the caller owns the heap.
 */
export async function ensureMemory(
  command: string,
  dir: string,
  io: Output,
  script?: string,
): Promise<number | undefined> {
  if (process.env[PLANNED]) return undefined;
  const plan = planMemory(folderBytes(dir));
  if (plan.action === 'too-large') {
    io.err(`stancegraph ${command}: ${plan.message}`);
    return 1;
  }
  if (plan.nodeFlags.length === 0) return undefined;
  if (!script) return undefined;
  // Listening before the start, so that a signal cannot fall between the start and the listening.
  const forward: { child?: ChildProcess; early?: NodeJS.Signals } = {};
  const pass = (signal: NodeJS.Signals) =>
    forward.child ? forward.child.kill(signal) : (forward.early = signal);
  for (const signal of FORWARDED) process.on(signal, pass);
  // Flags the person gave Node themselves come after ours, so theirs win.
  const child = spawn(
    process.execPath,
    [...plan.nodeFlags, ...process.execArgv, script, ...process.argv.slice(2)],
    { stdio: 'inherit', env: { ...process.env, [PLANNED]: plan.nodeFlags.join(' ') } },
  );
  forward.child = child;
  if (forward.early) child.kill(forward.early);
  try {
    return await new Promise<number>((resolve) => {
      child.on('error', (error) => {
        io.err(
          `stancegraph ${command}: could not start Node again with ${plan.nodeFlags.join(' ')}: ${error.message}`,
        );
        resolve(1);
      });
      // As a shell reports it: a command ended by a signal exits with 128 + its number.
      child.on('exit', (code, signal) => resolve(code ?? 128 + (signal ? constants.signals[signal] : 0)));
    });
  } finally {
    for (const signal of FORWARDED) process.off(signal, pass);
  }
}
