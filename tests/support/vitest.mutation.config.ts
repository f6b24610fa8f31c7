/**
 * The unit tests Stryker runs (`npm run test:mutation`): the unit project's tests of the core, and
 * the viewer's graph input that calls the core's readers. Tests that spawn the compiled command line
 * (lib/) are left out: they never run the instrumented sources, only slow each mutant down. Every
 * covering test reruns for each mutant, so one thing is smaller than in `npm test`: the re-export
 * of foreign GEXF files reads the samples under 100 KB (7 of 12). That can only lower the score.
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
    env: { STANCEGRAPH_MAX_SAMPLE_BYTES: '100000' },
    globalSetup: [here('unit-setup.ts')],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
