/** `stancegraph serve [dir] [--port N]`: the viewer, the live graph and the local API until interrupted. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_PORT, startServer } from '../serve';
import type { Output } from './report';

/** The package's folder: the first folder above this file whose package.json is stancegraph's (src/ or lib/ alike). */
export function packageRoot(from = fileURLToPath(import.meta.url)): string {
  let dir = dirname(from);
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (
      existsSync(manifest) &&
      (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'stancegraph'
    )
      return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the stancegraph package folder');
    dir = parent;
  }
}

export function parsePort(value: string | undefined): number | undefined {
  if (value === undefined) return DEFAULT_PORT;
  const port = Number(value);
  return Number.isInteger(port) && port >= 0 && port <= 65535 ? port : undefined;
}

export async function serveCommand(dir: string, port: number, seed: number, io: Output): Promise<number> {
  const webRoot = join(packageRoot(), 'web', 'dist');
  let server;
  try {
    server = await startServer({ dir, port, seed, webRoot });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EADDRINUSE') throw error;
    io.err(`stancegraph serve: port ${port} is in use; choose another with --port (0 takes any free one)`);
    return 1;
  }
  const v = server.build.validation;
  if (!server.build.graph)
    io.err(`${dir}: ${v?.errors ?? 0} errors: the graph is built once they are fixed (GET /api/diagnostics)`);
  if (!existsSync(join(webRoot, 'index.html')))
    io.err(
      'The viewer is not built: run "npm run build:web" in the stancegraph folder (the API answers meanwhile).',
    );
  io.out(`Serving ${dir} at ${server.url} (Ctrl-C stops)`);
  await new Promise<void>((resolve) => {
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(signal, () => resolve());
  });
  await server.close();
  return 0;
}

/** `serve` from the command's options: 2 when --port is not a port. */
export async function serveFromArgs(
  dir: string,
  port: string | undefined,
  seed: number,
  io: Output,
): Promise<number> {
  const parsed = parsePort(port);
  if (parsed === undefined) {
    io.err(`stancegraph serve: --port expects a port number (0 takes any free one), found "${port}"`);
    return 2;
  }
  return serveCommand(dir, parsed, seed, io);
}
