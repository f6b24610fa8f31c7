/**
 * The record routes: a bad record comes back as `stancegraph validate --json` would report it (same
 * shape, file, line and column) with nothing written; an edit made on disk between a read and a
 * save gives 409; deleting an entity others name gives 409 with them listed, or takes them along
 * with ?cascade=1.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyRecordEdits, prepareRecord } from '../../../../src/node/edit';
import type { RunningServer } from '../../../../src/node/serve';
import { folderBytes, seedCopy, serve, type Answer, type RequestOptions } from '../../../support/live-server';

const dir = seedCopy('stancegraph-records-');
const ARTICLE = 'articles/000_05cd6d67e97d83d5.yaml';
let server: RunningServer;
let api: (path: string, options?: RequestOptions) => Promise<Answer>;

beforeAll(async () => ({ server, api } = await serve(dir)));
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

const badStance = {
  id: 'russia-demands-talks',
  type: 'demands',
  actor: 'rusia',
  target: 'nato',
  source: '000_05cd6d67e97d83d5',
  evidence: [{ quote: 'Russia demands talks at once' }],
};

describe('a bad record', () => {
  it("comes back in validate --json's shape, located in its file, and nothing is written", async () => {
    const before = folderBytes(dir);
    const answer = await api('/api/records', { method: 'POST', body: { kind: 'stance', record: badStance } });
    expect(answer.status).toBe(422);
    expect(folderBytes(dir)).toEqual(before);
    const body = answer.json() as {
      errors: number;
      warnings: number;
      diagnostics: Record<string, unknown>[];
    };
    expect(body.errors).toBe(2);
    expect(body.diagnostics.map((d) => [d.code, d.path])).toEqual([
      ['unknown-id', 'stances[19].actor'],
      ['quote-not-found', 'stances[19].evidence[0].quote'],
    ]);

    // The same record written by hand: the command line reports it identically.
    const copy = mkdtempSync(join(tmpdir(), 'stancegraph-records-cli-'));
    cpSync(dir, copy, { recursive: true });
    const file = join(copy, ARTICLE);
    const text = applyRecordEdits(readFileSync(file, 'utf8'), [
      { type: 'append', section: 'stances', record: prepareRecord('stances', badStance) },
    ]).text;
    writeFileSync(file, text);
    const cli = spawnSync(process.execPath, ['lib/cli.js', 'validate', copy, '--json'], { encoding: 'utf8' });
    const reported = JSON.parse(cli.stdout) as { diagnostics: Record<string, unknown>[] };
    const shown = (d: Record<string, unknown>) => ({ ...d, file: String(d.file).replace(copy, dir) });
    expect(body.diagnostics.map(shown)).toEqual(
      reported.diagnostics.filter((d) => String(d.path).startsWith('stances[19]')).map(shown),
    );
    const line = text.split('\n').findIndex((l) => l.includes('actor: rusia')) + 1;
    expect(body.diagnostics[0]).toMatchObject({ line, column: 12, suggestions: ['russia'] });
    rmSync(copy, { recursive: true, force: true });
  });
});

describe('a save', () => {
  it('gives 409 when the record changed on disk since it was read, and writes nothing', async () => {
    const read = (await api('/api/records/russia-warns-of-arms-race')).json();
    const path = join(dir, ARTICLE);
    const onDisk = readFileSync(path, 'utf8').replace(
      '  - id: russia-warns-of-arms-race\n',
      '  - id: russia-warns-of-arms-race\n    # touched on disk\n',
    );
    writeFileSync(path, onDisk);
    const answer = await api('/api/records/russia-warns-of-arms-race', {
      method: 'PUT',
      headers: { 'If-Match': String(read.etag) },
      body: { record: { ...(read.record as object), hedged: true } },
    });
    expect(answer.status).toBe(409);
    expect(answer.json()).toMatchObject({
      id: 'russia-warns-of-arms-race',
      error: expect.stringMatching(/changed/),
    });
    expect(readFileSync(path, 'utf8')).toBe(onDisk);
    // Read again, it saves, the comment kept.
    const again = (await api('/api/records/russia-warns-of-arms-race')).json();
    const saved = await api('/api/records/russia-warns-of-arms-race', {
      method: 'PUT',
      headers: { 'If-Match': String(again.etag) },
      body: { record: { ...(again.record as object), hedged: true } },
    });
    expect(saved.status, saved.body).toBe(200);
    expect(readFileSync(path, 'utf8')).toContain(
      '  - id: russia-warns-of-arms-race\n    # touched on disk\n',
    );
  });

  it('of a change to another record of the same file still lands (conflicts are per record)', async () => {
    const read = (await api('/api/records/russia-warns-shield-may-change')).json();
    const path = join(dir, ARTICLE);
    writeFileSync(path, readFileSync(path, 'utf8').replace('dateText: Monday', 'dateText: on Monday'));
    const answer = await api('/api/records/russia-warns-shield-may-change', {
      method: 'PUT',
      headers: { 'If-Match': String(read.etag) },
      body: { record: { ...(read.record as object), note: 'Saved beside a change on disk.' } },
    });
    expect(answer.status, answer.body).toBe(200);
    const text = readFileSync(path, 'utf8');
    expect(text).toContain('dateText: on Monday');
    expect(text).toContain('note: Saved beside a change on disk.');
  });
});

describe('deleting an entity', () => {
  it('others name gives 409 listing them, and with ?cascade=1 takes them along', async () => {
    const read = (await api('/api/records/dmitry-rogozin')).json();
    const before = folderBytes(dir);
    const refused = await api('/api/records/dmitry-rogozin', {
      method: 'DELETE',
      headers: { 'If-Match': String(read.etag) },
    });
    expect(refused.status).toBe(409);
    expect(folderBytes(dir)).toEqual(before);
    const referrers = refused.json().referrers as { id: string; fields: string[] }[];
    expect(referrers).toContainEqual({
      id: 'rogozin-envoy-to-nato',
      kind: 'relation',
      file: 'relations/standing.yaml',
      fields: ['from'],
    });
    expect(referrers).toContainEqual(
      expect.objectContaining({ id: 'nato-rejects-joint-operation', fields: ['reportedBy[1].by'] }),
    );

    const done = await api('/api/records/dmitry-rogozin?cascade=1', {
      method: 'DELETE',
      headers: { 'If-Match': String(read.etag) },
    });
    expect(done.status, done.body).toBe(200);
    const body = done.json() as { removed: { id: string }[]; changed: { id: string }[] };
    expect(body.removed.map((r) => r.id)).toEqual([
      'dmitry-rogozin',
      'rogozin-envoy-to-nato',
      'rogozin-speaks-for-russia',
    ]);
    expect(body.changed.map((r) => r.id)).toContain('nato-rejects-joint-operation');
    const diagnostics = (await api('/api/diagnostics')).json();
    expect(diagnostics.errors).toBe(0);
    expect(readFileSync(join(dir, ARTICLE), 'utf8')).not.toContain('dmitry-rogozin');
  });
});
