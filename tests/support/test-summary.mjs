/**
 * The closing lines of `npm test`: one for the static checks, then the count CI reads,
 * "N passed, N failed, N skipped". Tests are counted from vitest's JSON report; a failed static
 * check counts among the failed (so the run never says "0 failed" while a check failed), a passed
 * one is no test and is not counted; a vitest run that crashed or left no report is one failure more.
 */

/**
 * @param {{ name: string, ok: boolean }[]} checks the static checks in the order they ran
 * @param {{ ok: boolean, report?: any }} vitest whether vitest exited 0, and its JSON report if it left one
 * @returns {{ passed: number, failed: number, skipped: number, lines: string[] }}
 */
export function summarize(checks, vitest) {
  let passed = 0;
  let failed = checks.filter((c) => !c.ok).length;
  let skipped = 0;
  let vitestNote = '';
  const report = vitest.report;
  if (report) {
    passed = report.numPassedTests ?? 0;
    skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
    let failedTests = report.numFailedTests ?? 0;
    // A file that fails to load has no test results of its own: count it as a failure.
    for (const file of report.testResults ?? [])
      if (file.status === 'failed' && (file.assertionResults ?? []).length === 0) failedTests += 1;
    failed += failedTests;
    // vitest failed, yet no test and no file did: an error outside the tests (a setup, an unhandled error).
    if (!vitest.ok && failedTests === 0) {
      failed += 1;
      vitestNote = 'vitest failed outside any test (see its output above)';
    }
  } else {
    failed += 1;
    vitestNote = vitest.ok ? 'vitest left no report' : 'vitest crashed before writing its report';
  }
  const lines = [
    `static checks: ${checks.map((c) => `${c.name} ${c.ok ? 'ok' : 'FAILED'}`).join(', ')}`,
    ...(vitestNote ? [vitestNote] : []),
    `${passed} passed, ${failed} failed, ${skipped} skipped`,
  ];
  return { passed, failed, skipped, lines };
}
