/**
 * `stancegraph build` as a function: the pipeline over a data folder, with betweenness on a second
 * core, writing into a fresh build folder that is published as `outDir` only when every file is
 * written. A build with data errors writes nothing.
 */
import { OUTPUT_FILES, runPipeline, type PipelineListener, type PipelineRun } from '../../core';
import { folderSource } from '../read';
import { threadedBetweenness } from '../threads';
import { openPublication } from './publish-folder';

export interface BuildFolderOptions {
  dataDir: string;
  outDir: string;
  seed?: number;
  /** Whether to analyse and write the tables (the bench turns it off to measure what it adds). */
  analysis?: boolean;
  onEvent?: PipelineListener;
}

export function buildFolder(options: BuildFolderOptions): PipelineRun {
  const publication = openPublication(options.outDir, OUTPUT_FILES);
  let run: PipelineRun;
  try {
    run = runPipeline(folderSource(options.dataDir), {
      seed: options.seed ?? 1,
      betweenness: threadedBetweenness,
      sink: publication.sink,
      ...(options.analysis === false ? { analysis: false } : {}),
      ...(options.onEvent ? { onEvent: options.onEvent } : {}),
    });
  } catch (error) {
    publication.abort();
    throw error;
  }
  if (!run.written) {
    publication.abort();
    return run;
  }
  const start = performance.now();
  publication.commit();
  run.timings.write = (run.timings.write ?? 0) + Math.round(performance.now() - start);
  return run;
}
