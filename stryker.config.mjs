// @ts-check
import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { join, relative } from 'node:path';
/**
 * Mutation testing of the core's validation, writers and readers: `npm run test:mutation` (opt-in,
 * not part of `npm test`). Measured on this 2-core machine with other work on it (load 4–7): the
 * first test run about 2½ minutes, then about 2.2 s a mutant: 409 mutants of four modules in 18
 * minutes; the whole set (about 4,100 mutants) would take some 2½ hours, so run it a few files
 * at a time:
 *   npm run test:mutation -- --mutate src/core/validate/suggest.ts,src/core/write/gexf/escape.ts
 * The JSON report lands in test-artifacts/mutation/; `node tests/support/mutation-summary.mjs`
 * turns it into docs/mutation.md (the scores per module).
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
const TEMP = 'test-artifacts/mutation/.stryker-tmp';
// Stryker runs the tests in a copy of the project at TEMP/sandbox-…; the tests read ../shared (the
// GEXF schema, sample files, the seed's article) beside the project: give the copy one too.
const shared = join(import.meta.dirname, '..', 'shared');
mkdirSync(TEMP, { recursive: true });
if (!existsSync(join(TEMP, 'shared')))
  symlinkSync(relative(join(import.meta.dirname, TEMP), shared), join(TEMP, 'shared'));

export default {
  testRunner: 'vitest',
  vitest: { configFile: 'tests/support/vitest.mutation.config.ts', related: false },
  coverageAnalysis: 'perTest',
  mutate: ['src/core/validate/**/*.ts', 'src/core/write/**/*.ts', 'src/core/open/**/*.ts', '!**/index.ts'],
  // Generated, built or git-ignored: not copied into Stryker's sandbox.
  ignorePatterns: [
    'bench/corpus',
    'web/dist',
    'dist',
    'lib',
    'test-artifacts',
    'scratch',
    'bench/results/tmp',
  ],
  concurrency: 2,
  timeoutMS: 5_000,
  reporters: ['clear-text', 'progress', 'json', 'html'],
  jsonReporter: { fileName: 'test-artifacts/mutation/mutation.json' },
  htmlReporter: { fileName: 'test-artifacts/mutation/mutation.html' },
  tempDirName: TEMP,
  incremental: false,
  cleanTempDir: 'always',
  thresholds: { high: 85, low: 70, break: null },
};
