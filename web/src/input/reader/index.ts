/** Reading graph files off the page's thread: the reader worker, its messages, and the task that runs it. */
export { readGraph, ReadCancelled, type ReadTask, type ReadEvents } from './read-task';
export { readGraphBlob, type ReadOptions, type ReadResult } from './read-blob';
export { sliceGraph, GraphAssembler } from './graph-slices';
export type { GraphHeader, GraphSlice, ReaderMessage, ReadRequest } from './protocol';
