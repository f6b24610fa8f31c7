/**
 * `stancegraph serve`: the viewer, the graph of a data folder kept up to date, and the local API
 * that edits the folder (docs/api.md), on 127.0.0.1.
 */
export { startServer, DEFAULT_PORT, type ServeOptions, type RunningServer } from './server';
export { LiveBuild, type BuildOutcome } from './live-build';
export { RebuildScheduler, type ChangeEvent } from './rebuild-scheduler';
export { diffGraphs, applyPatch, isEmptyPatch, type GraphPatch, type AttributeChange } from './graph-patch';
export { placeNodes } from './place-nodes';
export { MetricReuse } from './metric-reuse';
export { watchFolder, type FolderWatcher } from './watch-folder';
export { TOKEN_HEADER } from './guard';
export { MAX_BODY_BYTES } from './http-io';
