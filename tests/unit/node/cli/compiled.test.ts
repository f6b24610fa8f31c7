/**
 * The command runs compiled JavaScript made once (src/node/compile.mjs, at `npm ci` and before
 * `npm test`), and the package's exports give scripts the core and the Node side.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const compiled = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.js'))
    .map((e) => join(e.parentPath, e.name));

describe('the compiled command', () => {
  it('runs from lib/cli.js, which neither compiles nor loads TypeScript at start', () => {
    expect(execFileSync(process.execPath, ['lib/cli.js', '--help'], { encoding: 'utf8' })).toContain(
      'Usage: stancegraph <command>',
    );
    for (const file of compiled('lib')) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(/from ["'](esbuild|tsx)/);
      expect(text, file).not.toMatch(/\.ts["']/);
    }
  });

  it('names lib/cli.js as the package bin, and has no runtime dependency on a compiler', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
    expect(pkg.bin).toEqual({ stancegraph: 'lib/cli.js' });
    for (const tool of ['esbuild', 'tsx', 'typescript', 'graphology-metrics', 'graphology-utils'])
      expect(pkg.dependencies, tool).not.toHaveProperty(tool);
  });
});

describe("the package's exports", () => {
  it('give a script the pipeline: the seed built in memory, as the README shows', () => {
    const script = `
      import { runPipeline } from 'stancegraph';
      import { folderSource } from 'stancegraph/node';
      const run = runPipeline(folderSource('graph-data'));
      const top = [...run.metrics].sort((a, b) => b[1].betweenness - a[1].betweenness)[0][0];
      console.log(JSON.stringify({ ...run.counts, top, errors: run.validation.errors }));`;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual({
      nodes: 21,
      edges: 42,
      sources: 1,
      entities: 21,
      relations: 23,
      stances: 19,
      top: 'russia',
      errors: 0,
    });
  });

  it('declare their types', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
    for (const entry of ['.', './node']) {
      const types = pkg.exports[entry].types as string;
      expect(readFileSync(types, 'utf8')).toMatch(/export \*/);
    }
  });
});
