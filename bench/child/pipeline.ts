/**
 * One corpus size, in its own process (so that its peak memory is its own): the real build
 * (`runBuild`, as `stancegraph build` runs it) with per-stage times, the whole process's time and
 * peak resident set up to the end of the build; then, on the same graph, the writers side by side.
 *
 * Usage: node --import tsx bench/child/pipeline.ts CORPUS OUT RESULT_JSON [--rounds N] [--networkx]
 */
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runBuild } from '../../src/output';
import { compareWriters } from '../baselines/graph-writers';
import { maxRssMb, type Measured } from '../baselines/measure';

const [corpus, out, resultPath] = process.argv.slice(2);
if (!corpus || !out || !resultPath)
  throw new Error('usage: pipeline.ts CORPUS OUT RESULT_JSON [--rounds N] [--networkx]');
const roundsArg = process.argv.indexOf('--rounds');
const rounds = roundsArg === -1 ? 1 : Number(process.argv[roundsArg + 1]);

const gc = (globalThis as { gc?: () => void }).gc;
const run = runBuild({
  dataDir: corpus,
  outDir: out,
  seed: 1,
  onStage: (stage, ms) => {
    // With --expose-gc (memory probes only): the live heap after each stage.
    gc?.();
    const heap = Math.round(process.memoryUsage().heapUsed / 1e6);
    process.stderr.write(`  ${stage} ${ms} ms, heap ${heap} MB, peak RSS ${maxRssMb()} MB\n`);
  },
});
// Whole process: from node's start (tsx loading included, as for the command line) to the published files.
const wholeMs = Math.round(performance.now());
const peakRssMb = maxRssMb();
if (!run.graph || !run.files || !run.validation.dataset) {
  const first = run.validation.diagnostics.slice(0, 5).map((d) => `${d.file}:${d.line}: ${d.message}`);
  throw new Error(`the corpus did not validate: ${run.validation.errors} errors\n${first.join('\n')}`);
}
const d = run.validation.dataset;
const result: Record<string, unknown> = {
  counts: {
    stances: d.stances.length,
    relations: d.relations.length,
    entities: d.entities.length,
    sources: d.sources.length,
    nodes: run.graph.order,
    edges: run.graph.size,
    warnings: run.validation.warnings,
  },
  stagesMs: run.timings,
  wholeMs,
  peakRssMb,
  files: run.files,
  heapLimitMb: Math.round((await import('node:v8')).getHeapStatistics().heap_size_limit / 1e6),
};
writeFileSync(resultPath, JSON.stringify(result));

result.writers = compareWriters(run.graph, rounds);
writeFileSync(resultPath, JSON.stringify(result));

if (process.argv.includes('--networkx')) {
  const gexf = join(out, '..', `networkx-${process.pid}.gexf`);
  const python = spawnSync(
    'python3',
    [join(import.meta.dirname, '../baselines/networkx_write_gexf.py'), join(out, 'graph.json'), gexf],
    { encoding: 'utf8', maxBuffer: 1 << 20 },
  );
  rmSync(gexf, { force: true });
  const networkx: Measured & { loadMs?: number } =
    python.status === 0
      ? (JSON.parse(python.stdout.trim().split('\n').pop()!) as Measured)
      : {
          error: `python3 exited with ${python.status ?? python.signal}: ${python.stderr.trim().split('\n').pop()}`,
        };
  result.networkx = networkx;
  writeFileSync(resultPath, JSON.stringify(result));
}
