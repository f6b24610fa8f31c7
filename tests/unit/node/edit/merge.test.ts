/**
 * Merging entities: references rewritten in every file, names moved to aliases once each, the old
 * id kept in formerIds (and carried onto the node in graph.json and the GEXF), undone byte for byte;
 * the same on the command line; kinds that cannot merge refused with the reason.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFolder } from '../../../../src/node/publish';
import type { RunningServer } from '../../../../src/node/serve';
import {
  connectEvents,
  folderBytes,
  seedCopy,
  serve,
  type Answer,
  type RequestOptions,
} from '../../../support/live-server';

const dir = seedCopy('stancegraph-merge-');
let server: RunningServer;
let api: (path: string, options?: RequestOptions) => Promise<Answer>;

beforeAll(async () => ({ server, api } = await serve(dir)));
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The data files' bytes (the edit log left out). */
const dataBytes = (folder: string) =>
  new Map([...folderBytes(folder)].filter(([path]) => !path.startsWith('.stancegraph/')));

const yamlOf = (folder: string, file: string) =>
  parse(readFileSync(join(folder, file), 'utf8')) as Record<string, { id: string }[]>;
const find = (folder: string, file: string, section: string, id: string) =>
  yamlOf(folder, file)[section]!.find((r) => r.id === id) as Record<string, unknown> | undefined;

describe('POST /api/merge', () => {
  it('rewrites every reference, moves the names, keeps the old id, and undoes byte for byte', async () => {
    const before = dataBytes(dir);
    const events = await connectEvents(server);
    const answer = await api('/api/merge', {
      method: 'POST',
      body: { from: 'russian-foreign-ministry', into: 'russian-parliament' },
    });
    expect(answer.status, answer.body).toBe(200);
    expect(answer.json().files).toEqual(['entities/actors.yaml', 'relations/standing.yaml']);

    expect(find(dir, 'entities/actors.yaml', 'entities', 'russian-foreign-ministry')).toBeUndefined();
    expect(find(dir, 'entities/actors.yaml', 'entities', 'russian-parliament')).toMatchObject({
      aliases: [
        'Federal Assembly',
        'lawmakers',
        'parliamentary hearings',
        'Russian Foreign Ministry',
        'Ministry of Foreign Affairs of the Russian Federation',
        'Foreign Ministry',
      ],
      formerIds: ['russian-foreign-ministry'],
    });
    expect(
      find(dir, 'relations/standing.yaml', 'relations', 'ryabkov-deputy-foreign-minister'),
    ).toMatchObject({ to: 'russian-parliament' });
    expect(
      find(dir, 'relations/standing.yaml', 'relations', 'russian-foreign-ministry-part-of-russia'),
    ).toMatchObject({
      from: 'russian-parliament',
    });
    for (const [path, bytes] of dataBytes(dir)) {
      const text = Buffer.from(bytes, 'base64').toString('utf8');
      const uses = text
        .split('\n')
        .filter((l) => /:\s*russian-foreign-ministry\s*$|[[,]\s*russian-foreign-ministry\s*[\],]/.test(l));
      expect(uses, path).toEqual(
        path === 'entities/actors.yaml' ? ['    formerIds: [russian-foreign-ministry]'] : [],
      );
    }

    // The node carries formerIds in the live graph, and in the GEXF of a build.
    const event = await events.next((e) => e.causes.includes('merge'));
    expect(event.patch!.nodes.removed).toEqual(['russian-foreign-ministry']);
    expect(
      event.patch!.nodes.changed.find((c) => c.key === 'russian-parliament')?.attributes.formerIds,
    ).toEqual(['russian-foreign-ministry']);
    events.close();
    const out = join(dir, '..', `${dir.split('/').pop()}-dist`);
    buildFolder({ dataDir: dir, outDir: out });
    expect(readFileSync(join(out, 'graph.gexf'), 'utf8')).toMatch(
      /<node id="russian-parliament"[^]*?<attvalue for="formerIds" value="\[&quot;russian-foreign-ministry&quot;\]"\/>/,
    );
    rmSync(out, { recursive: true, force: true });
    rmSync(join(out, '..', `.${out.split('/').pop()}.builds`), { recursive: true, force: true });

    const undone = await api('/api/undo', { method: 'POST' });
    expect(undone.status, undone.body).toBe(200);
    expect(undone.json()).toMatchObject({ op: 'merge' });
    expect(dataBytes(dir)).toEqual(before);
  });

  it('merges across kinds when every reference allows the kind it goes to', async () => {
    const before = dataBytes(dir);
    const answer = await api('/api/merge', { method: 'POST', body: { from: 'urals', into: 'russia' } });
    expect(answer.status, answer.body).toBe(200);
    expect(
      find(dir, 'relations/standing.yaml', 'relations', 'missile-shield-range-reaches-urals'),
    ).toMatchObject({ to: 'russia' });
    expect((await api('/api/diagnostics')).json().errors).toBe(0);
    expect((await api('/api/undo', { method: 'POST' })).status).toBe(200);
    expect(dataBytes(dir)).toEqual(before);
  });

  it('refuses kinds that cannot merge with 422 and the reason, and unknown ids with 404, writing nothing', async () => {
    const before = folderBytes(dir);
    const refused = await api('/api/merge', {
      method: 'POST',
      body: { from: 'missile-shield', into: 'russia' },
    });
    expect(refused.status).toBe(422);
    expect(refused.json().error).toMatch(
      /"missile-shield" \(weapon_system\) cannot merge into "russia" \(state\)/,
    );
    expect(refused.json().reasons).toContain(
      'relation "united-states-leads-missile-shield" names "missile-shield" as the to end of leads, which allows organization, government_body, weapon_system, issue, not state',
    );
    expect(
      (await api('/api/merge', { method: 'POST', body: { from: 'no-such-entity', into: 'russia' } })).status,
    ).toBe(404);
    expect(
      (
        await api('/api/merge', {
          method: 'POST',
          body: { from: 'russia', into: 'russia-sees-shield-as-threat' },
        })
      ).status,
    ).toBe(422);
    expect(folderBytes(dir)).toEqual(before);
  });
});

