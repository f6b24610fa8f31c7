/**
 * The local API (docs/api.md): records read, created, changed, deleted and merged, undo and the
 * edit log, the folder's diagnostics. Each route turns the edit modules' answers into HTTP ones:
 * refusals carry their status (EditFailure), everything else is a 500 that names no file content.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  asEditFailure,
  createRecord,
  createSource,
  deleteRecord,
  EditFailure,
  mergeEntities,
  readRecord,
  undoLast,
  updateRecord,
  type EditCore,
  type RecordKind,
} from '../edit';
import { HttpError, readJson, sendError, sendJson } from './http-io';
import type { LiveBuild } from './live-build';

export interface ApiContext {
  core: EditCore;
  build: LiveBuild;
}

type Handler = (
  ctx: ApiContext,
  req: IncomingMessage,
  url: URL,
  id?: string,
) => Promise<[number, unknown, Record<string, string>?]>;

const KINDS = ['source', 'entity', 'relation', 'stance'];

function kindParam(url: URL): RecordKind | undefined {
  const kind = url.searchParams.get('kind');
  if (kind === null) return undefined;
  if (!KINDS.includes(kind)) throw new HttpError(400, `expected ?kind= one of ${KINDS.join(', ')}`);
  return kind as RecordKind;
}

const ifMatch = (req: IncomingMessage) => req.headers['if-match'];
const fields = (body: unknown) =>
  typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};

const getRecord: Handler = async ({ core }, _req, url, id) => {
  const found = await readRecord(core, id!, kindParam(url));
  return [200, found, { ETag: `"${found.etag}"` }];
};

const postSource: Handler = async ({ core }, req) => [201, await createSource(core, await readJson(req))];

const postRecord: Handler = async ({ core }, req) => {
  const body = fields(await readJson(req));
  return [201, await createRecord(core, body.kind, body.record, body.file)];
};

const putRecord: Handler = async ({ core }, req, url, id) => {
  const body = fields(await readJson(req));
  const result = await updateRecord(core, id!, body.record, ifMatch(req), kindParam(url));
  return [200, result, { ETag: `"${result.etag}"` }];
};

const removeRecord: Handler = async ({ core }, req, url, id) => {
  const cascade = ['1', 'true'].includes(url.searchParams.get('cascade') ?? '');
  return [200, await deleteRecord(core, id!, ifMatch(req), cascade, kindParam(url))];
};

const postMerge: Handler = async ({ core }, req) => {
  const body = fields(await readJson(req));
  if (typeof body.from !== 'string' || typeof body.into !== 'string')
    throw new HttpError(400, 'expected { "from": id, "into": id }');
  return [200, await mergeEntities(core, body.from, body.into)];
};

const postUndo: Handler = async ({ core }) => [200, await undoLast(core)];

const getLog: Handler = async ({ core }) => {
  const entries = await core.log.entries();
  const last = await core.log.lastUndoable();
  return [
    200,
    {
      entries: entries.map(({ files, ...entry }) => ({ ...entry, files: files.map((f) => f.file) })),
      undoable: last?.seq ?? null,
    },
  ];
};

const getDiagnostics: Handler = async ({ build }) => {
  const v = build.validation;
  return [
    200,
    {
      version: build.version,
      errors: v?.errors ?? 0,
      warnings: v?.warnings ?? 0,
      diagnostics: v?.diagnostics ?? [],
    },
  ];
};

/** The routes, by method and path; `:id` is a record id. */
const ROUTES: { method: string; path: RegExp; handler: Handler }[] = [
  { method: 'GET', path: /^\/api\/records\/([^/]+)$/, handler: getRecord },
  { method: 'PUT', path: /^\/api\/records\/([^/]+)$/, handler: putRecord },
  { method: 'DELETE', path: /^\/api\/records\/([^/]+)$/, handler: removeRecord },
  { method: 'POST', path: /^\/api\/records$/, handler: postRecord },
  { method: 'POST', path: /^\/api\/sources$/, handler: postSource },
  { method: 'POST', path: /^\/api\/merge$/, handler: postMerge },
  { method: 'POST', path: /^\/api\/undo$/, handler: postUndo },
  { method: 'GET', path: /^\/api\/log$/, handler: getLog },
  { method: 'GET', path: /^\/api\/diagnostics$/, handler: getDiagnostics },
];

/** Answers an API request that has passed the guard. */
export async function handleApi(
  ctx: ApiContext,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> {
  const matches = ROUTES.filter((r) => r.path.test(url.pathname));
  if (matches.length === 0) return sendError(res, 404, `no API route ${url.pathname}`);
  const route = matches.find((r) => r.method === req.method);
  if (!route)
    return sendError(res, 405, `${req.method} is not allowed on ${url.pathname}`, {
      allowed: matches.map((r) => r.method),
    });
  try {
    const raw = route.path.exec(url.pathname)![1];
    const id = raw === undefined ? undefined : decodeURIComponent(raw);
    const [status, body, headers] = await route.handler(ctx, req, url, id);
    sendJson(res, status, body, headers);
  } catch (thrown) {
    const error = asEditFailure(thrown);
    if (error instanceof EditFailure) return sendJson(res, error.status, error.body);
    if (error instanceof HttpError) return sendError(res, error.status, error.message);
    if (error instanceof URIError) return sendError(res, 400, 'expected a record id in the path');
    sendError(res, 500, `internal error: ${(error as Error).message}`);
  }
}
