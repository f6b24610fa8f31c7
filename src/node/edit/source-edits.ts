/**
 * A new source: its text in `texts/<id>.txt` and its record in `articles/<id>.yaml`, the file its
 * stances will join, headed as the seed's articles are. The id comes from the title unless given.
 */
import { existsSync } from 'node:fs';
import { EditFailure } from './edit-failure';
import { recordDiagnostics, refuseErrors, type EditCore, type FilePlan } from './editor';
import { articleFile, idTaken, newFileHeader, textFile } from './placement';
import { claimId, isFields } from './record-edits';
import { prepareRecord } from './render-record';
import { applyRecordEdits } from './splice-records';

const FIELDS = ['id', 'title', 'publisher', 'origin', 'published', 'language', 'url', 'text'];

export async function createSource(core: EditCore, input: unknown) {
  if (!isFields(input)) throw new EditFailure(400, { error: 'expected an object' });
  const unknown = Object.keys(input).filter((key) => !FIELDS.includes(key));
  if (unknown.length > 0)
    throw new EditFailure(400, { error: `unknown field "${unknown[0]}": expected ${FIELDS.join(', ')}` });
  if (typeof input.text !== 'string' || input.text.trim() === '')
    throw new EditFailure(422, { error: 'expected "text": the full text of the source' });
  const content = input.text;
  // An id is free when no source has it and neither of its files exists.
  const taken = (id: string) =>
    idTaken(core.state, 'source', id) ||
    [articleFile(id), textFile(id)].some((rel) => existsSync(core.state.folder.resolve(rel)));
  if (typeof input.id === 'string' && taken(input.id))
    throw new EditFailure(409, { error: `the id "${input.id}" is taken`, id: input.id });
  const { id, done } = claimId(core, 'source', input, input.id);
  try {
    if (taken(id)) throw new EditFailure(409, { error: `the id "${id}" is taken`, id });
    const rel = articleFile(id);
    const txt = textFile(id);
    const record = prepareRecord('sources', { ...input, id, text: txt });
    const create =
      (file: string, make: () => string): FilePlan =>
      (text) => {
        if (text !== null) throw new EditFailure(409, { error: `${file} exists already`, id });
        return make();
      };
    const header = `${newFileHeader(rel).join('\n')}\n`;
    const plans = new Map<string, FilePlan>([
      [txt, create(txt, () => content)],
      [
        rel,
        create(rel, () => applyRecordEdits(header, [{ type: 'append', section: 'sources', record }]).text),
      ],
    ]);
    let report: ReturnType<typeof recordDiagnostics> | undefined;
    await core.commit({
      op: 'create-source',
      ids: [id],
      plans,
      check: (validation, before) => {
        report = recordDiagnostics(validation, core.state.shown(rel), 'sources[0]', [core.state.shown(txt)]);
        refuseErrors(report, validation, before);
      },
    });
    return { id, file: rel, text: txt, diagnostics: report?.diagnostics ?? [] };
  } finally {
    done();
  }
}
