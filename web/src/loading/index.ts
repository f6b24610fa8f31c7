/** Graphs onto the page: graph.json from the server (loading state, Retry) and opened files (progress, Cancel). */
export { GraphLoader, LOADING_DELAY_MS, STALL_MS } from './graph-loader';
export { fetchGraph, FetchFailed, type FetchOptions } from './fetch-graph';
