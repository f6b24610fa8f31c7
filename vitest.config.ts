import { fileURLToPath } from 'node:url';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * Whether this run names the perf project (`npm run test:perf`, `vitest run --project perf`). Its
 * tests assert time budgets, which hold on an otherwise idle machine only: it exists only when named,
 * so that `npm test` and a bare `vitest run` never run it.
 */
const perfNamed = process.argv.some(
  (arg, i, all) => arg === '--project=perf' || (arg === '--project' && all[i + 1] === 'perf'),
);

/** A browser project: headless Chromium against the built site, one file at a time. */
function browserProject(name: string, folder: string): TestProjectInlineConfiguration {
  return {
    extends: true,
    test: {
      name,
      include: [`${folder}/**/*.test.ts`],
      environment: 'node',
      globalSetup: ['tests/e2e/global-setup.ts'],
      fileParallelism: false,
      testTimeout: 120_000,
      hookTimeout: 600_000,
    },
  };
}

// Projects: fast unit tests in Node; end-to-end tests in headless Chromium against the built site
// (with their own setup that builds the site and serves it); and, when named, the perf tests.
export default defineConfig({
  // The package's own entries, as scripts import them: the core, and the Node side.
  resolve: {
    alias: [
      { find: /^stancegraph$/, replacement: here('src/core/index.ts') },
      { find: /^stancegraph\/node$/, replacement: here('src/node/index.ts') },
    ],
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts', 'bench/**/*.test.ts'],
          exclude: ['tests/e2e/**', 'tests/perf/**', 'node_modules/**'],
          environment: 'node',
          globalSetup: ['tests/support/unit-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      browserProject('e2e', 'tests/e2e'),
      ...(perfNamed ? [browserProject('perf', 'tests/perf')] : []),
    ],
  },
});
