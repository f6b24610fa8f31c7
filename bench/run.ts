/**
 * `npm run bench`: stancegraph at corpus scale, beside what users would use instead and the floor
 * set by the machine. Not part of `npm test`.
 *
 *   npm run bench                         1k, 10k and 100k stances, writers, ForceAtlas2, viewer
 *   npm run bench -- --size 1m            a million stances (minutes); --size all for every size
 *   npm run bench -- --skip browser,scale skip parts: corpus, writers, analysis, scale, layout, browser, builder, networkx
 *   npm run bench -- --scale-edges 100000,300000  the scale part at other sizes (default 0.1M, 1M, 3M)
 *   npm run bench -- --results /tmp/r.json        write the results elsewhere (default bench/results.json)
 *
 * Every measurement runs in its own process. Results: a table here, bench/results.json and
 * bench/chart.svg (time and memory against corpus size).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { folderBytes, planMemory } from '../src/node/memory';
import { runChild } from './child-process';
import { corpusFor } from './corpus-cache';
import { describeMachine, load } from './machine';
import { writeChart } from './report/chart';
import { evaluateGoals } from './report/goals';
import type {
  BenchResults,
  BuilderResult,
  BuildResult,
  ForceAtlas2Results,
  ViewerResults,
  WritersResult,
} from './report/results';
import { writeResults } from './report/results';
import { reuseSkippedParts } from './report/reuse';
import { updateBenchReadme } from './report/readme';
import { printTables } from './report/table';
import { parseSizes, SIZES } from './sizes';

const { values } = parseArgs({
  options: {
    size: { type: 'string' },
    seed: { type: 'string', default: '1' },
    skip: { type: 'string', default: '' },
    'networkx-all': { type: 'boolean', default: false },
    results: { type: 'string', default: join(import.meta.dirname, 'results.json') },
    chart: { type: 'string', default: join(import.meta.dirname, 'chart.svg') },
    reuse: { type: 'string' },
    'scale-edges': { type: 'string', default: '100000,1000000,3000000' },
  },
});
const scaleEdges = values['scale-edges'].split(',').map(Number);
if (scaleEdges.some((n) => !Number.isInteger(n) || n <= 0))
  throw new Error(
    `--scale-edges: expected edge counts separated by commas, found "${values['scale-edges']}"`,
  );
const sizes = parseSizes(values.size);
const seed = Number(values.seed);
const skip = new Set(values.skip.split(',').filter(Boolean));
const scratch = mkdtempSync(join(tmpdir(), 'stancegraph-bench-'));
const here = (path: string) => join(import.meta.dirname, path);
const step = (text: string) => process.stderr.write(`\n${text} (load average ${load()})\n`);

const results: BenchResults = {
  machine: describeMachine(),
  // How to measure the same parts again: this run's own arguments.
  command: ['npm run bench --', ...process.argv.slice(2)].join(' '),
  date: new Date().toISOString(),
  seed,
  loadAverage: { start: load() },
  corpora: [],
  builds: [],
  failures: [],
};

try {
  for (const name of sizes) {
    const stances = SIZES[name]!;
    step(`corpus ${name}: ${stances.toLocaleString('en')} stances`);
    const corpus = corpusFor(name, stances, seed);
    results.corpora.push({ size: name, ...corpus, dir: undefined });
    if (skip.has('corpus')) continue;
    step(`build ${name} (and the writers on its graph)`);
    const networkx = !skip.has('networkx') && (stances <= 100_000 || values['networkx-all']);
    // The flags `stancegraph build` would start itself with on this folder (heap, young generation).
    const { nodeFlags } = planMemory(folderBytes(corpus.dir));
    const build = (withWriters: boolean, analysis = true) =>
      runChild<BuildResult>(
        here('child/pipeline.ts'),
        [
          corpus.dir,
          join(scratch, `out-${name}`, 'dist'),
          join(scratch, `build-${name}.json`),
          '--rounds',
          stances <= 10_000 ? '3' : '1',
          ...(withWriters ? [] : ['--no-writers']),
          ...(withWriters && networkx ? ['--networkx'] : []),
          ...(analysis ? [] : ['--no-analysis']),
        ],
        join(scratch, `build-${name}.json`),
        { label: `build ${name}`, timeoutMs: 60 * 60_000, bundle: true, nodeFlags },
      );
    const outcome = await build(!skip.has('writers'));
    rmSync(join(scratch, `out-${name}`), { recursive: true, force: true });
    if (outcome.failure) results.failures.push(outcome.failure);
    if (outcome.result) {
      const first = { size: name, stances, ...outcome.result } as BuildResult;
      // Up to 100k stances, two more builds (without the writers): the median one is reported.
      const runs = [first];
      for (let i = 0; i < (stances <= 100_000 ? 2 : 0); i++) {
        step(`build ${name} again (${i + 2} of 3)`);
        const again = await build(false);
        rmSync(join(scratch, `out-${name}`), { recursive: true, force: true });
        if (again.failure) results.failures.push(again.failure);
        if (again.result) runs.push({ size: name, stances, ...again.result } as BuildResult);
      }
      // The largest size once more for each build, without the analysis: what the analysis adds.
      if (name === sizes.at(-1) && !skip.has('analysis')) {
        const without: { wholeMs: number; peakRssMb: number }[] = [];
        for (let i = 0; i < runs.length; i++) {
          step(`build ${name} without the analysis (${i + 1} of ${runs.length})`);
          const plain = await build(false, false);
          rmSync(join(scratch, `out-${name}`), { recursive: true, force: true });
          if (plain.failure) results.failures.push(plain.failure);
          if (plain.result?.wholeMs !== undefined)
            without.push({ wholeMs: plain.result.wholeMs, peakRssMb: plain.result.peakRssMb ?? 0 });
        }
        results.analysisCost = {
          size: name,
          stances,
          withAnalysis: runs.map((r) => ({
            wholeMs: r.wholeMs,
            peakRssMb: r.peakRssMb,
            ...(r.stagesMs.analyse !== undefined ? { analyseMs: r.stagesMs.analyse } : {}),
          })),
          without,
        };
      }
      const median = [...runs].sort((a, b) => a.wholeMs - b.wholeMs)[Math.floor(runs.length / 2)]!;
      results.builds.push({
        ...median,
        writers: first.writers,
        networkx: first.networkx,
        ...(runs.length > 1 ? { wholeMsRuns: runs.map((r) => r.wholeMs) } : {}),
      } as BuildResult);
    }
  }

  if (!skip.has('writers')) {
    step('writers on the reference graph: 5,000 nodes, 100,000 edges, a quote on each');
    const path = join(scratch, 'writers-reference.json');
    const outcome = await runChild<WritersResult>(
      here('child/writers.ts'),
      ['5000', '100000', path, '--rounds', '3', ...(skip.has('networkx') ? [] : ['--networkx'])],
      path,
      { label: 'writers on the reference graph', nodeFlags: ['--expose-gc'], timeoutMs: 30 * 60_000 },
    );
    if (outcome.failure) results.failures.push(outcome.failure);
    if (outcome.result) results.writersReference = outcome.result as WritersResult;
  }

  if (!skip.has('scale')) {
    results.writersScale = [];
    for (const edges of scaleEdges) {
      step(`writers at ${edges.toLocaleString('en')} edges: memory while streaming, and who finishes`);
      const path = join(scratch, `writers-${edges}.json`);
      const outcome = await runChild<WritersResult>(
        here('child/writers.ts'),
        ['5000', String(edges), path, '--only', 'gexfFile,jsonStream,jsonStringify,graphologyGexf'],
        path,
        {
          label: `writers at ${edges} edges`,
          // Room for the graph itself (about 1.3 KB an edge) and for graphology-gexf to reach V8's string limit.
          nodeFlags: ['--expose-gc', '--max-old-space-size=16000'],
          timeoutMs: 30 * 60_000,
        },
      );
      if (outcome.failure) results.failures.push(outcome.failure);
      if (outcome.result) results.writersScale.push(outcome.result as WritersResult);
    }
  }

  if (!skip.has('layout')) {
    step('ForceAtlas2 per iteration, synchronous in Node');
    const path = join(scratch, 'forceatlas2.json');
    const outcome = await runChild<ForceAtlas2Results>(here('child/forceatlas2.ts'), [path], path, {
      label: 'ForceAtlas2',
      timeoutMs: 30 * 60_000,
    });
    if (outcome.failure) results.failures.push(outcome.failure);
    if (outcome.result) results.forceAtlas2 = outcome.result as ForceAtlas2Results;
  }

  if (!skip.has('browser')) {
    step('viewer and ForceAtlas2 worker in headless Chromium');
    const path = join(scratch, 'browser.json');
    const outcome = await runChild<ViewerResults>(here('browser/run.ts'), [path, scratch], path, {
      label: 'browser',
      timeoutMs: 30 * 60_000,
    });
    if (outcome.failure) results.failures.push(outcome.failure);
    if (outcome.result) results.browser = outcome.result as ViewerResults;
  }

  if (!skip.has('builder')) {
    results.builder = [];
    // The seed and every corpus size of this run: a save through the API until its patch, beside a full rebuild.
    const folders: [string, string][] = [
      ['seed', join(import.meta.dirname, '..', 'graph-data')],
      ...sizes.map((name): [string, string] => [name, corpusFor(name, SIZES[name]!, seed).dir]),
    ];
    for (const [name, dir] of folders) {
      step(`live builder on ${name}: save → patch, and a full rebuild`);
      const path = join(scratch, `builder-${name}.json`);
      // The flags `stancegraph serve` would start itself with on this folder.
      const { nodeFlags } = planMemory(folderBytes(dir));
      const outcome = await runChild<BuilderResult>(
        here('child/save-to-patch.ts'),
        [dir, join(scratch, `builder-${name}`), path, '--saves', '5'],
        path,
        { label: `live builder ${name}`, timeoutMs: 60 * 60_000, bundle: true, nodeFlags },
      );
      if (outcome.failure) results.failures.push(outcome.failure);
      if (outcome.result)
        results.builder.push({ ...(outcome.result as BuilderResult), size: name, nodeFlags });
    }
  }

  results.loadAverage.end = load();
  if (values.reuse) reuseSkippedParts(results, values.reuse, skip);
  results.goals = evaluateGoals(results);
  printTables(results);
  await writeResults(values.results, results);
  updateBenchReadme(values.results, results);
  writeChart(values.chart, results);
  process.stderr.write(`\nWrote ${values.results} and ${values.chart}\n`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
