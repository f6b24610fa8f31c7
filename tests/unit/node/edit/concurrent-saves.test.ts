/**
 * Saves at once to one file: 50 new records, then 50 changes of different records, all sent
 * together. Each waits its turn on the file, reads what the one before wrote, and lands: the file
 * parses and holds all 50, and the records no one touched are as they were.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { layoutOf, recordText } from '../../../../src/node/edit';
import type { RunningServer } from '../../../../src/node/serve';
import { seedCopy, serve, type Answer, type RequestOptions } from '../../../support/live-server';
import { validateFolder } from '../../../support/pipeline';

const dir = seedCopy('stancegraph-concurrent-');
const FILE = 'articles/000_05cd6d67e97d83d5.yaml';
const SAVES = 50;
let server: RunningServer;
let api: (path: string, options?: RequestOptions) => Promise<Answer>;

beforeAll(async () => ({ server, api } = await serve(dir)));
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

const quotes = [
  'Russia wants US guarantees on missile shield',
  'we need a legally-binding agreement',
  'Russia has continued to view U.S. missile defense plans with suspicion.',
];

describe('concurrent saves to one file', () => {
  it('all land, and the file holds them all', async () => {
    const original = layoutOf(readFileSync(join(dir, FILE), 'utf8'));
    const created = await Promise.all(
      Array.from({ length: SAVES }, (_, i) =>
        api('/api/records', {
          method: 'POST',
          body: {
            kind: 'stance',
            record: {
              id: `concurrent-${i}`,
              type: 'asserts',
              position: 'for',
              actor: 'russia',
              target: 'legally-binding-guarantees',
              source: '000_05cd6d67e97d83d5',
              evidence: [{ quote: quotes[i % quotes.length] }],
            },
          },
        }),
      ),
    );
    expect(created.map((a) => a.status)).toEqual(Array(SAVES).fill(201));
    const read = await Promise.all(created.map((_, i) => api(`/api/records/concurrent-${i}`)));
    const changed = await Promise.all(
      read.map((answer, i) =>
        api(`/api/records/concurrent-${i}`, {
          method: 'PUT',
          headers: { 'If-Match': String(answer.json().etag) },
          body: { record: { ...(answer.json().record as object), note: `Save number ${i}.` } },
        }),
      ),
    );
    expect(changed.map((a) => a.status)).toEqual(Array(SAVES).fill(200));

    const text = readFileSync(join(dir, FILE), 'utf8');
    const stances = (parse(text) as { stances: { id: string; note?: string }[] }).stances;
    for (let i = 0; i < SAVES; i++)
      expect(stances.find((s) => s.id === `concurrent-${i}`)?.note, `concurrent-${i}`).toBe(
        `Save number ${i}.`,
      );
    const layout = layoutOf(text);
    for (const record of original.records)
      expect(
        recordText(
          layout,
          layout.records.find((r) => r.id === record.id && r.section === record.section)!,
        ),
      ).toBe(recordText(original, record));
    expect(validateFolder(dir).errors).toBe(0);
    const log = (await api('/api/log')).json().entries as unknown[];
    expect(log).toHaveLength(2 * SAVES);
  });
});
