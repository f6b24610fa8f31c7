/**
 * The unit tests Stryker runs (`npm run test:mutation`): the unit project's tests of the core, and
 * the viewer's readers that call the core's. Tests that spawn the compiled command line (lib/) are
 * left out: they never run the instrumented sources, only slow each mutant down.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^stancegraph$/, replacement: here('../../src/core/index.ts') },
      { find: /^stancegraph\/node$/, replacement: here('../../src/node/index.ts') },
    ],
  },
  test: {
    root: here('../..'),
    name: 'unit',
    include: ['tests/unit/core/**/*.test.ts', 'tests/unit/web/input/graph-input.test.ts'],
    environment: 'node',
    globalSetup: [here('unit-setup.ts')],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
