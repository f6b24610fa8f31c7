/** The terminal tables: builds by corpus size, writers side by side, ForceAtlas2, viewer, goals. */
import { frameRatios, type BenchResults } from './results';
import { reusedLine } from './reuse';

const sec = (ms: number | undefined) => (ms === undefined ? '–' : (ms / 1000).toFixed(ms < 10_000 ? 2 : 1));

function table(title: string, head: string[], rows: (string | number)[][]): string {
  const cells = [head, ...rows.map((r) => r.map(String))];
  const widths = head.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  // Figures right-aligned, words left-aligned.
  const numeric = head.map((_, i) => rows.every((r) => /^[-–\d.,]*$/.test(String(r[i] ?? ''))));
  const line = (r: string[]) =>
    r.map((c, i) => (numeric[i] && i > 0 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ');
  return [
    `\n${title}`,
    line(head),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...cells.slice(1).map(line),
  ].join('\n');
}

export function buildTable(r: BenchResults): string {
  const stages = ['read', 'validate', 'build', 'metrics', 'layout', 'style', 'write'];
  return table(
    'Build by corpus size (seconds; whole = process start to published files)',
    ['size', 'stances', 'nodes', 'edges', 'whole', ...stages, 'stances/s', 'peak RSS MB'],
    r.builds.map((b) => [
      b.size,
      b.stances.toLocaleString('en'),
      (b.counts.nodes ?? 0).toLocaleString('en'),
      (b.counts.edges ?? 0).toLocaleString('en'),
      sec(b.wholeMs),
      ...stages.map((st) => sec(b.stagesMs[st])),
      Math.round(b.stances / (b.wholeMs / 1000)).toLocaleString('en'),
      b.peakRssMb,
    ]),
  );
}

export function writersTable(r: BenchResults): string {
  const rows: (string | number)[][] = [];
  const add = (
    label: string,
    w: BenchResults['builds'][number]['writers'],
    networkxMs?: number,
    networkxError?: string,
  ) => {
    if (!w) return;
    const ours = w.gexfStream?.ms;
    const ratio = (other: number | undefined, to = ours) =>
      to && other ? `${(other / to).toFixed(1)}×` : '';
    rows.push([
      label,
      sec(ours),
      sec(w.gexfPlainFile?.ms),
      sec(w.gexfFile?.ms),
      w.graphologyGexf?.ms !== undefined
        ? `${sec(w.graphologyGexf.ms)} (${ratio(w.graphologyGexf.ms)})`
        : (w.graphologyGexf?.error ?? '–'),
      // networkx writes a file: compared with ours to a file.
      networkxMs !== undefined
        ? `${sec(networkxMs)} (${ratio(networkxMs, w.gexfPlainFile?.ms ?? w.gexfFile?.ms)})`
        : (networkxError ?? '–'),
      w.jsonStringify?.ms !== undefined
        ? `${sec(w.jsonStringify.ms)} (ours ${ours ? (ours / w.jsonStringify.ms).toFixed(2) : '?'}×)`
        : (w.jsonStringify?.error ?? '–'),
      sec(w.jsonStream?.ms),
      w.gexfStream?.bytes ? (w.gexfStream.bytes / 1e6).toFixed(0) : '–',
    ]);
  };
  if (r.writersReference)
    add(
      'reference 5k/100k',
      r.writersReference.writers,
      r.writersReference.networkx?.ms,
      r.writersReference.networkx?.error,
    );
  for (const b of r.builds) add(`corpus ${b.size}`, b.writers, b.networkx?.ms, b.networkx?.error);
  return table(
    'Writers on the same graph (seconds, medians; ratios: their time / ours, in memory for graphology-gexf, to a file for networkx)',
    [
      'graph',
      'our GEXF',
      'to a file',
      'as the build (hash, fsync)',
      'graphology-gexf',
      'networkx to a file',
      'JSON.stringify',
      'our JSON',
      'GEXF MB',
    ],
    rows,
  );
}

export function scaleTable(r: BenchResults): string {
  return table(
    'Writers as the graph grows (5,000 nodes): time, and heap held above the graph',
    [
      'edges',
      'our GEXF to file',
      'held MB',
      'our graph.json',
      'held MB',
      'JSON.stringify',
      'graphology-gexf',
    ],
    (r.writersScale ?? []).map((w) => [
      w.edges.toLocaleString('en'),
      sec(w.writers.gexfFile?.ms),
      w.writers.gexfFile?.heapAboveGraphMb ?? '–',
      sec(w.writers.jsonStream?.ms),
      w.writers.jsonStream?.heapAboveGraphMb ?? '–',
      w.writers.jsonStringify?.error ??
        `${sec(w.writers.jsonStringify?.ms)} s, ${w.writers.jsonStringify?.heapAboveGraphMb} MB`,
      w.writers.graphologyGexf?.error ??
        `${sec(w.writers.graphologyGexf?.ms)} s, ${w.writers.graphologyGexf?.heapAboveGraphMb} MB`,
    ]),
  );
}

export function layoutTable(r: BenchResults): string {
  const rows = [...(r.forceAtlas2?.rows ?? []), ...(r.browser?.forceAtlas2 ?? [])];
  const plans = r.forceAtlas2?.plans ?? [];
  return [
    table(
      'ForceAtlas2: milliseconds per iteration',
      ['nodes', 'edges', 'implementation', 'Barnes–Hut', 'ms/iteration'],
      rows.map((row) => [
        row.nodes.toLocaleString('en'),
        row.edges.toLocaleString('en'),
        row.implementation,
        row.barnesHut ? 'yes' : 'no',
        row.msPerIteration,
      ]),
    ),
    table(
      "The build's layout defaults by size",
      ['nodes', 'iterations', 'Barnes–Hut', 'θ', 'layout s'],
      plans.map((p) => [
        p.nodes.toLocaleString('en'),
        p.iterations,
        p.barnesHutOptimize ? 'yes' : 'no',
        p.barnesHutTheta,
        sec(p.layoutMs),
      ]),
    ),
  ].join('\n');
}

export function viewerTable(r: BenchResults): string {
  const f = (v: number | undefined) => (v === undefined ? '–' : v.toFixed(1));
  return table(
    'Viewer in headless Chromium (SwiftShader): milliseconds',
    [
      'graph',
      'viewer first frame',
      'viewer idle',
      'viewer mean',
      'viewer p95',
      'viewer still',
      'bare first frame',
      'bare idle',
      'bare mean',
      'bare p95',
      'bare still',
      'ratio mean',
      'ratio p95',
    ],
    (r.browser?.runs ?? []).map((run) => {
      const ratios = frameRatios(run);
      return [
        `${run.nodes.toLocaleString('en')} nodes, ${run.edges.toLocaleString('en')} edges`,
        f(run.viewer?.firstFrameMs),
        f(run.viewer?.idleMs),
        f(run.viewer?.meanFrameMs),
        f(run.viewer?.p95FrameMs),
        f(run.viewer?.stillFrameMs),
        f(run.bareSigma?.firstFrameMs),
        f(run.bareSigma?.idleMs),
        f(run.bareSigma?.meanFrameMs),
        f(run.bareSigma?.p95FrameMs),
        f(run.bareSigma?.stillFrameMs),
        ratios ? `${ratios.mean.toFixed(2)}×` : (run.error ?? '–'),
        ratios ? `${ratios.p95.toFixed(2)}×` : '–',
      ];
    }),
  );
}

export function builderTable(r: BenchResults): string {
  return table(
    'Live builder (stancegraph serve): a save until its patch reaches the page, beside a full rebuild (seconds)',
    ['folder', 'stances', 'edges', 'save → patch', 'full rebuild', 'ratio', 'rebuild steps (ms)'],
    (r.builder ?? []).map((b) => [
      b.size,
      b.stances.toLocaleString('en'),
      b.edges.toLocaleString('en'),
      sec(b.saveToPatchMs),
      sec(b.fullRebuildMs),
      `${(b.fullRebuildMs / b.saveToPatchMs).toFixed(1)}×`,
      Object.entries(b.rebuildStepsMs)
        .map(([step, ms]) => `${step} ${ms}`)
        .join(', '),
    ]),
  );
}

export function goalsTable(r: BenchResults): string {
  return table(
    'Goals (verdict, the tolerance it allows, the goal, what was measured)',
    ['verdict', 'tolerance', 'goal', 'measured'],
    (r.goals ?? []).map((g) => [
      g.verdict ?? (g.met === null ? 'not measured' : g.met ? 'met' : 'MISSED'),
      g.tolerance ?? '?',
      g.id,
      g.measured,
    ]),
  );
}

export function printTables(r: BenchResults): void {
  const m = r.machine;
  const out = [
    `\nMachine: ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB; ${m.os}; Node ${m.node}; networkx ${m.networkx ?? '–'}; ${m.chromium ?? 'no Chromium'}`,
    `Source: commit ${m.commit ?? '?'}${m.dirty ? ` + uncommitted changes (git diff HEAD sha256 ${m.diffSha256?.slice(0, 12)}, ${m.untracked ?? 0} untracked files)` : ''}; command: ${r.command ?? '?'}`,
    `Load average: ${r.loadAverage.start} at the start, ${r.loadAverage.end ?? '?'} at the end`,
    ...(r.reused?.length ? [reusedLine(r)] : []),
    buildTable(r),
    writersTable(r),
    scaleTable(r),
    layoutTable(r),
    viewerTable(r),
    builderTable(r),
    goalsTable(r),
    ...(r.failures.length ? [`\nFailures:\n${r.failures.map((f) => `  ${f}`).join('\n')}`] : []),
  ];
  process.stdout.write(`${out.join('\n')}\n`);
}
