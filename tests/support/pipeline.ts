/** The pipeline as the tests run it: always through `runPipeline`, over a folder on disk. */
import { runPipeline, type PipelineOptions, type StanceGraph, type ValidationResult } from 'stancegraph';
import { folderSource } from 'stancegraph/node';

/** Read and validate a data folder; `display` names it in diagnostics. */
export function validateFolder(dir: string, display?: string): ValidationResult {
  return runPipeline(folderSource(dir, display), { until: 'validate' }).validation;
}

/** The built, laid-out and styled graph of a data folder that must be valid. */
export function graphOf(dir: string, options: PipelineOptions = {}): StanceGraph {
  const run = runPipeline(folderSource(dir), options);
  if (!run.graph) {
    const first = run.validation.diagnostics.slice(0, 3).map((d) => `${d.file}:${d.line}: ${d.message}`);
    throw new Error(`${dir} did not build: ${run.validation.errors} errors\n${first.join('\n')}`);
  }
  return run.graph;
}
