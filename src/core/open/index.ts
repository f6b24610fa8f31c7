/** Readers of graph files (GEXF 1.1–1.3, graph.json), streaming, with limits and located repairs: for the viewer and `inspect`. */
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
