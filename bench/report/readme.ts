/**
 * The figures section of bench/README.md, rendered from bench/results.json so that no figure in the
 * docs has nothing behind it. `npm run bench` rewrites it after a run that writes bench/results.json;
 * `npm run bench:readme` rewrites it from the results already there; bench/report/readme.test.ts
 * checks that the README holds exactly this rendering.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { frameRatios, type BenchResults, type FrameStats, type Writers } from './results';

export const BENCH_README = join(import.meta.dirname, '..', 'README.md');
export const BENCH_RESULTS = join(import.meta.dirname, '..', 'results.json');
export const FIGURES_START = '<!-- bench-figures:start -->';
export const FIGURES_END = '<!-- bench-figures:end -->';

const sec = (ms: number | undefined) =>
  ms === undefined ? '–' : `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)}`;
const ms1 = (ms: number | undefined) => (ms === undefined ? '–' : ms.toFixed(1));
const times = (ratio: number) => `${ratio.toFixed(ratio < 10 ? 2 : 1)}×`;
const count = (n: number | undefined) => (n === undefined ? '–' : n.toLocaleString('en'));
const cell = (value: string | number) => String(value).replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** A markdown table; columns named with a trailing ':' are right-aligned (figures). */
function table(head: string[], rows: (string | number)[][]): string[] {
  const names = head.map((h) => h.replace(/:$/, ''));
  const align = head.map((h) => (h.endsWith(':') ? '---:' : '---'));
  return [
    `| ${names.join(' | ')} |`,
    `|${align.join('|')}|`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ];
}

function measuredLine(r: BenchResults): string[] {
  const m = r.machine;
  const tools = [
    `Node ${m.node}`,
    ...(m.networkx ? [`networkx ${m.networkx}`] : []),
    ...(m.chromium ? [m.chromium] : []),
  ];
  const lines = [
    `Measured ${r.date.slice(0, 10)} on ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB, ${m.os}; ${tools.join(', ')}.`,
  ];
  if (r.reused?.length) {
    const byDate = new Map<string, string[]>();
    for (const u of r.reused) {
      const day = u.date.slice(0, 10);
      byDate.set(day, [...(byDate.get(day) ?? []), `\`${u.part}\``]);
    }
    const parts = [...byDate].map(([day, names]) => `${names.join(', ')} on ${day}`).join('; ');
    lines.push(
      `Parts taken from an earlier run on the same machine (\`--reuse\`), measured ${parts}; the rest on ${r.date.slice(0, 10)}.`,
    );
  }
  return lines;
}

/** Column names for the stages the build reports; a stage not named here shows its own key. */
const STAGE_LABELS: Record<string, string> = { json: 'graph.json', gexf: 'GEXF' };

function buildsSection(r: BenchResults): string[] {
  if (r.builds.length === 0) return [];
  // The stages as the build reports them, in the order they first appear.
  const stages = [...new Set(r.builds.flatMap((b) => Object.keys(b.stagesMs)))];
  return [
    '### Whole builds by corpus size',
    '',
    'Seconds. "Whole" runs from the start of the process to the published files; where a size was built',
    'three times, the median build is shown.',
    '',
    ...table(
      [
        'corpus',
        'nodes:',
        'edges:',
        'whole:',
        ...stages.map((s) => `${STAGE_LABELS[s] ?? s}:`),
        'stances/s:',
        'peak RSS MB:',
      ],
      r.builds.map((b) => [
        `${count(b.stances)} stances`,
        count(b.counts.nodes),
        count(b.counts.edges),
        `**${sec(b.wholeMs)}**${b.wholeMsRuns ? ` (of ${b.wholeMsRuns.map(sec).join(', ')})` : ''}`,
        ...stages.map((s) => sec(b.stagesMs[s])),
        count(Math.round(b.stances / (b.wholeMs / 1000))),
        count(b.peakRssMb),
      ]),
    ),
    '',
  ];
}

const WRITER_LABELS: Record<string, string> = {
  gexfStream: 'stancegraph GEXF (streamed)',
  gexfFile: 'stancegraph GEXF to a file (as the build writes it)',
  jsonStream: 'stancegraph graph.json (streamed)',
  jsonStringify: 'JSON.stringify(graph.export()) (the floor)',
  graphologyGexf: 'graphology-gexf write (version 1.3)',
};