describe('stancegraph merge', () => {
  const cli = (...args: string[]) =>
    spawnSync(process.execPath, ['lib/cli.js', ...args], { encoding: 'utf8' });

  it('merges, and stancegraph undo takes it back byte for byte', () => {
    const copy = seedCopy('stancegraph-merge-cli-');
    const before = dataBytes(copy);
    const merged = cli('merge', 'dmitry-rogozin', 'sergei-ryabkov', copy);
    expect(merged.status, merged.stderr).toBe(0);
    expect(merged.stdout).toMatch(/^Merged "dmitry-rogozin" into "sergei-ryabkov"/);
    expect(find(copy, 'entities/people.yaml', 'entities', 'sergei-ryabkov')).toMatchObject({
      aliases: ['Ryabkov', 'Dmitry Rogozin', 'Rogozin'],
      formerIds: ['dmitry-rogozin'],
    });
    expect(cli('validate', copy).status).toBe(0);
    const undone = cli('undo', copy);
    expect(undone.status, undone.stderr).toBe(0);
    expect(dataBytes(copy)).toEqual(before);
    expect(cli('undo', copy)).toMatchObject({ status: 1, stderr: 'stancegraph undo: nothing to undo\n' });
    rmSync(copy, { recursive: true, force: true });
  });

  it('exits 1 with the reason when the kinds cannot merge', () => {
    const copy = seedCopy('stancegraph-merge-cli-');
    const before = folderBytes(copy);
    const refused = cli('merge', 'new-start', 'nato', copy);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(
      /^stancegraph merge: "new-start" \(treaty\) cannot merge into "nato" \(organization\)/,
    );
    expect(folderBytes(copy)).toEqual(before);
    expect(cli('merge', 'new-start').status).toBe(2);
    rmSync(copy, { recursive: true, force: true });
  });
});
