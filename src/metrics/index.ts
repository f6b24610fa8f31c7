export {
  assignMetrics,
  metricRegistry,
  defaultMetricOptions,
  type MetricOptions,
  type MetricSpec,
} from './metrics';
export { betweenness } from './betweenness';
export { startBetweenness, type BetweennessJob } from './betweenness-job';
export { communities } from './communities';
export { undirectedProjection, type Projection } from './projection';
