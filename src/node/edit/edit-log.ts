/**
 * The edit log, `<data>/.stancegraph/edits.jsonl` (a hidden folder: the data reader skips it): one
 * JSON line per edit, with each file's change as the span that differs (offset, the text removed,
 * the text put in) and the file's hash before and after. Undo takes the last edit not yet undone,
 * checks that each file still has its "after" hash (else someone changed it since: refused), and
 * puts the removed text back, so the files come back byte for byte. An undo is logged too.
 */
import { createHash } from 'node:crypto';
import { appendFile, mkdir, open, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** One file's change: `removed` at `start` became `inserted`; a null hash is a file that did not exist. */
export interface FileChange {
  file: string;
  start: number;
  removed: string;
  inserted: string;
  before: string | null;
  after: string | null;
}

export interface EditEntry {
  seq: number;
  /** When, as an ISO 8601 time. */
  at: string;
  /** What was done: "create-source", "create", "update", "delete", "merge", "undo". */
  op: string;
  /** The records it touched. */
  ids: string[];
  files: FileChange[];
  /** For an undo, the edit it undid. */
  undoes?: number;
}

export const LOG_FOLDER = '.stancegraph';
export const LOG_FILE = 'edits.jsonl';

export function textHash(text: string | null): string | null {
  return text === null ? null : createHash('sha256').update(text).digest('hex');
}

/** The change from `before` to `after` (null: no file), as the one span between their common ends. */
export function fileChange(file: string, before: string | null, after: string | null): FileChange {
  const a = before ?? '';
  const b = after ?? '';
  let start = 0;
  const max = Math.min(a.length, b.length);
  while (start < max && a.charCodeAt(start) === b.charCodeAt(start)) start++;
  let end = 0;
  while (end < max - start && a.charCodeAt(a.length - 1 - end) === b.charCodeAt(b.length - 1 - end)) end++;
  return {
    file,
    start,
    removed: a.slice(start, a.length - end),
    inserted: b.slice(start, b.length - end),
    before: textHash(before),
    after: textHash(after),
  };
}

/** The file's text before the change, from its text after it; undefined when `current` is not that. */
export function revertChange(change: FileChange, current: string | null): string | null | undefined {
  if (textHash(current) !== change.after) return undefined;
  if (change.before === null) return null;
  const text = current ?? '';
  const restored =
    text.slice(0, change.start) + change.removed + text.slice(change.start + change.inserted.length);
  return textHash(restored) === change.before ? restored : undefined;
}

export class EditLog {
  readonly path: string;

  constructor(dataRoot: string) {
    this.path = join(dataRoot, LOG_FOLDER, LOG_FILE);
  }

  async entries(): Promise<EditEntry[]> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    // A line cut short by a crash is no entry.
    return text.split('\n').flatMap((line) => {
      try {
        return line ? [JSON.parse(line) as EditEntry] : [];
      } catch {
        return [];
      }
    });
  }

  /** Appends an entry (its seq and time given here), flushed to disk before this returns. */
  async append(entry: Omit<EditEntry, 'seq' | 'at'>): Promise<EditEntry> {
    const entries = await this.entries();
    const full: EditEntry = {
      seq: (entries.at(-1)?.seq ?? 0) + 1,
      at: new Date().toISOString(),
      ...entry,
    };
    await mkdir(join(this.path, '..'), { recursive: true });
    await appendFile(this.path, `${JSON.stringify(full)}\n`);
    const handle = await open(this.path, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    return full;
  }

  /** The last edit that no undo has undone (undos themselves are not undone). */
  async lastUndoable(): Promise<EditEntry | undefined> {
    const stack: EditEntry[] = [];
    for (const entry of await this.entries()) {
      if (entry.undoes === undefined) stack.push(entry);
      else {
        const at = stack.findIndex((e) => e.seq === entry.undoes);
        if (at !== -1) stack.splice(at, 1);
      }
    }
    return stack.at(-1);
  }
}
