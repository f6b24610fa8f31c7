import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// Two projects: fast unit tests in Node, and end-to-end tests in headless Chromium against the
// built site (one at a time, with their own setup that builds the site and serves it).
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
          exclude: ['tests/e2e/**', 'node_modules/**'],
          environment: 'node',
          globalSetup: ['tests/support/unit-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
