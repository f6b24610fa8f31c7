/** The stages of the pipeline, in order, and the events a run reports as it goes (for progress bars and scripts). */

export const STAGES = [
  'read',
  'validate',
  'build',
  'metrics',
  'layout',
  'style',
  'analyse',
  'write',
] as const;
export type StageName = (typeof STAGES)[number];

/**
 * What a run tells as it goes: each stage's start and end, and, inside the long ones, how far it
 * is (`done` of `total`, in the stage's own unit: files, iterations, nodes, chunks).
 */
export type PipelineEvent =
  | { type: 'start'; stage: StageName }
  | { type: 'progress'; stage: StageName; done: number; total: number; unit: string }
  | { type: 'end'; stage: StageName; ms: number };

export type PipelineListener = (event: PipelineEvent) => void;

/** Reports progress of one stage at most every `every` ms, and always at the last step. */
export function progressReporter(
  listener: PipelineListener | undefined,
  stage: StageName,
  unit: string,
  every = 100,
): ((done: number, total: number) => void) | undefined {
  if (!listener) return undefined;
  let last = -Infinity;
  return (done, total) => {
    const now = performance.now();
    if (done < total && now - last < every) return;
    last = now;
    listener({ type: 'progress', stage, done, total, unit });
  };
}
