/** Reading graph files off the page's thread: the reader worker, its messages, and the task that runs it. */
export { readGraph, ReadCancelled, type ReadTask, type ProgressListener } from './read-task';
export { readGraphBlob, type ReadOptions } from './read-blob';
export type { ReadGraph, ReaderMessage, ReadRequest } from './protocol';
