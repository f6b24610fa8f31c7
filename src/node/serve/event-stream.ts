/**
 * Server-sent events (the EventSource protocol): each connected page gets every change as an
 * event named `change` whose data is one JSON line; a comment every little while keeps proxies and
 * idle timeouts from closing the stream.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

const KEEPALIVE_MS = 25_000;

export class EventStream {
  private readonly clients = new Set<ServerResponse>();
  private readonly keepalive: NodeJS.Timeout;

  constructor() {
    this.keepalive = setInterval(() => {
      for (const client of this.clients) client.write(': keep-alive\n\n');
    }, KEEPALIVE_MS);
    this.keepalive.unref();
  }

  /** Opens the stream to a page and sends it `hello` (the version it starts from). */
  attach(req: IncomingMessage, res: ServerResponse, hello: unknown): void {
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      Connection: 'keep-alive',
    });
    res.write('retry: 2000\n\n');
    this.write(res, 'hello', hello);
    this.clients.add(res);
    const drop = () => this.clients.delete(res);
    req.on('close', drop);
    res.on('close', drop);
  }

  send(event: string, data: unknown, id?: number): void {
    for (const client of this.clients) this.write(client, event, data, id);
  }

  get size(): number {
    return this.clients.size;
  }

  private write(res: ServerResponse, event: string, data: unknown, id?: number): void {
    // JSON.stringify escapes line breaks inside strings: the data is one line, as the protocol needs.
    res.write(`${id !== undefined ? `id: ${id}\n` : ''}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  }

  close(): void {
    clearInterval(this.keepalive);
    for (const client of this.clients) client.end();
    this.clients.clear();
  }
}
