#!/usr/bin/env node
// The `stancegraph` command. Its TypeScript sources run from one bundle (esbuild, packages left
// external) kept in node_modules/.cache and rebuilt, in about 0.2 s, whenever a file under src/ is
// newer than it: starting through tsx's loader instead costs about 0.6 s more on every run
// (measured: `--help` in 0.8 s through tsx). Without esbuild, tsx loads the sources directly.
import { mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { NODE_BUNDLE_OPTIONS } from './bundle-options.js';

const here = dirname(fileURLToPath(import.meta.url));
const sources = join(here, '..');
const bundle = join(here, '..', '..', 'node_modules', '.cache', 'stancegraph', 'cli.mjs');

function newestSourceMs() {
  let newest = 0;
  for (const entry of readdirSync(sources, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

async function bundled() {
  const built = statSync(bundle, { throwIfNoEntry: false })?.mtimeMs;
  if (built !== undefined && built >= newestSourceMs()) return bundle;
  let esbuild;
  try {
    esbuild = await import('esbuild');
  } catch {
    return undefined;
  }
  // Written aside and renamed: two commands starting at once never run a half-written bundle.
  const partial = `${bundle}.${process.pid}.partial.mjs`;
  try {
    // A read-only install cannot keep a bundle: tsx loads the sources then.
    mkdirSync(dirname(bundle), { recursive: true });
    esbuild.buildSync({
      entryPoints: [join(here, 'main.ts')],
      outfile: partial,
      ...NODE_BUNDLE_OPTIONS,
    });
    renameSync(partial, bundle);
    return bundle;
  } catch {
    rmSync(partial, { force: true });
    return undefined;
  }
}

const path = await bundled();
let main;
if (path) {
  ({ main } = await import(pathToFileURL(path).href));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('./main.ts'));
}
process.exitCode = await main(process.argv.slice(2));
