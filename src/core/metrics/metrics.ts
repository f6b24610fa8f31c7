/**
 * Derived node metrics, as a declarative registry in the manner of gephi-lite: each metric names the
 * attributes it writes and computes them from the graph. `startMetrics(…).result()` runs them in order.
 */
import type { NodeMetricAttributes } from '../schema';
import { interactionNetwork, selectStatements, type AnalysisGraph } from '../analysis';
import { betweenness } from './betweenness';
import { communities } from './communities';
import { undirectedProjection, type Projection } from './projection';

export interface MetricOptions {
  /** Seed for sampled betweenness and Louvain. */
  seed: number;
  /** Source nodes for betweenness: all of them (exact) up to this many nodes, a sample beyond. */
  betweennessSamples: number;
}

/**
 * 1,000 sources: enough to rank the central actors (Brandes and Pich's pivot sampling), and cheap
 * enough to finish on the second core while the first lays the graph out (more sources outlast the
 * layout on large corpora: `npm run bench` shows the metrics stage's time).
 */
export const defaultMetricOptions: MetricOptions = { seed: 1, betweennessSamples: 1000 };

interface MetricContext {
  graph: AnalysisGraph;
  options: MetricOptions;
  projection: () => Projection;
  /** Betweenness of the projection's nodes, possibly computed in a worker thread meanwhile. */
  betweenness: () => Float64Array;
  set: (node: string, values: Partial<NodeMetricAttributes>) => void;
}

export interface MetricSpec {
  id: string;
  description: string;
  attributes: readonly (keyof NodeMetricAttributes)[];
  compute: (ctx: MetricContext) => void;
}

export const metricRegistry: readonly MetricSpec[] = [
  {
    id: 'degree',
    description: 'In- and out-degree, counting parallel edges.',
    attributes: ['inDegree', 'outDegree'],
    compute: ({ graph, set }) =>
      graph.forEachNode((n) => set(n, { inDegree: graph.inDegree(n), outDegree: graph.outDegree(n) })),
  },
  {
    id: 'interactions',
    description:
      'Conflict and cooperation in the interaction network (actor → recipient, Goldstein-weighted under the modality rules), taken and received.',
    attributes: ['conflict', 'cooperation', 'conflictReceived', 'cooperationReceived'],
    compute: ({ graph, set }) => {
      const sums = new Map<
        string,
        Pick<NodeMetricAttributes, 'conflict' | 'cooperation' | 'conflictReceived' | 'cooperationReceived'>
      >();
      graph.forEachNode((n) =>
        sums.set(n, { conflict: 0, cooperation: 0, conflictReceived: 0, cooperationReceived: 0 }),
      );
      const round = (v: number) => Math.round(v * 1000) / 1000 || 0;
      for (const edge of interactionNetwork(selectStatements(graph).statements).edges) {
        const taken = sums.get(edge.actor);
        const received = sums.get(edge.recipient);
        if (taken) {
          taken.conflict = round(taken.conflict + edge.conflict);
          taken.cooperation = round(taken.cooperation + edge.cooperation);
        }
        if (received) {
          received.conflictReceived = round(received.conflictReceived + edge.conflict);
          received.cooperationReceived = round(received.cooperationReceived + edge.cooperation);
        }
      }
      for (const [n, values] of sums) set(n, values);
    },
  },
  {
    id: 'betweenness',
    description:
      'Betweenness centrality on the undirected projection, 0…1; sampled beyond betweennessSamples nodes.',
    attributes: ['betweenness'],
    compute: ({ projection, betweenness, set }) => {
      const p = projection();
      const values = betweenness();
      p.nodes.forEach((n, i) => set(n, { betweenness: values[i]! }));
    },
  },
  {
    id: 'community',
    description: 'Louvain community on the undirected projection weighted by edge count; 0 is the largest.',
    attributes: ['community'],
    compute: ({ options, projection, set }) => {
      const p = projection();
      const values = communities(p, options.seed);
      p.nodes.forEach((n, i) => set(n, { community: values[i]! }));
    },
  },
];

/**
 * Betweenness of a projection's nodes, possibly still being computed elsewhere. The core computes it
 * in place; the Node side passes a runner that starts it on a second core (src/node/threads), so that
 * it runs beside the layout.
 */
export interface BetweennessJob {
  /** The normalised centrality of every node of the projection, in its order. */
  result(): Float64Array;
  /** Where it was computed: with a worker thread, or on the calling thread alone. */
  readonly thread: 'worker' | 'main';
}

export type BetweennessRunner = (p: Projection, samples: number, seed: number) => BetweennessJob;

/** Computes betweenness on the calling thread, when asked for the result. */
export const inPlaceBetweenness: BetweennessRunner = (p, samples, seed) => {
  let values: Float64Array | undefined;
  return { thread: 'main', result: () => (values ??= betweenness(p, samples, seed)) };
};

/** Every node's metrics, by node key. */
export type NodeMetrics = Map<string, NodeMetricAttributes>;

export interface MetricsRun {
  /** Waits for the betweenness job and returns every node's metrics, in the graph's node order. */
  result(): NodeMetrics;
}

/**
 * The metrics stage. It starts the betweenness job at once (on a second core when `runner` has one)
 * and computes the rest when `result()` is called, so that a caller can lay the graph out meanwhile.
 */
export function startMetrics(
  graph: AnalysisGraph,
  projection: Projection,
  options: Partial<MetricOptions> = {},
  runner: BetweennessRunner = inPlaceBetweenness,
): MetricsRun {
  const resolved = { ...defaultMetricOptions, ...options };
  const job = runner(projection, resolved.betweennessSamples, resolved.seed);
  return { result: () => computeMetrics(graph, projection, resolved, job) };
}

function computeMetrics(
  graph: AnalysisGraph,
  projection: Projection,
  options: MetricOptions,
  job: BetweennessJob,
) {
  const metrics: NodeMetrics = new Map();
  graph.forEachNode((node) => metrics.set(node, {} as NodeMetricAttributes));
  const ctx: MetricContext = {
    graph,
    options,
    projection: () => projection,
    betweenness: () => job.result(),
    set: (node, values) => Object.assign(metrics.get(node)!, values),
  };
  for (const metric of metricRegistry) metric.compute(ctx);
  return metrics;
}

/** The metrics of a graph, computed on this thread: `startMetrics(…).result()`. */
export function metricsOf(graph: AnalysisGraph, options: Partial<MetricOptions> = {}): NodeMetrics {
  return startMetrics(graph, undirectedProjection(graph), options).result();
}
