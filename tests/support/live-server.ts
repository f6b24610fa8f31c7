/**
 * What the edit and serve tests share: copies of the seed folder, a folder's bytes to compare before
 * and after, a server on a free port with raw HTTP requests (node:http, which lets a test forge the
 * Host header), and a reader of its server-sent events that waits by event, never by the clock.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { request, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type ChangeEvent, type RunningServer } from '../../src/node/serve';

/** A fresh copy of graph-data in a temporary folder. */
export function seedCopy(prefix = 'stancegraph-edit-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cpSync('graph-data', dir, { recursive: true });
  return dir;
}

/** Every file under `dir` (hidden ones too) with its bytes, and every link with its target, by path. */
export function folderBytes(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (rel: string) => {
    for (const entry of readdirSync(join(dir, rel), { withFileTypes: true })) {
      const path = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isSymbolicLink()) out.set(path, `link to ${readlinkSync(join(dir, path))}`);
      else if (entry.isDirectory()) walk(path);
      else out.set(path, readFileSync(join(dir, path)).toString('base64'));
    }
  };
  walk('');
  return out;
}

export interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
  json: () => Record<string, unknown>;
}

export interface RequestOptions {
  method?: string;
  headers?: Record<string, string>;
  body?: unknown;
}

/** One HTTP request to the server, as raw as a test needs it. */
export function call(port: number, path: string, options: RequestOptions = {}): Promise<Answer> {
  const body =
    options.body === undefined
      ? undefined
      : typeof options.body === 'string'
        ? options.body
        : JSON.stringify(options.body);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        agent: false,
        port,
        path,
        method: options.method ?? 'GET',
        headers: {
          Host: `127.0.0.1:${port}`,
          ...(body !== undefined
            ? { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) }
            : {}),
          ...options.headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: text,
            json: () => JSON.parse(text) as Record<string, unknown>,
          });
        });
      },
    );
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

/** A server on a free port over `dir`, and calls that carry its token. */
export async function serve(dir: string): Promise<{
  server: RunningServer;
  api: (path: string, options?: RequestOptions) => Promise<Answer>;
}> {
  const server = await startServer({ dir, port: 0, webRoot: join(dir, '.no-viewer') });
  const api = (path: string, options: RequestOptions = {}) =>
    call(server.port, path, {
      ...options,
      headers: { 'X-Stancegraph-Token': server.token, ...options.headers },
    });
  return { server, api };
}

/** A connection to the event stream, and a way to wait for the next event that matches. */
export async function connectEvents(server: RunningServer): Promise<{
  next: (match: (event: ChangeEvent) => boolean) => Promise<ChangeEvent>;
  close: () => void;
}> {
  const seen: ChangeEvent[] = [];
  const waiting: { match: (e: ChangeEvent) => boolean; resolve: (e: ChangeEvent) => void }[] = [];
  let close = () => undefined as void;
  await new Promise<void>((ready, fail) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: server.port,
        path: `/api/events?token=${server.token}`,
        headers: { Host: `127.0.0.1:${server.port}` },
      },
      (res) => {
        let buffer = '';
        res.setEncoding('utf8');
        res.on('data', (text: string) => {
          buffer += text;
          for (let end = buffer.indexOf('\n\n'); end !== -1; end = buffer.indexOf('\n\n')) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const event = /^event: (.*)$/m.exec(block)?.[1];
            const data = /^data: (.*)$/m.exec(block)?.[1];
            if (event === 'hello') ready();
            if (event !== 'change' || data === undefined) continue;
            const change = JSON.parse(data) as ChangeEvent;
            const at = waiting.findIndex((w) => w.match(change));
            if (at === -1) seen.push(change);
            else waiting.splice(at, 1)[0]!.resolve(change);
          }
        });
      },
    );
    req.on('error', fail);
    req.end();
    close = () => req.destroy();
  });
  return {
    next: (match) => {
      const at = seen.findIndex(match);
      if (at !== -1) return Promise.resolve(seen.splice(at, 1)[0]!);
      return new Promise((resolve) => waiting.push({ match, resolve }));
    },
    close,
  };
}
