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
  communities,
  type BetweennessRunner,
  type CommunityRunner,
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
  /** How communities are found: Louvain in place by default (the live builder reuses unchanged ones). */
  communities?: CommunityRunner;
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

/** Times and tells each stage; V8's limit errors become errors that say what to do. */
class StageClock {
  readonly timings: PipelineRun['timings'] = {};
  constructor(readonly emit: PipelineListener | undefined) {}

  timed<T>(stage: StageName, what: string, f: () => T): T {
    this.emit?.({ type: 'start', stage });
    const start = performance.now();
    const value = withinLimits(what, f);
    this.end(stage, performance.now() - start);
    return value;
  }

  end(stage: StageName, ms: number): void {
    this.timings[stage] = Math.round(ms);
    this.emit?.({ type: 'end', stage, ms: this.timings[stage] });
  }

  progress(stage: StageName, unit: string, every?: number) {
    return progressReporter(this.emit, stage, unit, every);
  }
}

export function runPipeline(source: DataSource, options: PipelineOptions = {}): PipelineRun {
  const last = STAGES.indexOf(options.until ?? (options.sink ? 'write' : 'analyse'));
  const runs = (stage: StageName) => STAGES.indexOf(stage) <= last;
  const clock = new StageClock(options.onEvent);

  const files = clock.timed('read', 'reading the data', () => source.read(clock.progress('read', 'files')));
  const validation = clock.timed('validate', 'validating the data', () =>
    validateDataFiles(files, clock.progress('validate', 'files')),
  );
  const dataset = validation.dataset;
  const run: PipelineRun = { validation, timings: clock.timings };
  if (!dataset || !runs('build')) return run;

  const domain = clock.timed('build', 'building the graph', () => buildGraph(dataset, options.name));
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

  const { metrics, positions } = metricsAndLayout(domain, options, runs('layout'), clock);
  run.metrics = metrics;
  if (!positions || !runs('style')) return run;
  run.positions = positions;

  const styles = clock.timed('style', 'styling the graph', () => computeStyles(domain, metrics));
  run.styles = styles;
  run.graph = assembleGraph(domain, metrics, positions, styles);
  if (!runs('analyse')) return run;

  // The bench builds once without the analysis tables, to measure what they add.
  if (options.analysis !== false)
    run.analysis = clock.timed('analyse', 'analysing positions and interactions', () =>
      analyseForBuild(domain),
    );
  if (!options.sink || !runs('write')) return run;

  const { sink } = options;
  const graph = run.graph;
  const { analysis, counts } = run;
  run.written = clock.timed('write', 'writing the outputs', () => {
    const step = clock.progress('write', 'files', 0);
    const total = analysis ? OUTPUT_FILES.length : OUTPUT_FILES.length - 3;
    let done = 0;
    return writeOutputs(graph, analysis, sink, {
      counts,
      warnings: validation.warnings,
      onFile: () => step?.(++done, total),
    });
  });
  return run;
}

/**
 * The metrics stage starts first: betweenness begins (on a second core with a threaded runner), the
 * layout runs meanwhile, then the metrics are joined. The stage's time is its own work and the wait.
 */
function metricsAndLayout(
  domain: DomainGraph,
  options: PipelineOptions,
  withLayout: boolean,
  clock: StageClock,
): { metrics: NodeMetrics; positions?: NodePositions } {
  const seed = options.seed ?? 1;
  const metricOptions = { ...defaultMetricOptions, seed, ...options.metrics };
  clock.emit?.({ type: 'start', stage: 'metrics' });
  let metricsMs = performance.now();
  // One undirected projection serves betweenness, communities and the layout.
  const projection = withinLimits('computing metrics', () => undirectedProjection(domain));
  const metricsRun = withinLimits('computing metrics', () =>
    startMetrics(
      domain,
      projection,
      metricOptions,
      options.betweenness ?? inPlaceBetweenness,
      options.communities ?? communities,
    ),
  );
  metricsMs = performance.now() - metricsMs;
  const positions = withLayout
    ? clock.timed('layout', 'laying the graph out', () =>
        computeLayout(domain, {
          seed,
          projection,
          onProgress: clock.progress('layout', 'iterations'),
          ...(options.layoutIterations !== undefined ? { iterations: options.layoutIterations } : {}),
        }),
      )
    : undefined;
  const joined = performance.now();
  const metrics = withinLimits('computing metrics', () => metricsRun.result());
  clock.end('metrics', metricsMs + performance.now() - joined);
  return { metrics, ...(positions ? { positions } : {}) };
}
