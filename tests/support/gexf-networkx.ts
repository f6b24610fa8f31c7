/** Runs tests/support/gexf-networkx-read.py on GEXF text: what networkx 3.x reads back. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PYTHON_NETWORKX } from './system-tools';

export interface NetworkxElement {
  data: Record<string, unknown>;
  types: Record<string, string>;
  lists: Record<string, string[]>;
}

export interface NetworkxRead {
  graph: { class: string; directed: boolean; multigraph: boolean; mode: string };
  declared: Record<'node' | 'edge', Record<string, { title: string; type: string }>>;
  nodes: (NetworkxElement & { id: string })[];
  edges: (NetworkxElement & { source: string; target: string; key: string | null })[];
}

const SCRIPT = join(import.meta.dirname, 'gexf-networkx-read.py');

export function readWithNetworkx(xml: string): NetworkxRead {
  const dir = mkdtempSync(join(tmpdir(), 'gexf-nx-'));
  try {
    const file = join(dir, 'graph.gexf');
    writeFileSync(file, xml, 'utf8');
    const run = spawnSync('python3', [SCRIPT, file], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    if (run.error)
      throw new Error(
        `python3 could not run: ${run.error.message}. Install python3 and ${PYTHON_NETWORKX.install}`,
      );
    if (/ModuleNotFoundError: No module named 'networkx'/.test(run.stderr))
      throw new Error(`${PYTHON_NETWORKX.binary} missing. Install with: ${PYTHON_NETWORKX.install}`);
    if (run.status !== 0) throw new Error(`networkx could not read the GEXF:\n${run.stderr}`);
    return JSON.parse(run.stdout) as NetworkxRead;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
