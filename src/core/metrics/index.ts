/** Stage 4, metrics: degree, conflict and cooperation sums, betweenness, communities — a map by node. */
export {
  startMetrics,
  metricsOf,
  inPlaceBetweenness,
  metricRegistry,
  defaultMetricOptions,
  type NodeMetrics,
  type MetricsRun,
  type BetweennessJob,
  type BetweennessRunner,
  type CommunityRunner,
  type MetricOptions,
  type MetricSpec,
} from './metrics';
export {
  betweenness,
  accumulateBetweenness,
  betweennessSources,
  normalizeBetweenness,
  SOURCES_PER_CHUNK,
} from './betweenness';
export { communities } from './communities';
export { undirectedProjection, type Projection } from './projection';
