/**
 * The browser part of the bench, in headless Chromium (Debian's, SwiftShader WebGL):
 *   node --import tsx bench/browser/run.ts RESULT_JSON SCRATCH_DIR
 * - the viewer (as `npm run build:web` builds it) and a bare Sigma page on the same graphs: time to
 *   the first frame, and frame times while the camera pans and zooms, alternated and repeated;
 * - graphology-layout-forceatlas2 in its web worker (as the viewer runs it) and synchronously.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { EDGES_PER_NODE } from '../../devkit/graphs/synthetic-graph';
import type { FrameStats, ViewerResults } from '../report/results';
import { measureFrames, viewerCanvasSize, type PageFrames } from './frames';
import { viewerSettingsFor } from '../../web/src/settings/viewer-settings';
import { buildSites, prepareGraph } from './prepare';
import { serveStatic } from './server';
import { CHROMIUM, CHROMIUM_ARGS } from '../../devkit/browser';

const [resultPath, scratchRoot] = process.argv.slice(2);
if (!resultPath || !scratchRoot) throw new Error('usage: run.ts RESULT_JSON SCRATCH_DIR');

const GRAPHS = [
  { nodes: 10_000, edges: 50_000 },
  { nodes: 10_000, edges: 100_000 },
];
const REPEATS = 2;
const MOVE = { steps: 30, budgetMs: 30_000 };

class Skip extends Error {}

const results: ViewerResults = { runs: [], forceAtlas2: [], notes: [] };
const save = () => writeFileSync(resultPath, JSON.stringify(results));
const log = (text: string) => process.stderr.write(`    ${text}\n`);

/** The run with the median mean frame time, so that one disturbed run does not decide. */
function median(runs: PageFrames[]): FrameStats & { meanRenderMs: number } {
  const sorted = [...runs].sort((a, b) => a.meanFrameMs - b.meanFrameMs);
  const { settings: _settings, ...stats } = sorted[Math.floor(sorted.length / 2)]!;
  return stats;
}

const www = join(scratchRoot, 'www');
mkdirSync(www, { recursive: true });
const profile = mkdtempSync(join(tmpdir(), 'stancegraph-bench-chromium-'));
let context: BrowserContext | undefined;
const server = await (async () => {
  log('building the viewer and the bench pages…');
  const sites = buildSites(www);
  if (!sites.viewer) results.notes.push(`viewer not measured: ${sites.viewerError}`);
  for (const g of GRAPHS) prepareGraph(www, g.nodes, g.edges, sites.viewer);
  return { ...(await serveStatic(www)), viewer: sites.viewer };
})();

try {
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 720 },
  });
  const probe = await context.newPage();
  await probe.goto(`${server.url}g-${GRAPHS[0]!.nodes}-${GRAPHS[0]!.edges}/fa2.html`);
  results.renderer = await probe.evaluate(() => {
    const gl = document.createElement('canvas').getContext('webgl2');
    const info = gl?.getExtension('WEBGL_debug_renderer_info');
    return info ? String(gl!.getParameter(info.UNMASKED_RENDERER_WEBGL)) : 'unknown';
  });
  await probe.close();
  save();

  for (const g of GRAPHS) {
    const base = `${server.url}g-${g.nodes}-${g.edges}/`;
    const run: ViewerResults['runs'][number] = { nodes: g.nodes, edges: g.edges };
    results.runs.push(run);
    try {
      const size = server.viewer
        ? await viewerCanvasSize(context, `${base}viewer/index.html`)
        : { width: 1280, height: 720 };
      // The viewer chooses its settings by size; these are the ones it gives a small graph.
      const small = { ...viewerSettingsFor({ nodes: 0, edges: 0 }) };
      const viewerRuns: PageFrames[] = [];
      const smallRuns: PageFrames[] = [];
      const bareRuns: PageFrames[] = [];
      for (let i = 0; i < REPEATS; i++) {
        // Alternate, so that a disturbance of the machine hits all alike.
        if (server.viewer) {
          viewerRuns.push(await measureFrames(context, `${base}viewer/index.html`, MOVE));
          smallRuns.push(await measureFrames(context, `${base}viewer/index.html`, { ...MOVE, apply: small }));
        }
        bareRuns.push(
          await measureFrames(context, `${base}bare.html?width=${size.width}&height=${size.height}`, MOVE),
        );
        const f = (r: PageFrames | undefined) => r?.meanFrameMs.toFixed(1) ?? '–';
        log(
          `${g.nodes} nodes, ${g.edges} edges, round ${i + 1}: viewer ${f(viewerRuns.at(-1))}, viewer with a small graph's settings ${f(smallRuns.at(-1))}, bare Sigma ${f(bareRuns.at(-1))} ms per frame`,
        );
      }
      if (viewerRuns.length) {
        run.viewer = median(viewerRuns);
        run.viewerSettings = viewerRuns[0]!.settings;
        run.viewerSmallSettings = median(smallRuns);
        run.smallSettings = small;
      }
      run.bareSigma = median(bareRuns);
    } catch (error) {
      run.error = (error as Error).message.split('\n')[0];
    }
    save();
  }

  // ForceAtlas2 in the browser: the worker for a few seconds per case, or at least one answer.
  if (process.argv.includes('--no-forceatlas2')) throw new Skip();
  const page = await context.newPage();
  await page.goto(`${server.url}g-${GRAPHS[0]!.nodes}-${GRAPHS[0]!.edges}/fa2.html`);
  await page.waitForFunction(() => document.body.dataset.ready === 'true');
  for (const nodes of [1000, 10_000, 50_000]) {
    for (const barnesHut of [true, false]) {
      const timed = await page.evaluate(
        ([n, bh]) =>
          (
            window as unknown as {
              fa2InWorker: (
                n: number,
                bh: boolean,
                ms: number,
              ) => Promise<{ iterations: number; ms: number }>;
            }
          ).fa2InWorker(n, bh, 3000),
        [nodes, barnesHut] as const,
      );
      results.forceAtlas2.push({
        nodes,
        edges: nodes * EDGES_PER_NODE,
        implementation: 'graphology worker (Chromium)',
        barnesHut,
        iterations: timed.iterations,
        msPerIteration: Math.round((timed.ms / timed.iterations) * 10) / 10,
      });
      log(
        `ForceAtlas2 worker, ${nodes} nodes, Barnes–Hut ${barnesHut}: ${results.forceAtlas2.at(-1)!.msPerIteration} ms/iteration`,
      );
      save();
    }
  }
  await page.close();
} catch (error) {
  if (!(error instanceof Skip)) throw error;
} finally {
  await context?.close();
  rmSync(profile, { recursive: true, force: true });
  await server.stop();
  save();
}
