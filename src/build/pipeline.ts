/** The whole build from a checked dataset: graph, metrics, display. */
import { assignDisplay } from '../display';
import { assignMetrics, type MetricOptions } from '../metrics';
import type { Dataset } from '../validate';
import { buildGraph, type StanceGraph } from './build-graph';

export interface BuildOptions {
  name?: string;
  seed?: number;
  metrics?: Partial<MetricOptions>;
  /** Override the layout's iteration count (0 keeps the seeded start positions). */
  layoutIterations?: number;
}

export function buildStanceGraph(dataset: Dataset, options: BuildOptions = {}): StanceGraph {
  const seed = options.seed ?? 1;
  const graph = buildGraph(dataset, options.name);
  assignMetrics(graph, { seed, ...options.metrics });
  assignDisplay(graph, {
    seed,
    ...(options.layoutIterations !== undefined ? { iterations: options.layoutIterations } : {}),
  });
  return graph as unknown as StanceGraph;
}
