/** The orchestrator: the stages in order, their events, and where the data comes from. */
export { runPipeline, type PipelineOptions, type PipelineRun } from './run-pipeline';
export { assembleGraph } from './assemble';
export { memorySource, type DataSource } from './source';
export {
  STAGES,
  progressReporter,
  type StageName,
  type PipelineEvent,
  type PipelineListener,
} from './stages';
