export {
  assignMetrics,
  metricRegistry,
  defaultMetricOptions,
  type MetricOptions,
  type MetricSpec,
} from './metrics';
export { betweenness } from './betweenness';
export { communities } from './communities';
export { undirectedProjection, type Projection } from './projection';
