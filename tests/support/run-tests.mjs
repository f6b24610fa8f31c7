#!/usr/bin/env node
// `npm test`: the static checks (types, lint, format), then every vitest test (unit and browser),
// then one closing line "N passed, N failed" counted from vitest's JSON report plus the checks.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

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
const report = 'test-artifacts/vitest.json';
rmSync(report, { force: true });
const extra = process.argv.slice(2);
step('vitest', bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`,
  ...extra,
]);

let passed = results.filter((r) => r.ok && r.name !== 'vitest').length;
let failed = results.filter((r) => !r.ok && r.name !== 'vitest').length;
const vitestOk = results.find((r) => r.name === 'vitest').ok;
if (existsSync(report)) {
  const json = JSON.parse(readFileSync(report, 'utf8'));
  passed += json.numPassedTests;
  failed += json.numFailedTests;
  // A file that fails to load has no test results of its own: count it as a failure.
  for (const file of json.testResults ?? [])
    if (file.status === 'failed' && (file.assertionResults ?? []).length === 0) failed += 1;
  if (
    !vitestOk &&
    json.numFailedTests === 0 &&
    failed === results.filter((r) => !r.ok && r.name !== 'vitest').length
  )
    failed += 1;
} else if (!vitestOk) failed += 1;

const failedChecks = results.filter((r) => !r.ok).map((r) => r.name);
if (failedChecks.length) process.stdout.write(`\nFailed steps: ${failedChecks.join(', ')}\n`);
process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
process.exit(failed > 0 || failedChecks.length > 0 ? 1 : 0);
