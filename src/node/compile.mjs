#!/usr/bin/env node
// Compiles the library once, into lib/ (npm runs it at `npm ci` through `prepare`; `npm start` and
// `npm test` run it too, so that they never use a stale copy): one esbuild pass over the three
// entries — the core (lib/core.js), the Node side (lib/node.js) and the command (lib/cli.js) — with
// their shared code split into common chunks, packages left in node_modules; then the type
// declarations of the core and the Node side (lib/types) for package.json's exports.
// Plain JavaScript, so that it runs before anything can load TypeScript.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** How our sources become JavaScript for Node, shared with the bench, whose children are compiled alike. */
export const NODE_BUNDLE_OPTIONS = Object.freeze({
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Packages stay in node_modules: the output holds our sources only.
  packages: 'external',
  logLevel: 'warning',
});

const root = fileURLToPath(new URL('../..', import.meta.url));

export async function compile({ types = true } = {}) {
  const { build } = await import('esbuild');
  // Old chunks go (their names hold a hash); the declarations stay unless they are written anew.
  for (const part of ['chunks', ...(types ? ['types'] : [])])
    rmSync(`${root}lib/${part}`, { recursive: true, force: true });
  await build({
    ...NODE_BUNDLE_OPTIONS,
    absWorkingDir: root,
    entryPoints: { core: 'src/core/index.ts', node: 'src/node/index.ts', cli: 'src/node/cli/bin.ts' },
    outdir: 'lib',
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    banner: { js: '#!/usr/bin/env node' },
  });
  if (!types) return;
  const tsc = spawnSync(
    process.execPath,
    [`${root}node_modules/typescript/bin/tsc`, '-p', 'tsconfig.lib.json'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  if (tsc.status !== 0) throw new Error('tsc could not write the type declarations (see above)');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await compile({ types: !process.argv.includes('--no-types') });
}
