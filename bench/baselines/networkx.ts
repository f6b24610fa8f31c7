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

export function networkxWriteGexf(graphJson: string, scratchFile: string): NetworkxResult {
  const python = spawnSync(
    'python3',
    [join(import.meta.dirname, 'networkx_write_gexf.py'), graphJson, scratchFile],
    { encoding: 'utf8', maxBuffer: 1 << 20 },
  );
  rmSync(scratchFile, { force: true });
  if (python.status !== 0) {
    const last = python.stderr.trim().split('\n').pop() ?? '';
    return { error: `python3 exited with ${python.status ?? python.signal}: ${last}` };
  }
  return JSON.parse(python.stdout.trim().split('\n').pop()!) as NetworkxResult;
}
