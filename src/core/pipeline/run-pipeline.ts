/**
 * The orchestrator: read → validate → build → metrics → layout → style → analyse → write, each stage a
 * function from the values before it to its own. Betweenness, the slow metric, may run on a second
 * core (the runner in the options) while this one lays the graph out: the metrics stage starts
 * before the layout and is joined after it. `until` stops after a stage (stats stops at metrics).
 */
import { buildGraph, type DomainGraph, type StanceGraph } from '../build';
import { computeLayout, type NodePositions } from '../layout';
import {
  defaultMetricOptions,
  inPlaceBetweenness,
  startMetrics,
  undirectedProjection,
  type BetweennessRunner,
  type MetricOptions,
  type NodeMetrics,
} from '../metrics';
import { computeStyles, type GraphStyles } from '../style';
import { withinLimits } from '../util';
import { validateDataFiles, type ValidationResult } from '../validate';
import {
  OUTPUT_FILES,
  writeOutputs,
  type OutputCounts,
  type OutputSink,
  type WrittenOutputs,
} from '../write';
import { analyseForBuild, type BuildAnalysis } from '../analysis';
import { assembleGraph } from './assemble';
import type { DataSource } from './source';
import { progressReporter, STAGES, type PipelineListener, type StageName } from './stages';

export interface PipelineOptions {
  /** The graph's name (its `name` attribute, the GEXF description). */
  name?: string;
  /** Seed of the layout and of the metrics' sampling and communities (default 1). */
  seed?: number;
  metrics?: Partial<MetricOptions>;
  /** Overrides the layout policy's iteration count (0 keeps the seeded start positions). */
  layoutIterations?: number;
  /** How betweenness is computed: in place by default; the Node side passes a threaded runner. */
  betweenness?: BetweennessRunner;
  /** Where the write stage writes; without one, the run ends after analyse. */
  sink?: OutputSink;
  /** Whether the analyse stage runs and the build writes its tables (default true). */
  analysis?: boolean;
  /** The last stage to run (default: write when there is a sink, analyse otherwise). */
  until?: StageName;
  onEvent?: PipelineListener;
}

export interface PipelineRun {
  validation: ValidationResult;
  /** Counts of what was built (present from build on). */
  counts?: OutputCounts;
  domain?: DomainGraph;
  metrics?: NodeMetrics;
  positions?: NodePositions;
  styles?: GraphStyles;
  /** The built graph with positions, metrics and styles: what the writers and the viewer read. */
  graph?: StanceGraph;
  /** The build's analysis tables: positions, alignment, events. */
  analysis?: BuildAnalysis;
  written?: WrittenOutputs;
  /** Wall milliseconds per stage that ran. */
  timings: Partial<Record<StageName, number>>;
}

export function runPipeline(source: DataSource, options: PipelineOptions = {}): PipelineRun {
  const last = STAGES.indexOf(options.until ?? (options.sink ? 'write' : 'analyse'));
  const runs = (stage: StageName) => STAGES.indexOf(stage) <= last;
  const emit = options.onEvent;
  const timings: PipelineRun['timings'] = {};
  /** Runs one stage, timed and told; V8's limit errors become errors that say what to do. */
  const timed = <T>(stage: StageName, what: string, f: () => T): T => {
    emit?.({ type: 'start', stage });
    const start = performance.now();
    const value = withinLimits(what, f);
    timings[stage] = Math.round(performance.now() - start);
    emit?.({ type: 'end', stage, ms: timings[stage] });
    return value;
  };

  const files = timed('read', 'reading the data', () => source.read(progressReporter(emit, 'read', 'files')));
  const validation = timed('validate', 'validating the data', () =>
    validateDataFiles(files, progressReporter(emit, 'validate', 'files')),
  );
  const dataset = validation.dataset;
  const run: PipelineRun = { validation, timings };
  if (!dataset || !runs('build')) return run;

  const domain = timed('build', 'building the graph', () => buildGraph(dataset, options.name));
  run.domain = domain;
  run.counts = {
    nodes: domain.order,
    edges: domain.size,
    sources: dataset.sources.length,
    entities: dataset.entities.length,
    relations: dataset.relations.length,
    stances: dataset.stances.length,
  };
  if (!runs('metrics')) return run;

  const seed = options.seed ?? 1;
  const metricOptions = { ...defaultMetricOptions, seed, ...options.metrics };
  // The metrics stage starts first: betweenness begins (on a second core with a threaded runner),
  // the layout runs meanwhile, then the metrics are joined. Its time is its own work and the wait.
  emit?.({ type: 'start', stage: 'metrics' });
  let metricsMs = performance.now();
  // One undirected projection serves betweenness, communities and the layout.
  const projection = withinLimits('computing metrics', () => undirectedProjection(domain));
  const metricsRun = withinLimits('computing metrics', () =>
    startMetrics(domain, projection, metricOptions, options.betweenness ?? inPlaceBetweenness),
  );
  metricsMs = performance.now() - metricsMs;
  if (runs('layout')) {
    run.positions = timed('layout', 'laying the graph out', () =>
      computeLayout(domain, {
        seed,
        projection,
        onProgress: progressReporter(emit, 'layout', 'iterations'),
        ...(options.layoutIterations !== undefined ? { iterations: options.layoutIterations } : {}),
      }),
    );
  }
  const joined = performance.now();
  const metrics = withinLimits('computing metrics', () => metricsRun.result());
  timings.metrics = Math.round(metricsMs + performance.now() - joined);
  emit?.({ type: 'end', stage: 'metrics', ms: timings.metrics });
  run.metrics = metrics;
  if (!run.positions || !runs('style')) return run;

  const styles = timed('style', 'styling the graph', () => computeStyles(domain, metrics));
  run.styles = styles;
  run.graph = assembleGraph(domain, metrics, run.positions, styles);
  if (!runs('analyse')) return run;

  // The bench builds once without the analysis tables, to measure what they add.
  const analysis =
    options.analysis === false
      ? undefined
      : timed('analyse', 'analysing positions and interactions', () => analyseForBuild(domain));
  run.analysis = analysis;
  if (!options.sink || !runs('write')) return run;

  const sink = options.sink;
  const counts = run.counts;
  const graph = run.graph;
  const written = timed('write', 'writing the outputs', () => {
    const step = progressReporter(emit, 'write', 'files', 0);
    let done = 0;
    return writeOutputs(graph, analysis, sink, {
      counts,
      warnings: validation.warnings,
      onFile: () => step?.(++done, analysis ? OUTPUT_FILES.length : OUTPUT_FILES.length - 3),
    });
  });
  run.written = written;
  return run;
}
