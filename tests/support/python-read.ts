/** Runs tests/support/python-read.py: a CSV as Python's csv module reads it, a GraphML file as networkx does. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SCRIPT = join(import.meta.dirname, 'python-read.py');

function read(kind: 'csv' | 'graphml', text: string): unknown {
  const dir = mkdtempSync(join(tmpdir(), 'py-read-'));
  try {
    const file = join(dir, `file.${kind}`);
    writeFileSync(file, text, 'utf8');
    const run = spawnSync('python3', [SCRIPT, kind, file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (run.error) throw new Error(`python3 could not run: ${run.error.message}`);
    if (run.status !== 0) throw new Error(`python3 could not read the ${kind}:\n${run.stderr}`);
    return JSON.parse(run.stdout);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const readCsvWithPython = (text: string) =>
  read('csv', text) as { header: string[]; rows: Record<string, string>[] };

export const readGraphmlWithNetworkx = (text: string) =>
  read('graphml', text) as {
    graph: Record<string, unknown>;
    directed: boolean;
    nodes: { id: string; data: Record<string, unknown> }[];
    edges: { source: string; target: string; data: Record<string, unknown> }[];
  };
