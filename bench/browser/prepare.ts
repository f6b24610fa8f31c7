/**
 * The static files the browser bench serves: the viewer as `npm run build:web` builds it, the
 * bench's own pages (bare Sigma, ForceAtlas2), and for each test graph a folder holding both pages
 * and that graph.json, so that every page fetches ./graph.json as the viewer does.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { computeLayout } from '../../src/core/layout';
import { graphJsonChunks } from '../../src/core/write';
import { writeChunksSync } from '../../src/node/publish';
import { writerTestGraph } from '../baselines/synthetic-multigraph';

const ROOT = join(import.meta.dirname, '../..');
const VITE = join(ROOT, 'node_modules/vite/bin/vite.js');

function run(args: string[], what: string): void {
  const result = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0)
    throw new Error(`${what} failed: ${(result.stderr || result.stdout).trim().slice(-800)}`);
}

export interface TestGraph {
  nodes: number;
  edges: number;
  folder: string;
}

/** Builds the viewer and the bench pages under `www`; returns whether the viewer could be built. */
export function buildSites(www: string): { viewer: boolean; viewerError?: string } {
  run(
    [
      VITE,
      'build',
      '--config',
      join(import.meta.dirname, 'vite.config.ts'),
      '--outDir',
      join(www, 'bench-pages'),
    ],
    'vite build of the bench pages',
  );
  try {
    // The viewer's build copies the build's graph.json in; build the seed graph first if there is none.
    if (!existsSync(join(ROOT, 'dist', 'graph.json'))) {
      run([join(ROOT, 'src/node/compile.mjs'), '--no-types'], 'compiling the command line');
      run(
        [join(ROOT, 'lib/cli.js'), 'build', 'graph-data', '--out', 'dist'],
        'stancegraph build of the seed',
      );
    }
    run(
      [
        VITE,
        'build',
        '--config',
        join(ROOT, 'web/vite.config.ts'),
        '--outDir',
        join(www, 'viewer'),
        '--emptyOutDir',
        '--logLevel',
        'warn',
      ],
      'vite build of the viewer',
    );
    return { viewer: true };
  } catch (error) {
    return { viewer: false, viewerError: (error as Error).message };
  }
}

/** A corpus-shaped graph laid out by the build's ForceAtlas2, with both pages beside its graph.json. */
export function prepareGraph(www: string, nodes: number, edges: number, withViewer: boolean): TestGraph {
  const folder = join(www, `g-${nodes}-${edges}`);
  mkdirSync(folder, { recursive: true });
  const graph = writerTestGraph(nodes, edges, 3);
  for (const [node, position] of computeLayout(graph, { seed: 1 })) graph.mergeNodeAttributes(node, position);
  writeChunksSync(join(folder, 'graph.json'), graphJsonChunks(graph));
  cpSync(join(www, 'bench-pages'), folder, { recursive: true });
  if (withViewer)
    cpSync(join(www, 'viewer'), join(folder, 'viewer'), {
      recursive: true,
      filter: (src) => !src.endsWith('graph.json') && !src.endsWith('graph.gexf'),
    });
  if (withViewer) cpSync(join(folder, 'graph.json'), join(folder, 'viewer', 'graph.json'));
  return { nodes, edges, folder };
}
