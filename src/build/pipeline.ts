/** The whole build from a checked dataset: graph, metrics, display. */
import { assignLayout, assignStyles } from '../display';
import {
  assignMetrics,
  defaultMetricOptions,
  startBetweenness,
  undirectedProjection,
  type MetricOptions,
} from '../metrics';
import { withinLimits } from '../util';
import type { Dataset } from '../validate';
import { buildGraph, type StanceGraph } from './build-graph';

/** The steps of the build, in order; `onStage` is told as each one ends (for timings). */
export type BuildStage = 'build' | 'layout' | 'metrics' | 'style';

export interface BuildOptions {
  name?: string;
  seed?: number;
  metrics?: Partial<MetricOptions>;
  /** Override the layout's iteration count (0 keeps the seeded start positions). */
  layoutIterations?: number;
  onStage?: (stage: BuildStage) => void;
}

export function buildStanceGraph(dataset: Dataset, options: BuildOptions = {}): StanceGraph {
  return withinLimits('building the graph', () => build(dataset, options));
}

function build(dataset: Dataset, options: BuildOptions): StanceGraph {
  const seed = options.seed ?? 1;
  const done = options.onStage ?? (() => {});
  const graph = buildGraph(dataset, options.name);
  done('build');
  // One undirected projection serves betweenness, communities and the layout. Betweenness starts on
  // another core (large graphs) while this one lays the graph out: the layout does not need it.
  const metricOptions = { ...defaultMetricOptions, seed, ...options.metrics };
  const projection = undirectedProjection(graph);
  const betweenness = startBetweenness(projection, metricOptions.betweennessSamples, metricOptions.seed);
  assignLayout(graph, {
    seed,
    projection,
    ...(options.layoutIterations !== undefined ? { iterations: options.layoutIterations } : {}),
  });
  done('layout');
  assignMetrics(graph, metricOptions, projection, betweenness);
  done('metrics');
  assignStyles(graph);
  done('style');
  return graph as unknown as StanceGraph;
}
