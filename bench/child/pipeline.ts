/**
 * One corpus size, in its own process (so that its peak memory is its own): the real build
 * (`buildFolder`, as `stancegraph build` runs it) with per-stage wall and CPU times, the whole process's
 * time and peak resident set up to the end of the build; then, on the same graph, the writers side
 * by side (and networkx on the graph.json the build wrote).
 *
 * Usage: node --import tsx bench/child/pipeline.ts CORPUS OUT RESULT_JSON [--rounds N] [--networkx]
 *        [--no-writers] [--no-analysis]
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getHeapStatistics } from 'node:v8';
import { buildFolder } from '../../src/node/publish';
import { V8_MAX_STRING_LENGTH } from '../../src/core/util';
import { compareWriters } from '../baselines/graph-writers';
import { maxRssMb } from '../baselines/measure';
import { networkxWriteGexf } from '../baselines/networkx';

const args = process.argv.slice(2);
const [corpus, out, resultPath] = args;
if (!corpus || !out || !resultPath) throw new Error('usage: pipeline.ts CORPUS OUT RESULT_JSON [options]');
const roundsAt = args.indexOf('--rounds');
const rounds = roundsAt === -1 ? 1 : Number(args[roundsAt + 1]);

const cpuMs: Record<string, number> = {};
let cpu = process.cpuUsage();
const run = buildFolder({
  dataDir: corpus,
  outDir: out,
  seed: 1,
  analysis: !args.includes('--no-analysis'),
  onEvent: (event) => {
    if (event.type !== 'end') return;
    const { stage, ms } = event;
    const used = process.cpuUsage(cpu);
    cpu = process.cpuUsage();
    // CPU of the whole process: on two cores a stage with a worker thread may use more than its wall time.
    cpuMs[stage] = Math.round((used.user + used.system) / 1000);
    process.stderr.write(`    ${stage} ${ms} ms (peak RSS so far ${maxRssMb()} MB)\n`);
  },
});
// Whole process: from node's start (tsx loading included, as for the command line) to the published files.
const wholeMs = Math.round(performance.now());
const peakRssMb = maxRssMb();
if (!run.graph || !run.written) {
  const first = run.validation.diagnostics.slice(0, 5).map((d) => `${d.file}:${d.line}: ${d.message}`);
  throw new Error(`the corpus did not validate: ${run.validation.errors} errors\n${first.join('\n')}`);
}
const result: Record<string, unknown> = {
  counts: { ...run.counts, warnings: run.validation.warnings },
  stagesMs: run.timings,
  stagesCpuMs: cpuMs,
  wholeMs,
  peakRssMb,
  files: run.written.files,
  heapLimitMb: Math.round(getHeapStatistics().heap_size_limit / 1e6),
  nodeFlags: process.execArgv,
};
writeFileSync(resultPath, JSON.stringify(result));

if (!args.includes('--no-writers')) {
  process.stderr.write('    writers side by side…\n');
  // The one-string writers cannot hold a graph whose graph.json passes V8's longest string: they
  // would fill the heap before failing (an abort, not an error). The scale runs show them failing.
  const jsonBytes = run.written.files['graph.json'];
  const oneStringFits = jsonBytes < V8_MAX_STRING_LENGTH;
  const writers = await compareWriters(run.graph, {
    rounds,
    scratchFile: join(out, '..', `bench-${process.pid}.gexf`),
    ...(oneStringFits ? {} : { only: ['gexfStream', 'gexfPlainFile', 'gexfFile', 'jsonStream'] as const }),
  });
  if (!oneStringFits) {
    const error = `not run: graph.json is ${(jsonBytes / 1e6).toFixed(0)} MB, past V8's longest string (2^29 characters), so one string cannot hold it`;
    writers.jsonStringify = { error };
    writers.graphologyGexf = { error };
  }
  result.writers = writers;
  writeFileSync(resultPath, JSON.stringify(result));
}
if (args.includes('--networkx')) {
  process.stderr.write('    networkx write_gexf…\n');
  result.networkx = networkxWriteGexf(
    join(out, 'graph.json'),
    join(out, '..', `networkx-${process.pid}.gexf`),
    // As many runs as our writers had: the same number of runs, medians compared.
    rounds,
  );
  writeFileSync(resultPath, JSON.stringify(result));
}
