/**
 * A partial run (`--skip layout,browser`) can take the parts it skipped from an earlier results file
 * (`--reuse FILE`): each reused part is listed with the commit and date it was measured at, in the
 * results, the tables and under the chart, so that no figure passes for newer than it is.
 */
import { readFileSync } from 'node:fs';
import type { BenchResults } from './results';

export const REUSABLE_PARTS = ['writersReference', 'writersScale', 'forceAtlas2', 'browser'] as const;

export function reuseSkippedParts(results: BenchResults, earlierPath: string): void {
  const earlier = JSON.parse(readFileSync(earlierPath, 'utf8')) as BenchResults;
  for (const part of REUSABLE_PARTS) {
    if (results[part] !== undefined || earlier[part] === undefined) continue;
    (results as unknown as Record<string, unknown>)[part] = earlier[part];
    (results.reused ??= []).push({ part, commit: earlier.machine.commit ?? '?', date: earlier.date });
  }
}

/** One line for the tables and the chart's caption, or '' when nothing was reused. */
export function reusedLine(r: BenchResults): string {
  if (!r.reused?.length) return '';
  return `Reused from earlier runs: ${r.reused.map((u) => `${u.part} (commit ${u.commit}, ${u.date.slice(0, 10)})`).join(', ')}`;
}
