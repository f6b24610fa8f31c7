/**
 * `stancegraph serve`: an HTTP server on 127.0.0.1 that serves the built viewer, the graph of a
 * data folder (built in memory, rebuilt after each change), the local API for editing the folder,
 * and the changes as server-sent events with a patch for the page.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { graphJsonChunks } from '../../core';
import { displayOf, openDataFolder, type EditCore } from '../edit';
import { handleApi } from './api';
import { EventStream } from './event-stream';
import { headerToken, newToken, refuseByOrigin, refuseSessionRequest, sameToken } from './guard';
import { sendChunks, sendError, sendJson } from './http-io';
import { LiveBuild } from './live-build';
import { RebuildScheduler } from './rebuild-scheduler';
import { serveStatic } from './static-files';
import { watchFolder, type FolderWatcher } from './watch-folder';

export const DEFAULT_PORT = 5174;

export interface ServeOptions {
  dir: string;
  /** 0 takes any free port. */
  port?: number;
  /** The built viewer's folder (web/dist). */
  webRoot: string;
  seed?: number;
  /** How the folder is named in diagnostics (default: relative to the working folder, as the CLI). */
  display?: string;
  /** Whether changes made on disk are watched (default true). */
  watch?: boolean;
  /** How long the folder must be quiet before changes on disk are taken. */
  debounceMs?: number;
}

export interface RunningServer {
  url: string;
  port: number;
  token: string;
  core: EditCore;
  build: LiveBuild;
  events: EventStream;
  scheduler: RebuildScheduler;
  close(): Promise<void>;
}

interface Context {
  port: number;
  token: string;
  core: EditCore;
  build: LiveBuild;
  events: EventStream;
  webRoot: string;
}

export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const core = openDataFolder(options.dir, options.display ?? displayOf(options.dir));
  const build = new LiveBuild(core.state, { seed: options.seed ?? 1 });
  build.initial();
  const events = new EventStream();
  const scheduler = new RebuildScheduler(core.state, build, events);
  core.onChange = (notice) => scheduler.schedule(notice);
  const ctx: Context = { port: 0, token: newToken(), core, build, events, webRoot: options.webRoot };
  const server = createServer((req, res) => {
    handle(ctx, req, res).catch((error: Error) => {
      if (!res.headersSent) sendError(res, 500, `internal error: ${error.message}`);
      else res.destroy();
    });
  });
  // A rebuild of a large folder holds the event loop for seconds: an idle connection closed by the
  // default 5 s keep-alive meanwhile would reset the page's next request on it.
  server.keepAliveTimeout = 120_000;
  server.headersTimeout = 125_000;
  await listen(server, options.port ?? DEFAULT_PORT);
  ctx.port = (server.address() as AddressInfo).port;
  const watcher: FolderWatcher | undefined =
    options.watch === false
      ? undefined
      : watchFolder(core.state.folder.root, (paths) => scheduler.diskChanged(paths), options.debounceMs);
  return {
    url: `http://127.0.0.1:${ctx.port}/`,
    port: ctx.port,
    token: ctx.token,
    core,
    build,
    events,
    scheduler,
    close: async () => {
      watcher?.close();
      events.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
    },
  };
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    // 127.0.0.1 only: the API writes files, and nothing off this machine may reach it.
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
}

async function handle(ctx: Context, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const refused = refuseByOrigin(req, ctx.port);
  if (refused) return sendError(res, 403, refused);
  const url = new URL(req.url ?? '/', `http://127.0.0.1:${ctx.port}`);
  const path = url.pathname;
  if (path === '/api/session') {
    const notHere = refuseSessionRequest(req);
    if (notHere) return sendError(res, 403, notHere);
    if (req.method !== 'GET') return sendError(res, 405, 'GET only');
    return sendJson(res, 200, { token: ctx.token, version: ctx.build.version });
  }
  if (path === '/api/events') {
    if (!sameToken(url.searchParams.get('token') ?? undefined, ctx.token))
      return sendError(res, 403, 'expected ?token= with the session token');
    return ctx.events.attach(req, res, { version: ctx.build.version });
  }
  if (path.startsWith('/api/')) {
    if (!sameToken(headerToken(req), ctx.token))
      return sendError(
        res,
        403,
        'expected the header X-Stancegraph-Token with the session token (GET /api/session)',
      );
    return handleApi(ctx, req, res, url);
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') return sendError(res, 405, 'GET only');
  if (path === '/graph.json') return sendGraph(ctx, res, req.method === 'HEAD');
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return sendError(res, 400, 'expected a path');
  }
  serveStatic(ctx.webRoot, decoded, res, req.method === 'HEAD');
}

async function sendGraph(ctx: Context, res: ServerResponse, head: boolean): Promise<void> {
  const graph = ctx.build.graph;
  if (!graph) {
    const v = ctx.build.validation;
    return sendError(
      res,
      503,
      `the data has ${v?.errors ?? 0} errors: fix them and the graph is built (GET /api/diagnostics lists them)`,
    );
  }
  res.writeHead(200, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'X-Stancegraph-Version': String(ctx.build.version),
  });
  if (head) return void res.end();
  await sendChunks(res, graphJsonChunks(graph));
}
