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

/**
 * Waits for vite preview to say where it listens (its "Local:" line names the URL), then checks
 * that it serves the graph: no polling, the server's own word is the event.
 */
async function waitForServer(url: string, child: ChildProcess, timeoutMs = 30_000): Promise<void> {
  const output = child.stdout!;
  let seen = '';
  await new Promise<void>((resolve, reject) => {
    const deadline = setTimeout(() => fail(new Error(`did not start within ${timeoutMs} ms`)), timeoutMs);
    const exited = (code: number | null) => fail(new Error(`exited with ${code}`));
    function done(error?: Error): void {
      clearTimeout(deadline);
      output.off('data', read);
      child.off('exit', exited);
      // Its later output is not needed, but must not fill the pipe.
      output.resume();
      if (error) reject(error);
      else resolve();
    }
    function fail(error: Error): void {
      done(new Error(`e2e setup: vite preview ${error.message}; its output: ${seen}`));
    }
    function read(chunk: Buffer): void {
      // Without its colours' escape codes: vite prints the port in bold.
      // eslint-disable-next-line no-control-regex -- the escape character is what is matched.
      seen = (seen + chunk.toString('utf8')).replace(/\x1b\[[0-9;]*m/g, '');
      if (seen.includes(url)) done();
    }
    output.on('data', read);
    child.once('exit', exited);
  });
  const response = await fetch(`${url}graph.json`);
  if (!response.ok) throw new Error(`e2e setup: vite preview answers graph.json with ${response.status}`);
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
    { stdio: ['ignore', 'pipe', 'inherit'] },
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
