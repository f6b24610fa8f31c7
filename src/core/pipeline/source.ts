/**
 * Where the read stage gets its data: the Node side reads a folder (src/node/read); a script, a test
 * or the browser can hand over the files' text as it is.
 */
import type { DataFiles, DataFileText, TextReader } from '../validate';

export interface DataSource {
  /** The read stage: the data files' text, a reader of the source texts, and any read errors. */
  read(onProgress?: (done: number, total: number) => void): DataFiles;
}

/**
 * Data held in memory: data files by path (YAML text), and source texts by the path the data gives
 * them (relative to the data folder).
 */
export function memorySource(files: Record<string, string>, texts: Record<string, string> = {}): DataSource {
  const readText: TextReader = (path) =>
    Object.hasOwn(texts, path)
      ? { ok: true, content: texts[path]!, file: path }
      : { ok: false, message: `expected a text file at ${path}, found no such file` };
  const list: DataFileText[] = Object.keys(files)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((file) => ({ file, content: files[file]! }));
  return { read: () => ({ files: list, readText, diagnostics: [] }) };
}
