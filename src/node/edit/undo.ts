/**
 * Undo of the last edit not yet undone (edit-log.ts): each file it changed gets its old text back,
 * when it still has the text the edit left (else someone changed it since, and the undo is refused
 * with the file named). A file already back to its old text (an edit cut short) is left as it is.
 */
import { EditFailure } from './edit-failure';
import { revertChange, textHash } from './edit-log';
import type { EditCore, FilePlan } from './editor';

export async function undoLast(core: EditCore) {
  const entry = await core.log.lastUndoable();
  if (!entry) throw new EditFailure(404, { error: 'nothing to undo' });
  const plans = new Map<string, FilePlan>();
  for (const change of entry.files) {
    plans.set(change.file, (text) => {
      if (textHash(text) === change.before) return text;
      const restored = revertChange(change, text);
      if (restored === undefined)
        throw new EditFailure(409, {
          error: `${change.file} changed since edit ${entry.seq} (${entry.op}): it cannot be undone`,
          file: change.file,
        });
      return restored;
    });
  }
  const { changes } = await core.commit({
    op: 'undo',
    ids: entry.ids,
    plans,
    validate: false,
    undoes: entry.seq,
  });
  // Nothing to write (every file already as before): the edit counts as undone all the same.
  if (changes.length === 0)
    await core.log.append({ op: 'undo', ids: entry.ids, files: [], undoes: entry.seq });
  return { undone: entry.seq, op: entry.op, ids: entry.ids, files: entry.files.map((c) => c.file) };
}
