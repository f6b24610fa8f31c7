/**
 * Who may use the API: a forged Host (DNS rebinding), a foreign Origin, a missing or wrong token and
 * a path outside the data folder are each refused with 403, and the folder's bytes are the same
 * after as before. Controls show the same requests done right are accepted.
 */
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../../../src/node/serve';
import {
  call,
  folderBytes,
  seedCopy,
  serve,
  type Answer,
  type RequestOptions,
} from '../../../support/live-server';

const dir = seedCopy('stancegraph-guard-');
const outside = mkdtempSync(join(tmpdir(), 'stancegraph-outside-'));
let server: RunningServer;
let api: (path: string, options?: RequestOptions) => Promise<Answer>;

beforeAll(async () => {
  // A link inside the folder that leads out of it.
  symlinkSync(outside, join(dir, 'entities', 'elsewhere'));
  ({ server, api } = await serve(dir));
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

const newEntity = { kind: 'entity', record: { kind: 'issue', label: 'Guarded issue' } };

/** Runs the request and expects 403 with the folder (and the place outside) unchanged. */
async function refused(request: () => Promise<Answer>): Promise<Answer> {
  const before = folderBytes(dir);
  const answer = await request();
  expect(answer.status, answer.body).toBe(403);
  expect(folderBytes(dir)).toEqual(before);
  expect(folderBytes(outside).size).toBe(0);
  return answer;
}

describe('the guard', () => {
  it('refuses a forged Host, even with the token', async () => {
    const answer = await refused(() =>
      api('/api/records', {
        method: 'POST',
        body: newEntity,
        headers: { Host: `evil.example:${server.port}` },
      }),
    );
    expect(answer.json().error).toMatch(/answers for 127\.0\.0\.1:\d+, localhost:\d+, \[::1\]:\d+ only/);
    await refused(() => call(server.port, '/graph.json', { headers: { Host: 'attacker.test' } }));
    await refused(() => call(server.port, '/api/session', { headers: { Host: `127.0.0.2:${server.port}` } }));
  });

  it('refuses a page of another site, even with the token', async () => {
    await refused(() =>
      api('/api/records', { method: 'POST', body: newEntity, headers: { Origin: 'http://evil.example' } }),
    );
    await refused(() => call(server.port, '/api/session', { headers: { Origin: 'http://localhost:1' } }));
    await refused(() => call(server.port, '/api/session', { headers: { 'Sec-Fetch-Site': 'cross-site' } }));
  });

  it('refuses an API request without the token or with a wrong one', async () => {
    await refused(() => call(server.port, '/api/records', { method: 'POST', body: newEntity }));
    await refused(() => call(server.port, '/api/undo', { method: 'POST' }));
    await refused(() =>
      call(server.port, '/api/records', {
        method: 'POST',
        body: newEntity,
        headers: { 'X-Stancegraph-Token': `${server.token.slice(0, -1)}x` },
      }),
    );
    await refused(() => call(server.port, '/api/events?token=wrong'));
  });

  it('refuses paths that leave the data folder', async () => {
    for (const file of [
      '../escaped.yaml',
      'entities/../../escaped.yaml',
      '/tmp/escaped.yaml',
      'entities/elsewhere/escaped.yaml',
      '.stancegraph/edits.yaml',
    ]) {
      const answer = await refused(() =>
        api('/api/records', { method: 'POST', body: { ...newEntity, file } }),
      );
      expect(answer.json().error, file).toMatch(/inside the data folder|without "\.\."|relative path|hidden/);
    }
  });

  it('refuses a body past the cap with 413, writing nothing', async () => {
    const before = folderBytes(dir);
    const big = { kind: 'entity', record: { kind: 'issue', label: 'x', note: 'y'.repeat(3 * 1024 * 1024) } };
    const answer = await api('/api/records', { method: 'POST', body: big });
    expect(answer.status).toBe(413);
    expect(folderBytes(dir)).toEqual(before);
  });

  it('accepts the same requests done right: the session from its own origin, then a save with its token', async () => {
    const session = await call(server.port, '/api/session', {
      headers: { Origin: `http://localhost:${server.port}`, 'Sec-Fetch-Site': 'same-origin' },
    });
    expect(session.status).toBe(200);
    expect(session.json().token).toBe(server.token);
    const saved = await api('/api/records', {
      method: 'POST',
      body: newEntity,
      headers: { Host: `[::1]:${server.port}`, Origin: `http://[::1]:${server.port}` },
    });
    expect(saved.status, saved.body).toBe(201);
    expect(saved.json()).toMatchObject({ id: 'guarded-issue', file: 'entities/issues-and-places.yaml' });
  });
});
