export { mulberry32 } from './random';
export {
  LimitError,
  explainLimit,
  withinLimits,
  V8_MAX_MAP_ENTRIES,
  V8_MAX_STRING_LENGTH,
  type LimitKind,
} from './limits';
