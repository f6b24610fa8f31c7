/**
 * Editing a data folder in place: records created, changed, deleted and merged through yaml's
 * parse, with every record not edited kept byte for byte; atomic writes queued per file; an edit
 * log for undo. The live server (src/node/serve) and `stancegraph merge` use it.
 */
import { EditCore } from './editor';
import { displayOf, FolderState } from './folder-state';

export {
  EditCore,
  isDataFile,
  recordDiagnostics,
  type ChangeNotice,
  type FilePlan,
  type Transaction,
} from './editor';
export { EditFailure, asEditFailure } from './edit-failure';
export {
  EditLog,
  fileChange,
  revertChange,
  textHash,
  LOG_FOLDER,
  LOG_FILE,
  type EditEntry,
  type FileChange,
} from './edit-log';
export { FolderState, displayOf, type RecordEntry } from './folder-state';
export { DataFolder, PathError } from './data-paths';
export { FileQueue } from './file-queue';
export { writeFileAtomic, removeFileDurably } from './atomic-write';
export { SECTION_OF, KIND_OF, type RecordKind } from './key-order';
export {
  layoutOf,
  findRecord,
  recordEtag,
  recordText,
  EditError,
  type FileLayout,
  type RecordSpan,
} from './record-spans';
export { applyRecordEdits, type RecordEdit } from './splice-records';
export { prepareRecord, renderRecord } from './render-record';
export { readRecord, createRecord, updateRecord, deleteRecord } from './record-edits';
export { createSource } from './source-edits';
export { planMerge, mergeEntities } from './merge';
export { undoLast } from './undo';
export { referencesOf, referrersOf } from './references';

/** A data folder read into memory, ready for edits. */
export function openDataFolder(dir: string, display = displayOf(dir)): EditCore {
  const state = new FolderState(dir, display);
  state.load();
  return new EditCore(state);
}
