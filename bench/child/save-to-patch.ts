/**
 * The live builder of `stancegraph serve` on one data folder, in its own process: the time from a
 * save (PUT of a stance through the API) until the page has its patch (the server-sent event),
 * beside a full rebuild of the same folder (runPipeline to the styled graph, as the server's first
 * build). The folder is copied first: the saves write to it.
 *
 * Usage: node --import tsx bench/child/save-to-patch.ts DATA_DIR WORK_DIR RESULT_JSON [--saves N]
 */
import { cpSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { runPipeline } from '../../src/core';
import { folderSource } from '../../src/node/read';
import { startServer, type ChangeEvent, type RunningServer } from '../../src/node/serve';
import { threadedBetweenness } from '../../src/node/threads';

const args = process.argv.slice(2);
const [data, work, resultPath] = args;
if (!data || !work || !resultPath)
  throw new Error('usage: save-to-patch.ts DATA_DIR WORK_DIR RESULT_JSON [--saves N]');
const savesAt = args.indexOf('--saves');
const saves = savesAt === -1 ? 5 : Number(args[savesAt + 1]);

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const log = (text: string) => process.stderr.write(`    ${text}\n`);

function call(
  server: RunningServer,
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: unknown,
) {
  const text = body === undefined ? undefined : JSON.stringify(body);
  return new Promise<{ status: number; json: Record<string, unknown> }>((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        agent: false,
        port: server.port,
        path,
        method,
        headers: {
          Host: `127.0.0.1:${server.port}`,
          'X-Stancegraph-Token': server.token,
          ...(text ? { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) } : {}),
          ...headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, json: JSON.parse(Buffer.concat(chunks).toString('utf8')) }),
        );
      },
    );
    req.on('error', reject);
    req.end(text);
  });
}

/** The next change event the page receives, through a real event-stream connection. */
function eventStream(
  server: RunningServer,
): Promise<(id: string) => Promise<{ event: ChangeEvent; at: number }>> {
  const waiting = new Map<string, (e: { event: ChangeEvent; at: number }) => void>();
  return new Promise((ready) => {
    const req = request({
      host: '127.0.0.1',
      port: server.port,
      path: `/api/events?token=${server.token}`,
      headers: { Host: `127.0.0.1:${server.port}` },
    });
    req.on('response', (res) => {
      let buffer = '';
      res.setEncoding('utf8');
      res.on('data', (text: string) => {
        buffer += text;
        for (let end = buffer.indexOf('\n\n'); end !== -1; end = buffer.indexOf('\n\n')) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (block.includes('event: hello'))
            ready((id) => new Promise((resolve) => waiting.set(id, resolve)));
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (!block.includes('event: change') || !data) continue;
          const event = JSON.parse(data) as ChangeEvent;
          for (const id of event.ids) waiting.get(id)?.({ event, at: performance.now() });
        }
      });
    });
    req.end();
  });
}

rmSync(work, { recursive: true, force: true });
cpSync(data, work, { recursive: true });

let start = performance.now();
const full = runPipeline(folderSource(work), { seed: 1, until: 'style', betweenness: threadedBetweenness });
const fullRebuildMs = Math.round(performance.now() - start);
if (!full.graph) throw new Error(`the folder does not build: ${full.validation.errors} errors`);
log(`full rebuild ${fullRebuildMs} ms (${JSON.stringify(full.timings)})`);

start = performance.now();
const server = await startServer({ dir: work, port: 0, webRoot: join(work, '.no-viewer'), watch: true });
const serverStartMs = Math.round(performance.now() - start);
log(`server start ${serverStartMs} ms`);
const nextEvent = await eventStream(server);

// The first stance of the first article file: the same record whatever the run.
const stance = [...server.core.state.index().values()]
  .flat()
  .filter((e) => e.kind === 'stance')
  .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.id < b.id ? -1 : 1))[0]!;
const runs: {
  saveToPatchMs: number;
  responseMs: number;
  timings: Record<string, number>;
  patch: Record<string, number>;
}[] = [];
for (let i = 0; i < saves; i++) {
  const read = await call(server, 'GET', `/api/records/${stance.id}`, {});
  const record = { ...(read.json.record as Record<string, unknown>) };
  if (record.hedged === true) delete record.hedged;
  else record.hedged = true;
  const event = nextEvent(stance.id);
  const sent = performance.now();
  const saved = await call(
    server,
    'PUT',
    `/api/records/${stance.id}`,
    { 'If-Match': String(read.json.etag) },
    { record },
  );
  const responded = performance.now();
  if (saved.status !== 200)
    throw new Error(`the save answered ${saved.status}: ${JSON.stringify(saved.json)}`);
  const { event: change, at } = await event;
  const patch = change.patch!;
  runs.push({
    saveToPatchMs: Math.round(at - sent),
    responseMs: Math.round(responded - sent),
    timings: change.timings,
    patch: {
      nodesChanged: patch.nodes.changed.length,
      edgesChanged: patch.edges.changed.length,
      nodesAdded: patch.nodes.added.length,
      edgesAdded: patch.edges.added.length,
    },
  });
  log(`save ${i + 1}: ${runs.at(-1)!.saveToPatchMs} ms to the patch (${JSON.stringify(change.timings)})`);
}
await server.close();
rmSync(work, { recursive: true, force: true });

const result = {
  stances: full.counts!.stances,
  edges: full.counts!.edges,
  fullRebuildMs,
  fullRebuildStagesMs: full.timings,
  serverStartMs,
  saveToPatchMs: median(runs.map((r) => r.saveToPatchMs)),
  saveToPatchRuns: runs.map((r) => r.saveToPatchMs),
  responseMs: median(runs.map((r) => r.responseMs)),
  rebuildStepsMs: runs[Math.floor(runs.length / 2)]!.timings,
  patch: runs[0]!.patch,
};
writeFileSync(resultPath, JSON.stringify(result));
// The event stream's connection and the watcher would keep the process alive.
process.exit(0);
