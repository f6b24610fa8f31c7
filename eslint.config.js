// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Node's built-in modules, with or without the node: prefix. */
const NODE_BUILTINS = {
  regex:
    '^(node:.*|(assert|buffer|child_process|crypto|events|fs|http|https|net|os|path|perf_hooks|process|readline|stream|url|util|v8|vm|worker_threads|zlib)(/.*)?)$',
  message: 'The core and the viewer run in browsers too: no Node modules here (the Node side is src/node).',
};
const INTO_NODE_SIDE = {
  regex:
    '(^stancegraph/node$|(^|/)node/(cli|docs|edit|memory|publish|read|serve|threads)(/|$)|(^|/)src/node(/|$))',
  message: 'Only the command line and scripts use the Node side (src/node).',
};
const INTO_WEB = { regex: '(^|/)web(/|$)', message: 'The viewer depends on the core, never the other way.' };
const VIEWER_PACKAGES = {
  regex: '^(sigma|@sigma/.*|vite|playwright-core|esbuild|tsx|typescript)(/.*)?$',
  message: 'The core holds no viewer, test or build tool packages.',
};
const DEEP_INTO_SRC = {
  regex: '(^|/)src/(core|node)(/|$)',
  message: "The viewer imports the core through its one entry: import … from 'stancegraph'.",
};
const BROWSER_AND_NODE_GLOBALS = [
  'document',
  'window',
  'navigator',
  'location',
  'localStorage',
  'self',
  'process',
  'Buffer',
  'require',
  'global',
  '__dirname',
  '__filename',
  'setImmediate',
].map((name) => ({ name, message: 'The core runs anywhere: no globals of one runtime.' }));

const restrict = (...patterns) => ['error', { patterns }];

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'lib/', 'web/dist/', 'test-artifacts/', 'bench/results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Text from data is never inserted as HTML: use textContent.' },
        { property: 'outerHTML', message: 'Text from data is never inserted as HTML.' },
        { property: 'insertAdjacentHTML', message: 'Text from data is never inserted as HTML.' },
      ],
    },
  },
  // The boundaries (docs/architecture.md), backing each part's tsconfig: a dependency's type file
  // can bring Node's types back into a part that must not use them.
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(NODE_BUILTINS, INTO_NODE_SIDE, INTO_WEB, VIEWER_PACKAGES),
      'no-restricted-globals': ['error', ...BROWSER_AND_NODE_GLOBALS],
    },
  },
  {
    files: ['src/node/**/*.ts'],
    rules: { 'no-restricted-imports': restrict(INTO_WEB, VIEWER_PACKAGES) },
  },
  {
    files: ['web/src/**/*.ts'],
    rules: { 'no-restricted-imports': restrict(NODE_BUILTINS, INTO_NODE_SIDE, DEEP_INTO_SRC) },
  },
  {
    files: ['tests/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict({
        regex: '(^|/)bench(/|$)',
        message: 'Tests and bench share code through devkit/, never by importing each other.',
      }),
    },
  },
  {
    files: ['bench/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict({
        regex: '(^|/)tests(/|$)',
        message: 'Tests and bench share code through devkit/, never by importing each other.',
      }),
    },
  },
  {
    files: ['devkit/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict({
        regex: '(^|/)(tests|bench)(/|$)',
        message: 'devkit/ serves tests and bench and depends on neither.',
      }),
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
