/** Reading request bodies (JSON, with a size cap) and writing JSON answers. */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** The largest request body read: records and source texts are far smaller. */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** The request's body as JSON; 413 past the cap (before reading it when its length is declared), 400 if not JSON. */
export async function readJson(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<unknown> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit)
    throw new HttpError(413, `expected a body of at most ${limit} bytes, found ${declared}`);
  const chunks = await new Promise<Buffer[]>((resolve, reject) => {
    const parts: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void parts.push(chunk);
      // The rest is not read: the answer (413) closes the connection.
      req.off('data', onData);
      req.pause();
      reject(new HttpError(413, `expected a body of at most ${limit} bytes`));
    };
    req.on('data', onData);
    req.once('end', () => resolve(parts));
    req.once('error', reject);
  });
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new HttpError(400, `expected a JSON body: ${(error as Error).message}`);
  }
}

const API_HEADERS = {
  'Content-Type': 'application/json; charset=utf-8',
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
} as const;

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = `${JSON.stringify(body)}\n`;
  res.writeHead(status, { ...API_HEADERS, 'Content-Length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

/** An error answer; a request whose body was not read in full closes its connection. */
export function sendError(
  res: ServerResponse,
  status: number,
  error: string,
  extra: Record<string, unknown> = {},
): void {
  const closing: Record<string, string> = status === 413 ? { Connection: 'close' } : {};
  sendJson(res, status, { error, ...extra }, closing);
}

/** Writes chunks with back-pressure: a large graph.json never sits whole in the socket's buffer. */
export async function sendChunks(res: ServerResponse, chunks: Iterable<string>): Promise<void> {
  for (const chunk of chunks) {
    if (res.destroyed) return;
    if (!res.write(chunk))
      await new Promise<void>((resolve) => {
        res.once('drain', resolve);
        res.once('close', resolve);
      });
  }
  res.end();
}
