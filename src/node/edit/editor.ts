/**
 * The edits the API and the command line make, as transactions over files: each takes its files'
 * turns in the write queue, reads them as they are on disk, computes their new text (record by
 * record, splice-records.ts), validates the folder as it would then be (the real validator, in
 * memory), writes nothing if the edited record has an error, else writes each file atomically,
 * logs the change for undo and tells the live builder.
 */
import { isUtf8 } from 'node:buffer';
import { readFile } from 'node:fs/promises';
import type { Diagnostic, ValidationResult } from '../../core';
import { removeFileDurably, writeFileAtomic } from './atomic-write';
import { asEditFailure, EditFailure } from './edit-failure';
import { EditLog, fileChange, type FileChange } from './edit-log';
import { FileQueue } from './file-queue';
import type { FolderState } from './folder-state';

/** A file's new text from its text on disk (null: no such file); null removes it. */
export type FilePlan = (text: string | null) => string | null;

/** What an edit changed, for the live builder and the event stream. */
export interface ChangeNotice {
  op: string;
  /** Data files and texts written, relative to the folder. */
  files: string[];
  /** Records added, changed or removed. */
  ids: string[];
  /** The folder's validation after the edit, when it was made. */
  validation?: ValidationResult;
}

export interface Transaction {
  op: string;
  ids: string[];
  /** New texts of data files and of source texts, by file relative to the folder. */
  plans: Map<string, FilePlan>;
  /**
   * Refuses the edit (by throwing EditFailure) from the validation of the folder as it would be,
   * and as it is (asked for only when needed: it is a second validation).
   */
  check?: (validation: ValidationResult, before: () => ValidationResult) => void;
  /** For an undo, the edit it undoes. */
  undoes?: number;
  /** Whether the folder is validated before writing (an undo puts back what was, unchecked). */
  validate?: boolean;
}

/** Whether the data reader reads this file (relative to the folder) as data. */
export const isDataFile = (rel: string) =>
  /\.ya?ml$/i.test(rel) && !rel.split('/').some((s) => s.startsWith('.'));

export class EditCore {
  readonly queue = new FileQueue();
  readonly log: EditLog;
  /** Told after every edit that wrote something. */
  onChange: ((notice: ChangeNotice) => void) | undefined;

  /** Ids of records being created, by namespace, so that two creations at once never take one id. */
  private readonly claimed = new Set<string>();

  constructor(readonly state: FolderState) {
    this.log = new EditLog(state.folder.root);
  }

  /** Claims an id for a record being created; false when it is taken or claimed. */
  claim(namespace: string, id: string, taken: boolean): boolean {
    const key = `${namespace}\0${id}`;
    if (taken || this.claimed.has(key)) return false;
    this.claimed.add(key);
    return true;
  }

  release(namespace: string, id: string): void {
    this.claimed.delete(`${namespace}\0${id}`);
  }

