/**
 * The e2e project's setup: Debian's chromium and xmllint (installed with apt-get when missing and
 * running as root), the static site (`npm run build:web`'s two steps), and `vite preview` serving it
 * on a free port. Teardown stops the preview server by its own PID.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

const REQUIRED = [
  { binary: '/usr/bin/chromium', pkg: 'chromium' },
  { binary: '/usr/bin/xmllint', pkg: 'libxml2-utils' },
];

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0)
    throw new Error(`e2e setup: \`${command} ${args.join(' ')}\` failed (exit ${result.status})`);
}

function ensureTools(): void {
  const missing = REQUIRED.filter((tool) => !existsSync(tool.binary));
  if (missing.length === 0) return;
  const packages = missing.map((tool) => tool.pkg);
  if (process.getuid?.() !== 0) {
    throw new Error(
      `e2e setup: ${missing.map((t) => t.binary).join(' and ')} missing. Install them with: sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}`,
    );
  }
  run('apt-get', ['update']);
  run('apt-get', ['install', '-y', '--no-install-recommends', ...packages]);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitForServer(url: string, child: ChildProcess, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`e2e setup: vite preview exited with ${child.exitCode}`);
    try {
      const response = await fetch(`${url}graph.json`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`e2e setup: vite preview did not answer at ${url} within ${timeoutMs} ms`);
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  ensureTools();
  run(process.execPath, ['lib/cli.js', 'build', 'graph-data', '--out', 'dist']);
  run(process.execPath, [
    'node_modules/vite/bin/vite.js',
    'build',
    '--config',
    'web/vite.config.ts',
    '--logLevel',
    'warn',
  ]);
  const port = await freePort();
  const preview = spawn(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'preview',
      '--config',
      'web/vite.config.ts',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const url = `http://127.0.0.1:${port}/`;
  try {
    await waitForServer(url, preview);
  } catch (error) {
    preview.kill();
    throw error;
  }
  project.provide('baseUrl', url);
  return async () => {
    if (preview.exitCode !== null || preview.pid === undefined) return;
    const exited = new Promise((resolve) => preview.once('exit', resolve));
    process.kill(preview.pid, 'SIGTERM');
    await exited;
  };
}
