/**
 * The built viewer (web/dist) as static files, never a file outside that folder (checked on real
 * paths, so a symbolic link leading out is refused too). When the viewer is not built, the page at
 * "/" says how to build it; the API and /graph.json answer meanwhile.
 */
import { createReadStream, realpathSync, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { sendError } from './http-io';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.gexf': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

const NOT_BUILT = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>stancegraph</title></head>
<body>
<h1>The viewer is not built</h1>
<p>Build it in the stancegraph folder with <code>npm run build:web</code>, then reload this page.</p>
<p>Meanwhile the server answers: <a href="graph.json">graph.json</a> (the graph, rebuilt after each change)
and the local API under <code>/api/</code> (see docs/api.md).</p>
</body></html>
`;

function realRoot(webRoot: string): string | undefined {
  try {
    return realpathSync.native(webRoot);
  } catch {
    return undefined;
  }
}

/** Serves `pathname` (already decoded) from the viewer's folder. */
export function serveStatic(webRoot: string, pathname: string, res: ServerResponse, head: boolean): void {
  const root = realRoot(webRoot);
  if (!root) {
    if (pathname !== '/' && pathname !== '/index.html') return sendError(res, 404, 'no such file');
    res.writeHead(200, {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      'Content-Security-Policy': "default-src 'none'",
      'X-Content-Type-Options': 'nosniff',
    });
    res.end(head ? undefined : NOT_BUILT);
    return;
  }
  if (pathname.includes('\0')) return sendError(res, 403, 'refused path');
  let path = join(root, normalize(pathname.endsWith('/') ? `${pathname}index.html` : pathname));
  let real: string;
  try {
    real = realpathSync.native(path);
  } catch {
    return sendError(res, 404, 'no such file');
  }
  if (real !== root && !real.startsWith(root + sep))
    return sendError(res, 403, 'refused path: outside the viewer');
  if (statSync(real).isDirectory()) path = join(real, 'index.html');
  else path = real;
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat?.isFile()) return sendError(res, 404, 'no such file');
  res.writeHead(200, {
    'Content-Type': TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': stat.size,
    'Cache-Control': 'no-cache',
    'X-Content-Type-Options': 'nosniff',
  });
  if (head) res.end();
  else createReadStream(path).pipe(res);
}
