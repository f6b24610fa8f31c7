/** Graphs in: opening files through the reader worker with the size cap, and the repair that makes any graph drawable. */
export { GraphFileError, MAX_FILE_BYTES, VIEWER_LIMITS, formatBytes } from './errors';
export { prepareGraph, isStancegraph } from './prepare';
export { repairPositions, hasValidPosition, type PositionRepair } from './positions';
export {
  openGraphFile,
  openGraphBlob,
  checkFileSize,
  describeWarning,
  describeOpened,
  describeWarnings,
  describeRefusal,
  type OpenedGraph,
} from './open-file';
export { filteredCopy } from './filtered-copy';
