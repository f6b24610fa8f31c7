/**
 * stancegraph's Node side: reading a data folder from disk, editing it in place and serving it live
 * (edit, serve), publishing a build atomically, the memory plan, work on a second core, and the
 * command line. The core (`stancegraph`) does the rest.
 */
export * from './read';
export * from './publish';
export * from './threads';
export * from './memory';
export * from './edit';
export * from './serve';
