/**
 * Who may talk to the server. It listens on 127.0.0.1 only; beyond that, a request must name one of
 * the server's own hosts (another Host is a DNS-rebinding page: refused), must not come from
 * another site's page (a foreign Origin: refused), and every API request but the session and the
 * event stream must carry the session's token, which only a page of this origin can read.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const TOKEN_HEADER = 'x-stancegraph-token';

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Whether two texts are equal, in time that does not depend on where they differ. */
export function sameToken(given: string | undefined, token: string): boolean {
  if (given === undefined) return false;
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(given), digest(token));
}

export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`];
}

/** Why a request is refused by its Host and Origin, or undefined when it may go on. */
export function refuseByOrigin(req: IncomingMessage, port: number): string | undefined {
  const hosts = allowedHosts(port);
  const host = req.headers.host?.toLowerCase();
  if (host === undefined || !hosts.includes(host))
    return `this server answers for ${hosts.join(', ')} only, not for the host "${host ?? ''}"`;
  const origin = req.headers.origin;
  if (origin !== undefined && !hosts.some((h) => origin.toLowerCase() === `http://${h}`))
    return `requests from pages of another site ("${origin}") are refused`;
  return undefined;
}

/** The session (its token) goes to pages of this origin only, as the browser says where a request comes from. */
export function refuseSessionRequest(req: IncomingMessage): string | undefined {
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none')
    return `the session is given to this server's own pages only, not to a ${site} request`;
  return undefined;
}

/** The token a request carries in its header. */
export function headerToken(req: IncomingMessage): string | undefined {
  const value = req.headers[TOKEN_HEADER];
  return Array.isArray(value) ? value[0] : value;
}
