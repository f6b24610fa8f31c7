/**
 * Before reading a data folder: is there memory enough? A corpus too large for the machine stops
 * here with a message; one too large for Node's default heap starts the command again, once, with a
 * larger heap (Node cannot raise its limit once running), and a large one with a larger young
 * generation (see LARGE_INPUT_BYTES). Called as a library (tests, scripts), the
 * caller owns the heap: only a too-large corpus is refused.
 */
import { spawnSync } from 'node:child_process';
import { folderBytes, planMemory } from '../load';
import type { Output } from './report';

const PLANNED = 'STANCEGRAPH_HEAP_PLANNED';

/** An exit code when the command has been run (again) or refused; undefined to go on here. */
export function ensureMemory(command: string, dir: string, io: Output): number | undefined {
  if (process.env[PLANNED]) return undefined;
  const plan = planMemory(folderBytes(dir));
  if (plan.action === 'too-large') {
    io.err(`stancegraph ${command}: ${plan.message}`);
    return 1;
  }
  if (plan.nodeFlags.length === 0) return undefined;
  const script = process.argv[1];
  if (!script || !/bin\.js$/.test(script)) return undefined;
  // Flags the person gave Node themselves come after ours, so theirs win.
  const run = spawnSync(
    process.execPath,
    [...plan.nodeFlags, ...process.execArgv, script, ...process.argv.slice(2)],
    { stdio: 'inherit', env: { ...process.env, [PLANNED]: plan.nodeFlags.join(' ') } },
  );
  return run.status ?? 1;
}
