/**
 * Reading, creating, changing and deleting one record (with what a delete takes along), each as a
 * transaction of the edit core. A record's etag is the hash of its text in the file: a change or
 * delete names the etag it was read with, and is refused (409) when the record is no longer so.
 */
import { describeReferrers, planCascade, type CascadePlan } from './cascade';
import { EditFailure } from './edit-failure';
import { recordDiagnostics, refuseErrors, type EditCore, type FilePlan } from './editor';
import type { RecordEntry } from './folder-state';
import { SECTION_OF, type RecordKind } from './key-order';
import { deriveId, fileForRecord, idTaken, newFileHeader } from './placement';
import { findRecord, layoutOf, recordEtag, type FileLayout, type RecordSpan } from './record-spans';
import { referrersOf, targetOf, withReferencesDropped } from './references';
import { prepareRecord } from './render-record';
import { applyRecordEdits, type RecordEdit } from './splice-records';

type Fields = Record<string, unknown>;

export const isFields = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Etags travel quoted in HTTP headers; either form is taken. */
const unquote = (etag: string) => etag.replace(/^W\//, '').replace(/^"(.*)"$/, '$1');

function entryOf(core: EditCore, id: string, kind?: RecordKind): RecordEntry {
  const entry = core.state.lookup(id, kind);
  if (!entry) throw new EditFailure(404, { error: `no ${kind ?? 'record'} "${id}"` });
  return entry;
}

/** The record's span in the file's text, or 409: it is not there any more. */
function spanIn(layout: FileLayout, entry: RecordEntry): RecordSpan {
  const span = findRecord(layout, entry.id, SECTION_OF[entry.kind]);
  if (!span)
    throw new EditFailure(409, {
      error: `the record "${entry.id}" changed on disk: it is no longer in ${entry.file}`,
      id: entry.id,
    });
  return span;
}

function checkEtag(layout: FileLayout, span: RecordSpan, entry: RecordEntry, ifMatch: string): void {
  const etag = recordEtag(layout, span);
  if (etag !== unquote(ifMatch))
    throw new EditFailure(409, {
      error: `the record "${entry.id}" changed in ${entry.file} since it was read: read it again`,
      id: entry.id,
      etag,
    });
}

export async function readRecord(core: EditCore, id: string, kind?: RecordKind) {
  let entry = entryOf(core, id, kind);
  let text = await core.readDisk(entry.file);
  let span = text === null ? undefined : findRecord(layoutOf(text), id, SECTION_OF[entry.kind]);
  if (!span) {
    // Changed on disk before the watcher told: read the file again (the live build is told), and look once more.
    const changed = core.state.refresh([entry.file]);
    if (changed.length > 0) core.onChange?.({ op: 'disk', files: changed, ids: [] });
    entry = entryOf(core, id, kind);
    text = await core.readDisk(entry.file);
    span = text === null ? undefined : findRecord(layoutOf(text), id, SECTION_OF[entry.kind]);
    if (!span) throw new EditFailure(404, { error: `no ${kind ?? 'record'} "${id}"` });
  }
  const layout = layoutOf(text!);
  return { kind: entry.kind, file: entry.file, record: span.value, etag: recordEtag(layout, span) };
}

const NAMESPACE: Record<RecordKind, string> = {
  source: 'source',
  entity: 'entity',
  relation: 'claim',
  stance: 'claim',
};

/** Claims the given id, or a new one made from the record's names; releases it with `done`. */
export function claimId(
  core: EditCore,
  kind: RecordKind,
  record: Fields,
  given: unknown,
): { id: string; done: () => void } {
  const ns = NAMESPACE[kind];
  if (given !== undefined) {
    if (typeof given !== 'string') throw new EditFailure(422, { error: 'expected the id as a text' });
    if (!core.claim(ns, given, idTaken(core.state, kind, given)))
      throw new EditFailure(409, { error: `the id "${given}" is taken`, id: given });
    return { id: given, done: () => core.release(ns, given) };
  }
  const id = deriveId(
    kind,
    record,
    (candidate) => !core.claim(ns, candidate, idTaken(core.state, kind, candidate)),
  );
  return { id, done: () => core.release(ns, id) };
}

export async function createRecord(core: EditCore, kind: unknown, record: unknown, file?: unknown) {
  if (kind !== 'stance' && kind !== 'relation' && kind !== 'entity')
    throw new EditFailure(400, { error: 'expected "kind": "stance", "relation" or "entity"' });
  if (!isFields(record)) throw new EditFailure(400, { error: 'expected "record" as an object' });
  if (file !== undefined && typeof file !== 'string')
    throw new EditFailure(400, { error: 'expected "file" as a path' });
  const section = SECTION_OF[kind];
  const { id, done } = claimId(core, kind, record, record.id);
  try {
    const full = prepareRecord(section, { ...record, id });
    const rel = file ?? fileForRecord(kind, full, core.state);
    core.state.folder.resolveDataFile(rel);
    let index = -1;
    const plan: FilePlan = (text) => {
      const base = text ?? `${newFileHeader(rel).join('\n')}\n`;
      const edited = applyRecordEdits(base, [{ type: 'append', section, record: full }]);
      index = edited.layout.sections.get(section)!.records.length - 1;
      return edited.text;
    };
    let report: ReturnType<typeof recordDiagnostics> | undefined;
    await core.commit({
      op: 'create',
      ids: [id],
      plans: new Map([[rel, plan]]),
      check: (validation, before) => {
        report = recordDiagnostics(validation, core.state.shown(rel), `${section}[${index}]`);
        refuseErrors(report, validation, before);
      },
    });
    return { id, file: rel, diagnostics: report?.diagnostics ?? [] };
  } finally {
    done();
  }
}

export async function updateRecord(
  core: EditCore,
  id: string,
  record: unknown,
  ifMatch: string | undefined,
  kind?: RecordKind,
) {
  if (!isFields(record)) throw new EditFailure(400, { error: 'expected "record" as an object' });
  const entry = entryOf(core, id, kind);
  if (ifMatch === undefined)
    throw new EditFailure(428, {
      error: 'expected an If-Match header with the etag the record was read with',
    });
  if (record.id !== undefined && record.id !== id)
    throw new EditFailure(422, {
      error: `the id cannot change here (from "${id}" to "${String(record.id)}"): merge, or create a new record`,
    });
  const section = SECTION_OF[entry.kind];
  let index = -1;
  let etag = '';
  const plan: FilePlan = (text) => {
    if (text === null) throw new EditFailure(409, { error: `${entry.file} is gone from disk`, id });
    const layout = layoutOf(text);
    const span = spanIn(layout, entry);
    checkEtag(layout, span, entry, ifMatch);
    index = span.index;
    const next = prepareRecord(section, { ...record, id }, span.value as Fields);
    const edited = applyRecordEdits(text, [{ type: 'replace', id, section, record: next }]);
    etag = recordEtag(edited.layout, findRecord(edited.layout, id, section)!);
    return edited.text;
  };
  let report: ReturnType<typeof recordDiagnostics> | undefined;
  await core.commit({
    op: 'update',
    ids: [id],
    plans: new Map([[entry.file, plan]]),
    check: (validation, before) => {
      report = recordDiagnostics(validation, core.state.shown(entry.file), `${section}[${index}]`);
      refuseErrors(report, validation, before);
    },
  });
  return { id, file: entry.file, etag, diagnostics: report?.diagnostics ?? [] };
}

export async function deleteRecord(
  core: EditCore,
  id: string,
  ifMatch: string | undefined,
  cascade: boolean,
  kind?: RecordKind,
) {
  const entry = entryOf(core, id, kind);
  if (ifMatch === undefined)
    throw new EditFailure(428, {
      error: 'expected an If-Match header with the etag the record was read with',
    });
  const index = core.state.index();
  const target = targetOf(entry.kind);
  const referrers = target ? referrersOf(index, target, id) : [];
  if (referrers.length > 0 && !cascade)
    throw new EditFailure(409, {
      error: `"${id}" is referred to by ${referrers.length === 1 ? 'a record' : `${referrers.length} records`}: change them first, or delete with ?cascade=1`,
      id,
      referrers: describeReferrers(referrers),
    });
  const plan: CascadePlan = cascade ? planCascade(index, entry) : { removed: [entry], changed: new Map() };
  const plans = new Map<string, FilePlan>();
  for (const file of new Set([...plan.removed, ...plan.changed.keys()].map((e) => e.file)))
    plans.set(file, deletionPlan(file, plan, entry, ifMatch));
  const brief = (e: RecordEntry) => ({ id: e.id, kind: e.kind, file: e.file });
  const changed = [...plan.changed.keys()];
  await core.commit({
    op: 'delete',
    ids: [...plan.removed, ...changed].map((e) => e.id),
    plans,
    check: (validation, before) => refuseErrors(undefined, validation, before),
  });
  return { id, file: entry.file, removed: plan.removed.map(brief), changed: changed.map(brief) };
}

/** One file's part of a delete: its records removed, and the references to them dropped from the others. */
function deletionPlan(file: string, plan: CascadePlan, first: RecordEntry, ifMatch: string): FilePlan {
  return (text) => {
    if (text === null) throw new EditFailure(409, { error: `${file} is gone from disk`, id: first.id });
    const layout = layoutOf(text);
    const edits: RecordEdit[] = [];
    for (const gone of plan.removed.filter((e) => e.file === file)) {
      const span = spanIn(layout, gone);
      if (gone === first) checkEtag(layout, span, first, ifMatch);
      edits.push({ type: 'remove', id: gone.id, section: SECTION_OF[gone.kind] });
    }
    for (const [changed, drops] of plan.changed) {
      if (changed.file !== file) continue;
      const span = spanIn(layout, changed);
      let value: Fields | null = span.value as Fields;
      for (const drop of drops)
        value = value && withReferencesDropped(changed.kind, value, drop.target, drop.id);
      if (!value)
        throw new EditFailure(409, { error: `the record "${changed.id}" changed on disk`, id: changed.id });
      const section = SECTION_OF[changed.kind];
      edits.push({
        type: 'replace',
        id: changed.id,
        section,
        record: prepareRecord(section, value, span.value as Fields),
      });
    }
    return applyRecordEdits(text, edits).text;
  };
}
