/**
 * The event stream: a change made on disk, or through the API, reaches a connected page as a
 * `change` event naming the files and records changed, with a patch that turns the graph.json the
 * page holds into the one the server now serves. Waits are on events, never on the clock.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Graph from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StanceGraph } from '../../../../src/core';
import { applyPatch, type RunningServer } from '../../../../src/node/serve';
import {
  connectEvents,
  seedCopy,
  serve,
  type Answer,
  type RequestOptions,
} from '../../../support/live-server';

const dir = seedCopy('stancegraph-events-');
const ARTICLE = join(dir, 'articles/000_05cd6d67e97d83d5.yaml');
let server: RunningServer;
let api: (path: string, options?: RequestOptions) => Promise<Answer>;
let events: Awaited<ReturnType<typeof connectEvents>>;

beforeAll(async () => {
  ({ server, api } = await serve(dir));
  events = await connectEvents(server);
});
afterAll(async () => {
  events.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

async function graphJson(): Promise<{ version: number; graph: StanceGraph }> {
  const answer = await api('/graph.json');
  expect(answer.status).toBe(200);
  const graph = Graph.from(answer.json() as unknown as SerializedGraph) as unknown as StanceGraph;
  return { version: Number(answer.headers['x-stancegraph-version']), graph };
}

/** A graph's content, whatever the order its nodes, edges and attributes were added in. */
function content(graph: StanceGraph) {
  const sorted = (o: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1)));
  const nodes = graph.mapNodes((key, a) => [key, sorted(a)]).sort();
  const edges = graph.mapEdges((key, a, s, t) => [key, s, t, sorted(a)]).sort();
  return { attributes: sorted(graph.getAttributes()), nodes, edges };
}

describe('the event stream', () => {
  it('tells an edit on disk, with the patch that makes the old graph the new one', async () => {
    const before = await graphJson();
    const text = readFileSync(ARTICLE, 'utf8');
    const edited = text.replace(
      '  - id: russia-sees-shield-as-threat\n    type: perceives_threat',
      '  - id: russia-sees-shield-as-threat\n    type: opposes',
    );
    expect(edited).not.toBe(text);
    writeFileSync(ARTICLE, edited);
    const event = await events.next((e) => e.causes.includes('disk'));
    expect(event.files).toEqual(['articles/000_05cd6d67e97d83d5.yaml']);
    expect(event.ids).toEqual(['russia-sees-shield-as-threat']);
    expect(event.from).toBe(before.version);
    expect(event.patch!.edges.changed).toContainEqual({
      key: 'russia-sees-shield-as-threat',
      attributes: { relation: 'opposes', label: 'opposes' },
    });
    expect(event.patch!.nodes.added).toEqual([]);
    applyPatch(before.graph, event.patch!);
    const after = await graphJson();
    expect(after.version).toBe(event.version);
    expect(content(before.graph)).toEqual(content(after.graph));
  });

  it('places a new node beside its neighbours, every other node where it was', async () => {
    const before = await graphJson();
    // One new file with the entity and the stance that names it: the node comes with its edge.
    writeFileSync(
      join(dir, 'articles', 'radar.yaml'),
      [
        'entities:',
        '  - id: shield-radar-in-turkey',
        '    kind: issue',
        '    label: Shield radar in Turkey',
        'stances:',
        '  - id: russia-opposes-radar',
        '    type: opposes',
        '    actor: russia',
        '    target: shield-radar-in-turkey',
        '    source: 000_05cd6d67e97d83d5',
        '    evidence:',
        '      - quote: Russia considers the U.S.-led missile defense plans as a potential threat',
        '',
      ].join('\n'),
    );
    const event = await events.next((e) => e.ids.includes('russia-opposes-radar'));
    expect(event.files).toEqual(['articles/radar.yaml']);
    expect(event.ids).toEqual(['russia-opposes-radar', 'shield-radar-in-turkey']);
    expect(event.patch!.nodes.added.map((n) => n.key)).toEqual(['shield-radar-in-turkey']);
    expect(event.patch!.edges.added.map((e) => [e.key, e.source, e.target])).toEqual([
      ['russia-opposes-radar', 'russia', 'shield-radar-in-turkey'],
    ]);
    const positions = before.graph.mapNodes((key, a) => [key, { x: a.x, y: a.y }] as const);
    applyPatch(before.graph, event.patch!);
    const after = await graphJson();
    expect(content(before.graph)).toEqual(content(after.graph));
    // Beside russia, its one neighbour (a small share of the graph's extent away); the others stay.
    const russia = after.graph.getNodeAttributes('russia');
    const node = after.graph.getNodeAttributes('shield-radar-in-turkey');
    let extent = 0;
    after.graph.forEachNode((_k, a) => {
      extent = Math.max(extent, Math.abs(a.x - russia.x), Math.abs(a.y - russia.y));
    });
    expect(Math.hypot(node.x - russia.x, node.y - russia.y)).toBeLessThan(extent / 10);
    for (const [key, position] of positions)
      expect(after.graph.getNodeAttributes(key), key).toMatchObject(position);
  });

  it('tells a changed source text: the quotes that moved are in the patch', async () => {
    const before = await graphJson();
    const textPath = join(dir, 'texts/000_05cd6d67e97d83d5.txt');
    writeFileSync(textPath, `A line put before the article.\n\n${readFileSync(textPath, 'utf8')}`);
    const event = await events.next((e) => e.files.includes('texts/000_05cd6d67e97d83d5.txt'));
    expect(event.ids).toEqual([]);
    expect(event.patch!.graph.sources.changed.map((s) => s.id)).toEqual(['000_05cd6d67e97d83d5']);
    // Every quote's offsets moved: every claim with evidence from the text is in the patch.
    const quoted = before.graph.filterEdges((_key, a) => a.evidence.length > 0);
    expect(event.patch!.edges.changed.map((c) => c.key).sort()).toEqual(quoted.sort());
    applyPatch(before.graph, event.patch!);
    expect(content(before.graph)).toEqual(content((await graphJson()).graph));
  });

  it('after an edit and its undo, serves the graph it served before', async () => {
    const before = await graphJson();
    const read = (await api('/api/records/nato')).json();
    const saved = await api('/api/records/nato', {
      method: 'PUT',
      headers: { 'If-Match': String(read.etag) },
      body: { record: { ...(read.record as object), aliases: ['the Alliance'] } },
    });
    expect(saved.status, saved.body).toBe(200);
    await events.next((e) => e.causes.includes('update') && e.ids.includes('nato'));
    expect((await api('/api/undo', { method: 'POST' })).status).toBe(200);
    const undone = await events.next((e) => e.causes.includes('undo'));
    const after = await graphJson();
    expect(after.version).toBe(undone.version);
    expect(content(after.graph)).toEqual(content(before.graph));
  });

  it('tells a folder that no longer builds, keeps the last graph, and patches from it once fixed', async () => {
    const last = await graphJson();
    const text = readFileSync(ARTICLE, 'utf8');
    writeFileSync(ARTICLE, text.replace('    actor: nato\n', '    actor: natoo\n'));
    const broken = await events.next((e) => e.errors > 0);
    expect(broken.patch).toBeUndefined();
    expect(broken.diagnostics!.map((d) => d.code)).toContain('unknown-id');
    expect((await graphJson()).version).toBe(last.version);
    writeFileSync(ARTICLE, text);
    const fixed = await events.next((e) => e.errors === 0 && e.causes.includes('disk'));
    expect(fixed.from).toBe(last.version);
    applyPatch(last.graph, fixed.patch!);
    expect(content(last.graph)).toEqual(content((await graphJson()).graph));
  });
});