function referenceWritersSection(r: BenchResults): string[] {
  const w = r.writersReference;
  if (!w) return [];
  const ours = w.writers.gexfStream?.ms;
  const rows: (string | number)[][] = Object.entries(w.writers as Writers).map(([id, result]) => [
    WRITER_LABELS[id] ?? id,
    result?.ms !== undefined ? sec(result.ms) : (result?.error ?? '–'),
    result?.ms !== undefined && ours ? times(result.ms / ours) : '–',
    result?.heapAboveGraphMb ?? '–',
  ]);
  if (w.networkx)
    rows.push([
      `networkx ${w.networkx.networkx ?? ''} write_gexf (graph loaded from graph.json)`.replace('  ', ' '),
      w.networkx.ms !== undefined ? sec(w.networkx.ms) : (w.networkx.error ?? '–'),
      w.networkx.ms !== undefined && ours ? times(w.networkx.ms / ours) : '–',
      '–',
    ]);
  return [
    `### Writers on the reference graph (${count(w.nodes)} nodes, ${count(w.edges)} edges, a quote on each)`,
    '',
    ...table(['writer', 'seconds:', '× our GEXF:', 'heap above the graph MB:'], rows),
    '',
  ];
}

function scaleSection(r: BenchResults): string[] {
  if (!r.writersScale?.length) return [];
  const outcome = (result: { ms?: number; heapAboveGraphMb?: number; error?: string } | undefined) =>
    result === undefined
      ? '–'
      : result.ms !== undefined
        ? `${sec(result.ms)} s, ${result.heapAboveGraphMb ?? '?'} MB`
        : (result.error ?? '–');
  return [
    '### Writers as the graph grows',
    '',
    'Time, and the heap each writer holds above the graph while it writes (5,000 nodes).',
    '',
    ...table(
      ['edges:', 'our GEXF to a file', 'our graph.json', 'JSON.stringify', 'graphology-gexf'],
      r.writersScale.map((w) => [
        count(w.edges),
        outcome(w.writers.gexfFile),
        outcome(w.writers.jsonStream),
        outcome(w.writers.jsonStringify),
        outcome(w.writers.graphologyGexf),
      ]),
    ),
    '',
  ];
}

function layoutSection(r: BenchResults): string[] {
  const rows = [...(r.forceAtlas2?.rows ?? []), ...(r.browser?.forceAtlas2 ?? [])];
  const plans = r.forceAtlas2?.plans ?? [];
  if (rows.length === 0 && plans.length === 0) return [];
  return [
    '### ForceAtlas2',
    '',
    "The build's default plan at each size, timed whole:",
    '',
    ...table(
      ['nodes:', 'iterations:', 'Barnes–Hut', 'θ:', 'seconds:'],
      plans.map((p) => [
        count(p.nodes),
        p.iterations,
        p.barnesHutOptimize ? 'yes' : 'no',
        p.barnesHutTheta,
        sec(p.layoutMs),
      ]),
    ),
    '',
    'Milliseconds per iteration:',
    '',
    ...table(
      ['nodes:', 'edges:', 'implementation', 'Barnes–Hut', 'ms per iteration:'],
      rows.map((row) => [
        count(row.nodes),
        count(row.edges),
        row.implementation,
        row.barnesHut ? 'yes' : 'no',
        row.msPerIteration,
      ]),
    ),
    '',
  ];
}

function viewerSection(r: BenchResults): string[] {
  const runs = r.browser?.runs ?? [];
  if (runs.length === 0) return [];
  const stats = (f: FrameStats | undefined) => [
    ms1(f?.firstFrameMs),
    ms1(f?.idleMs),
    ms1(f?.meanFrameMs),
    ms1(f?.p95FrameMs),
    ms1(f?.stillFrameMs),
  ];
  return [
    `### Viewer beside bare Sigma in headless Chromium${r.browser?.renderer?.includes('SwiftShader') ? ' (SwiftShader, software WebGL)' : ''}`,
    '',
    'Milliseconds. "First frame" and "idle" count from navigation (idle: frames within 40 ms again);',
    'mean and p95 are frame times while the camera pans and zooms; "still" is one frame with the camera',
    'standing. The ratios are the viewer over bare Sigma.',
    '',
    ...table(
      [
        'graph',
        'first frame:',
        'idle:',
        'mean:',
        'p95:',
        'still:',
        'bare first frame:',
        'bare idle:',
        'bare mean:',
        'bare p95:',
        'bare still:',
        'mean ×:',
        'p95 ×:',
      ],
      runs.map((run) => {
        const ratios = frameRatios(run);
        return [
          `${count(run.nodes)} nodes, ${count(run.edges)} edges`,
          ...stats(run.viewer),
          ...stats(run.bareSigma),
          ratios ? times(ratios.mean) : (run.error ?? '–'),
          ratios ? times(ratios.p95) : '–',
        ];
      }),
    ),
    '',
  ];
}

