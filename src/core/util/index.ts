/** What every stage shares: the engine's hard limits, a browser tab's capacity, a seeded generator. */
export { mulberry32 } from './random';
export {
  LimitError,
  explainLimit,
  withinLimits,
  V8_MAX_MAP_ENTRIES,
  V8_MAX_STRING_LENGTH,
  type LimitKind,
} from './limits';
export {
  viewerCapacity,
  BROWSER_STRING_LIMIT,
  BROWSER_HEAP_BYTES,
  VIEWER_HEAP_PER_JSON_BYTE,
  type ViewerCapacity,
} from './browser-capacity';
