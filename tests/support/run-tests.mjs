#!/usr/bin/env node
// `npm test`: the static checks (types, lint, format), then every vitest test (unit and browser),
// then a line for the static checks and the closing count "N passed, N failed, N skipped" of the
// tests, a failed check counted among the failed (tests/support/test-summary.mjs).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { summarize } from './test-summary.mjs';

const bin = (name) => `node_modules/.bin/${name}`;
const results = [];

function step(name, command, args) {
  process.stdout.write(`\n> ${name}: ${[command, ...args].join(' ')}\n`);
  const run = spawnSync(command, args, { stdio: 'inherit' });
  const ok = run.status === 0;
  results.push({ name, ok });
  return ok;
}

// The command line and the package's exports run compiled (lib/): compile first, as `npm start` does.
step('compile', process.execPath, ['src/node/compile.mjs']);
// Each part with its own limits: the core without Node or the DOM, the Node side, the viewer, the rest.
for (const project of ['src/core', 'src/node', 'web', '.'])
  step(`typecheck ${project}`, bin('tsc'), ['-p', project]);
step('lint', bin('eslint'), ['--max-warnings=0', '.']);
step('format', bin('prettier'), ['--check', '.']);

mkdirSync('test-artifacts', { recursive: true });
const reportPath = 'test-artifacts/vitest.json';
rmSync(reportPath, { force: true });
const extra = process.argv.slice(2);
step('vitest', bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${reportPath}`,
  ...extra,
]);

const checks = results.filter((r) => r.name !== 'vitest');
const vitestOk = results.find((r) => r.name === 'vitest').ok;
let report;
try {
  report = existsSync(reportPath) ? JSON.parse(readFileSync(reportPath, 'utf8')) : undefined;
} catch {
  report = undefined;
}
const summary = summarize(checks, { ok: vitestOk, report });
process.stdout.write(`\n${summary.lines.join('\n')}\n`);
process.exit(summary.failed > 0 ? 1 : 0);