  /** A file's text on disk, or null when there is none. */
  async readDisk(rel: string): Promise<string | null> {
    const path = this.state.folder.resolve(rel);
    let bytes: Buffer;
    try {
      bytes = await readFile(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return null;
      throw error;
    }
    if (!isUtf8(bytes))
      throw new EditFailure(422, { error: `${rel} is not UTF-8 text: fix it before editing it here` });
    return bytes.toString('utf8');
  }

  /** Runs the transaction; returns what each file was and became (none when nothing changed). */
  async commit(t: Transaction): Promise<{ changes: FileChange[]; validation?: ValidationResult }> {
    try {
      for (const rel of t.plans.keys()) this.state.folder.resolve(rel);
      return await this.queue.run([...t.plans.keys()], () => this.commitInTurn(t));
    } catch (error) {
      throw asEditFailure(error);
    }
  }

  private async commitInTurn(t: Transaction) {
    const before = new Map<string, string | null>();
    const after = new Map<string, string | null>();
    // Files seen changed on disk before the watcher told: the state follows the disk.
    const touched = new Set<string>();
    let told = false;
    try {
      for (const [rel, plan] of t.plans) {
        const text = await this.readDisk(rel);
        if (isDataFile(rel) && (this.state.content(rel) ?? null) !== text) {
          this.state.set(rel, text);
          touched.add(rel);
        }
        before.set(rel, text);
        const next = plan(text);
        if (next !== text) after.set(rel, next);
      }
      if (after.size === 0) return { changes: [] };
      const written = await this.write(t, before, after, touched);
      told = true;
      return written;
    } finally {
      // Whatever happened, the live build hears of every file whose content it holds changed.
      if (!told && touched.size > 0) this.onChange?.({ op: 'disk', files: [...touched], ids: [] });
    }
  }

  private async write(
    t: Transaction,
    before: Map<string, string | null>,
    after: Map<string, string | null>,
    touched: Set<string>,
  ) {
    const data = new Map([...after].filter(([rel]) => isDataFile(rel)));
    const texts = new Map(
      [...after].filter((e): e is [string, string] => !isDataFile(e[0]) && e[1] !== null),
    );
    const validation = t.validate === false ? undefined : this.state.validate(data, texts);
    if (validation) t.check?.(validation, () => this.state.validate());
    const changes: FileChange[] = [];
    for (const [rel, text] of writeOrder(after)) {
      const path = this.state.folder.resolve(rel);
      touched.add(rel);
      if (text === null) await removeFileDurably(path);
      else await writeFileAtomic(path, text);
      changes.push(fileChange(rel, before.get(rel) ?? null, text));
      if (isDataFile(rel)) this.state.set(rel, text);
      else this.state.invalidateText(rel);
    }
    await this.log.append({
      op: t.op,
      ids: t.ids,
      files: changes,
      ...(t.undoes !== undefined ? { undoes: t.undoes } : {}),
    });
    this.onChange?.({
      op: t.op,
      files: [...touched],
      ids: t.ids,
      ...(validation ? { validation } : {}),
    });
    return { changes, ...(validation ? { validation } : {}) };
  }
}

/** Source texts before the data files that name them; their removal after. */
function writeOrder(after: Map<string, string | null>): [string, string | null][] {
  const all = [...after];
  return [
    ...all.filter(([rel, text]) => !isDataFile(rel) && text !== null),
    ...all.filter(([rel]) => isDataFile(rel)),
    ...all.filter(([rel, text]) => !isDataFile(rel) && text === null),
  ];
}

/** The diagnostics of one record (and of the text it names), as `stancegraph validate --json` gives them. */
export function recordDiagnostics(
  validation: ValidationResult,
  file: string,
  recordPath: string,
  extraFiles: readonly string[] = [],
): { errors: number; warnings: number; diagnostics: Diagnostic[] } {
  const diagnostics = validation.diagnostics.filter(
    (d) =>
      extraFiles.includes(d.file) ||
      (d.file === file &&
        (d.path === recordPath ||
          d.path.startsWith(`${recordPath}.`) ||
          d.path.startsWith(`${recordPath}[`))),
  );
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  return { errors, warnings: diagnostics.length - errors, diagnostics };
}

/** Errors of `after` that `before` did not have (matched by file, rule and message, as lines move). */
export function newErrors(before: ValidationResult, after: ValidationResult): Diagnostic[] {
  const key = (d: Diagnostic) => `${d.file}\0${d.code}\0${d.message}`;
  const count = new Map<string, number>();
  for (const d of before.diagnostics)
    if (d.severity === 'error') count.set(key(d), (count.get(key(d)) ?? 0) + 1);
  return after.diagnostics.filter((d) => {
    if (d.severity !== 'error') return false;
    const left = count.get(key(d)) ?? 0;
    if (left > 0) count.set(key(d), left - 1);
    return left === 0;
  });
}

/** Refuses an edit whose record has an error, or that gives other records errors they did not have. */
export function refuseErrors(
  report: { errors: number; warnings: number; diagnostics: Diagnostic[] } | undefined,
  validation: ValidationResult,
  before: () => ValidationResult,
): void {
  if (report && report.errors > 0)
    throw new EditFailure(422, {
      error: `the record has ${report.errors === 1 ? 'an error' : `${report.errors} errors`}: nothing was written`,
      ...report,
    });
  if (validation.errors === 0) return;
  const caused = newErrors(before(), validation);
  if (caused.length > 0)
    throw new EditFailure(422, {
      error: `the edit would give other records ${caused.length === 1 ? 'an error' : `${caused.length} errors`}: nothing was written`,
      errors: caused.length,
      warnings: 0,
      diagnostics: caused,
    });
}
