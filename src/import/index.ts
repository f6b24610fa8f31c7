export { GexfReader, readGexf } from './gexf-reader';
export { readGraphJson } from './json-reader';
export { readGraphText, sniffFormat } from './read-graph-file';
export { parseValue, splitList } from './gexf-values';
export {
  GraphFileError,
  defaultReadLimits,
  type ImportResult,
  type ImportWarning,
  type ReadLimits,
} from './types';
