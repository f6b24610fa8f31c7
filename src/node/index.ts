/**
 * stancegraph's Node side: reading a data folder from disk, publishing a build atomically, the
 * memory plan, work on a second core, and the command line. The core (`stancegraph`) does the rest.
 */
export * from './read';
export * from './publish';
export * from './threads';
export * from './memory';
