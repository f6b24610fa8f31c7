/** networkx's write_gexf on a graph.json, in python3 (bench/baselines/networkx_write_gexf.py). */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Measured } from './measure';

export interface NetworkxResult extends Measured {
  /** Loading the JSON into a MultiDiGraph, not timed as writing. */
  loadMs?: number;
  networkx?: string;
}

/**
 * networkx's write_gexf to a file, `rounds` times (as many as our writer's to-file runs), timed
 * inside the Python script; the median is reported. A failure (no python3, no networkx) is an
 * error in the results, which the goal reports as ERROR, never as a pass or a skip.
 */
export function networkxWriteGexf(graphJson: string, scratchFile: string, rounds = 1): NetworkxResult {
  const python = spawnSync(
    'python3',
    [join(import.meta.dirname, 'networkx_write_gexf.py'), graphJson, scratchFile, String(rounds)],
    { encoding: 'utf8', maxBuffer: 1 << 20 },
  );
  rmSync(scratchFile, { force: true });
  if (python.error)
    return { error: `python3 could not run (${python.error.message}): install python3 and networkx 3` };
  if (python.status !== 0) {
    const last = python.stderr.trim().split('\n').pop() ?? '';
    const hint = /No module named 'networkx'/.test(last)
      ? " (install with: python3 -m pip install 'networkx>=3')"
      : '';
    return { error: `python3 exited with ${python.status ?? python.signal}: ${last}${hint}` };
  }
  return JSON.parse(python.stdout.trim().split('\n').pop()!) as NetworkxResult;
}
