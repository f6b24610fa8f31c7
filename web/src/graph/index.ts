/** Graphs in: graph.json and GEXF parsing with their guards, and the repair that makes any graph drawable. */
export { GraphFileError, MAX_FILE_BYTES, formatBytes } from './errors';
export { checkGexfText, sniffFormat } from './gexf-guard';
export { parseGraphJson } from './parse-json';
export { parseGexf } from './parse-gexf';
export { prepareGraph, isStancegraph } from './prepare';
export { repairPositions, hasValidPosition, type PositionRepair } from './positions';
export { openGraphFile, graphFromText, type OpenedGraph } from './open-file';
export { filteredCopy } from './filtered-copy';
