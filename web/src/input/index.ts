/** Getting a graph in: graph.json from the server and opened files, read in the worker within the viewer's limits, made drawable. */
export { GraphFileError } from 'stancegraph';
export { GraphLoader } from './graph-loader';
export { fetchGraph, FetchFailed, type FetchOptions } from './fetch-graph';
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
export { VIEWER_LIMITS } from './limits';
export { prepareGraph, isStancegraph } from './prepare';
export { repairPositions, hasValidPosition, type PositionRepair } from './positions';
export {
  readGraph,
  readGraphBlob,
  sliceGraph,
  GraphAssembler,
  ReadCancelled,
  type ReadEvents,
  type ReadOptions,
  type ReadResult,
  type ReadTask,
} from './reader';
