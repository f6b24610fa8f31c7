export { assignDisplay, assignStyles, nodeSize, edgeSize, MIN_NODE_SIZE, MAX_NODE_SIZE } from './display';
export {
  assignLayout,
  layoutPlans,
  planFor,
  layoutSettings,
  type LayoutPlan,
  type LayoutOptions,
} from './layout';
export * from './palette';
export {
  viewerSettingsFor,
  viewerCapacity,
  SIZE_DEPENDENT_SETTINGS,
  type SizeDependentSigmaSettings,
  type GraphSize,
  type ViewerCapacity,
} from './viewer-settings';
