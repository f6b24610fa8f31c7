/**
 * The boundaries are kept by the compiler and the linter, not by comments: the core compiles
 * without Node's types and without the DOM's, and the lint rules refuse imports across parts
 * (docs/architecture.md). Each check is shown failing on a probe and passing on its control.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';

const probes = resolve('test-artifacts/boundary-probes');
afterAll(() => rmSync(probes, { recursive: true, force: true }));

/** tsc with the core's own settings on one extra file; its messages, or '' when it compiles. */
function compileInCore(name: string, source: string): string {
  const dir = join(probes, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'probe.ts'), source);
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      extends: resolve('src/core/tsconfig.json'),
      include: [resolve('src/core'), join(dir, 'probe.ts')],
    }),
  );
  const run = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', dir], {
    encoding: 'utf8',
  });
  return run.status === 0 ? '' : run.stdout;
}

describe('the core compiles for any runtime', () => {
  it('refuses an import of a Node module', () => {
    expect(
      compileInCore(
        'node-import',
        "import { readFileSync } from 'node:fs';\nexport const f = readFileSync;\n",
      ),
    ).toMatch(/probe\.ts\(1,\d+\): error TS2307: Cannot find module 'node:fs'/);
  });

  it('refuses a DOM global', () => {
    expect(compileInCore('dom-global', 'export const title = document.title;\n')).toMatch(
      /probe\.ts\(1,\d+\): error TS2584: Cannot find name 'document'/,
    );
  });

  it('accepts the same probe without them, through the core', () => {
    expect(
      compileInCore(
        'control',
        "import { runPipeline } from '../../../src/core';\nexport const f = runPipeline;\n",
      ),
    ).toBe('');
  });
});

describe('the lint rules refuse crossings', () => {
  const eslint = new ESLint();
  /** The rules that fail on the code, each once. */
  const errors = async (filePath: string, code: string) => [
    ...new Set(
      (await eslint.lintText(code, { filePath }))[0]!.messages
        .filter((m) => m.severity === 2)
        .map((m) => m.ruleId),
    ),
  ];

  it('the viewer importing the Node side, or the core other than through its entry', async () => {
    expect(
      await errors(
        'web/src/ui/probe.ts',
        "import { folderSource } from 'stancegraph/node';\nexport default folderSource;\n",
      ),
    ).toEqual(['no-restricted-imports']);
    expect(
      await errors(
        'web/src/ui/probe.ts',
        "import { readDataFolder } from '../../../src/node/read';\nexport default readDataFolder;\n",
      ),
    ).toEqual(['no-restricted-imports']);
    expect(
      await errors(
        'web/src/ui/probe.ts',
        "import { runPipeline } from '../../../src/core/pipeline';\nexport default runPipeline;\n",
      ),
    ).toEqual(['no-restricted-imports']);
    expect(
      await errors(
        'web/src/ui/probe.ts',
        "import { readFileSync } from 'node:fs';\nexport default readFileSync;\n",
      ),
    ).toEqual(['no-restricted-imports']);
    expect(
      await errors(
        'web/src/ui/probe.ts',
        "import { runPipeline } from 'stancegraph';\nexport default runPipeline;\n",
      ),
    ).toEqual([]);
  });

  it('the core importing Node, the Node side, the viewer or a viewer package, or using a runtime global', async () => {
    for (const specifier of ['node:fs', 'path', '../../node/read', '../../../web/src/app', 'sigma'])
      expect(
        await errors('src/core/build/probe.ts', `import x from '${specifier}';\nexport default x;\n`),
        specifier,
      ).toEqual(['no-restricted-imports']);
    expect(await errors('src/core/build/probe.ts', 'export const cwd = process.cwd();\n')).toEqual([
      'no-restricted-globals',
    ]);
    expect(
      await errors(
        'src/core/build/probe.ts',
        "import { mulberry32 } from '../util';\nexport default mulberry32;\n",
      ),
    ).toEqual([]);
  });

  it('tests and bench importing each other', async () => {
    expect(
      await errors('tests/unit/probe.test.ts', "import { x } from '../../bench/run';\nexport default x;\n"),
    ).toEqual(['no-restricted-imports']);
    expect(
      await errors('bench/probe.ts', "import { x } from '../tests/support/pipeline';\nexport default x;\n"),
    ).toEqual(['no-restricted-imports']);
    expect(
      await errors('bench/probe.ts', "import { x } from '../devkit/browser';\nexport default x;\n"),
    ).toEqual([]);
  });
});