function builderSection(r: BenchResults): string[] {
  if (!r.builder?.length) return [];
  return [
    '### Live builder: a save until the page has its patch',
    '',
    'Seconds, from a PUT of one stance through the API to the change event with its patch, median of the',
    "saves; beside a full rebuild of the same folder (the pipeline to the styled graph, the server's first",
    'build). The rebuild steps are those of the median save, in milliseconds.',
    '',
    ...table(
      ['folder', 'stances:', 'edges:', 'save → patch:', 'full rebuild:', 'ratio:', 'rebuild steps (ms)'],
      r.builder.map((b) => [
        b.size === 'seed' ? 'seed (graph-data)' : `corpus ${b.size}`,
        count(b.stances),
        count(b.edges),
        `**${sec(b.saveToPatchMs)}** (of ${b.saveToPatchRuns.map(sec).join(', ')})`,
        sec(b.fullRebuildMs),
        `${(b.fullRebuildMs / b.saveToPatchMs).toFixed(1)}×`,
        Object.entries(b.rebuildStepsMs)
          .map(([step, ms]) => `${step} ${ms}`)
          .join(', '),
      ]),
    ),
    '',
  ];
}

function goalsSection(r: BenchResults): string[] {
  if (!r.goals?.length) return [];
  return [
    '### Goals',
    '',
    ...table(
      ['goal', 'status', 'measured'],
      r.goals.map((g) => [
        `${g.goal} (${g.id})`,
        g.met === null ? '–' : g.met ? 'met' : 'missed',
        g.measured,
      ]),
    ),
    '',
  ];
}

/** The figures section: every table from one results file. */
export function renderFigures(r: BenchResults): string {
  const lines = [
    ...measuredLine(r),
    '',
    ...buildsSection(r),
    ...referenceWritersSection(r),
    ...scaleSection(r),
    ...layoutSection(r),
    ...viewerSection(r),
    ...builderSection(r),
    ...goalsSection(r),
    ...(r.failures.length ? ['Failures:', '', ...r.failures.map((f) => `- ${cell(f)}`), ''] : []),
  ];
  return lines.join('\n').trimEnd();
}

/** The README with its figures section (between the markers) rendered from the results. */
export function withFigures(readme: string, r: BenchResults): string {
  const start = readme.indexOf(FIGURES_START);
  const end = readme.indexOf(FIGURES_END);
  if (start === -1 || end < start)
    throw new Error(`bench/README.md needs the markers ${FIGURES_START} and ${FIGURES_END}`);
  return `${readme.slice(0, start + FIGURES_START.length)}\n${renderFigures(r)}\n${readme.slice(end)}`;
}

/** Rewrites bench/README.md's figures from these results; true when it changed. */
export function writeBenchReadme(r: BenchResults, readmePath = BENCH_README): boolean {
  const before = readFileSync(readmePath, 'utf8');
  const after = withFigures(before, r);
  if (after !== before) writeFileSync(readmePath, after);
  return after !== before;
}

/**
 * After `npm run bench`: the README follows bench/results.json only, so a run that wrote its
 * results elsewhere (`--results`) leaves it alone.
 */
export function updateBenchReadme(resultsPath: string, r: BenchResults): void {
  if (resolve(resultsPath) !== resolve(BENCH_RESULTS)) return;
  if (writeBenchReadme(r)) process.stderr.write(`Rewrote the figures in ${BENCH_README}\n`);
}

/** `npm run bench:readme`: the figures again from the bench/results.json already there, without a run. */
export function readmeFromResults(): void {
  const r = JSON.parse(readFileSync(BENCH_RESULTS, 'utf8')) as BenchResults;
  process.stdout.write(
    writeBenchReadme(r) ? 'bench/README.md: figures regenerated\n' : 'bench/README.md is up to date\n',
  );
}
