export interface VitestJsonReport {
  numPassedTests?: number;
  numFailedTests?: number;
  numPendingTests?: number;
  numTodoTests?: number;
  testResults?: { status: string; assertionResults?: unknown[] }[];
}

export declare function summarize(
  checks: { name: string; ok: boolean }[],
  vitest: { ok: boolean; report?: VitestJsonReport },
): { passed: number; failed: number; skipped: number; lines: string[] };
