/**
 * stancegraph's core: everything from a data file's text to a laid-out, styled graph and its files,
 * with no Node and no DOM, so that the command line, the viewer and your own scripts share it.
 * The stages in order: validate → build → metrics → layout → style → write, run by `runPipeline`;
 * the readers of graph files (`open`) serve the viewer and `stancegraph inspect`.
 */
export * from './schema';
export * from './validate';
export * from './build';
export * from './metrics';
export * from './layout';
export * from './style';
export * from './analysis';
export * from './write';
export * from './open';
export * from './pipeline';
export * from './util';
