/**
 * A partial run (`--skip layout,browser`) can take the parts it skipped from an earlier results file
 * (`--reuse FILE`): each reused part is listed with the commit and date it was measured at, in the
 * results, the tables and under the chart, so that no figure passes for newer than it is.
 */
import { readFileSync } from 'node:fs';
import type { BenchResults, ReusedPart } from './results';

/** Each part a run can take from an earlier one, by the `--skip` name that leaves it out. */
export const REUSABLE_PARTS = {
  builds: 'corpus',
  writersReference: 'writers',
  writersScale: 'scale',
  forceAtlas2: 'layout',
  browser: 'browser',
  builder: 'builder',
} as const;

export function reuseSkippedParts(results: BenchResults, earlierPath: string, skipped: Set<string>): void {
  const earlier = JSON.parse(readFileSync(earlierPath, 'utf8')) as BenchResults;
  for (const [part, skipName] of Object.entries(REUSABLE_PARTS) as [keyof typeof REUSABLE_PARTS, string][]) {
    if (!skipped.has(skipName) || earlier[part] === undefined) continue;
    (results as unknown as Record<string, unknown>)[part] = earlier[part];
    // A part the earlier run had itself reused keeps its own origin, machine included.
    const origin = earlier.reused?.find((u) => u.part === part) ?? {
      part,
      commit: earlier.machine.commit ?? '?',
      date: earlier.date,
      loadAverage: earlier.loadAverage,
      machine: earlier.machine,
      ...(earlier.command ? { command: earlier.command } : {}),
    };
    (results.reused ??= []).push(origin);
  }
}

/** The commit a part was measured at, with "+ changes" when the working tree differed from it. */
export function sourceOf(u: Pick<ReusedPart, 'commit' | 'machine'>): string {
  const m = u.machine;
  if (!m) return `commit ${u.commit}, working tree not recorded`;
  return m.dirty
    ? `commit ${u.commit} + uncommitted changes ${m.diffSha256?.slice(0, 12) ?? '?'}`
    : `commit ${u.commit}`;
}

/** One line for the tables and the chart's caption, or '' when nothing was reused. */
export function reusedLine(r: BenchResults): string {
  if (!r.reused?.length) return '';
  return `Reused from earlier runs: ${r.reused
    .map(
      (u) =>
        `${u.part} (${sourceOf(u)}, ${u.date.slice(0, 10)}, ${u.machine ? `${u.machine.cpu}, ${u.machine.cores} cores` : 'machine not recorded'})`,
    )
    .join(', ')}`;
}
