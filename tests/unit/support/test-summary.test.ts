/** The closing lines of `npm test` (tests/support/test-summary.mjs): what CI reads, and the static checks above it. */
import { describe, expect, it } from 'vitest';
import { summarize, type VitestJsonReport } from '../../support/test-summary.mjs';

const ALL_OK = [
  { name: 'compile', ok: true },
  { name: 'typecheck src/core', ok: true },
  { name: 'lint', ok: true },
];
const report = (r: Partial<VitestJsonReport> = {}): VitestJsonReport => ({
  numPassedTests: 10,
  numFailedTests: 0,
  numPendingTests: 0,
  numTodoTests: 0,
  testResults: [{ status: 'passed', assertionResults: [{}] }],
  ...r,
});

describe('the summary of npm test', () => {
  it('counts tests only: passed checks are not tests; skipped and todo tests are skipped', () => {
    expect(
      summarize(ALL_OK, { ok: true, report: report({ numPendingTests: 2, numTodoTests: 1 }) }).lines,
    ).toEqual([
      'static checks: compile ok, typecheck src/core ok, lint ok',
      '10 passed, 0 failed, 3 skipped',
    ]);
  });

  it('counts a failed static check among the failed, so that no run says 0 failed while a check failed', () => {
    const checks = [ALL_OK[0]!, { name: 'typecheck src/core', ok: false }, { name: 'lint', ok: false }];
    const summary = summarize(checks, { ok: true, report: report() });
    expect(summary.lines).toEqual([
      'static checks: compile ok, typecheck src/core FAILED, lint FAILED',
      '10 passed, 2 failed, 0 skipped',
    ]);
    expect(summary.failed).toBe(2);
  });

  it('adds failed tests, and a test file that failed to load, to the failed checks', () => {
    const r = report({
      numFailedTests: 3,
      testResults: [
        { status: 'failed', assertionResults: [{}, {}] },
        { status: 'failed', assertionResults: [] },
      ],
    });
    expect(summarize([{ name: 'lint', ok: false }], { ok: false, report: r }).lines.at(-1)).toBe(
      '10 passed, 5 failed, 0 skipped',
    );
  });

  it('counts a crashed vitest run, or one that left no report, as a failure', () => {
    expect(summarize(ALL_OK, { ok: false }).lines).toEqual([
      'static checks: compile ok, typecheck src/core ok, lint ok',
      'vitest crashed before writing its report',
      '0 passed, 1 failed, 0 skipped',
    ]);
    expect(summarize(ALL_OK, { ok: true }).lines.slice(1)).toEqual([
      'vitest left no report',
      '0 passed, 1 failed, 0 skipped',
    ]);
  });

  it('counts vitest failing outside any test (an unhandled error, a setup) as a failure', () => {
    expect(summarize(ALL_OK, { ok: false, report: report() }).lines.slice(1)).toEqual([
      'vitest failed outside any test (see its output above)',
      '10 passed, 1 failed, 0 skipped',
    ]);
  });
});
