/**
 * Stage 1, read, from disk: every .yaml/.yml file under a data folder, and a reader of the source
 * texts the files name that never leaves the folder. The checks themselves are the core's.
 */
import { isUtf8 } from 'node:buffer';
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { DataFileText, DataFiles, DataSource, Diagnostic, TextReader } from '../../core';
import { bytePosition, firstInvalidUtf8 } from './utf8';

/** Files larger than this are refused before reading: a data file is written by hand. */
export const MAX_DATA_FILE_BYTES = 20 * 1024 * 1024;
export const MAX_TEXT_FILE_BYTES = 50 * 1024 * 1024;

/** Relative paths (with "/") of the data files under `dir`, sorted by code unit. */
export function listDataFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    const entries = readdirSync(join(dir, rel), { withFileTypes: true });
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const path = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && /\.ya?ml$/i.test(entry.name)) out.push(path);
    }
  };
  walk('');
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

const decoder = new TextDecoder('utf-8');

function decode(
  bytes: Uint8Array,
  file: string,
): { ok: true; content: string } | { ok: false; diagnostic: Diagnostic } {
  // The native check answers for the common case; the byte-by-byte one finds where a bad file goes wrong.
  const bad = isUtf8(bytes) ? -1 : firstInvalidUtf8(bytes);
  if (bad !== -1) {
    const at = bytePosition(bytes, bad);
    return {
      ok: false,
      diagnostic: {
        severity: 'error',
        code: 'encoding',
        file,
        ...at,
        path: '',
        message: `expected UTF-8 text, found the byte 0x${bytes[bad]!.toString(16).toUpperCase().padStart(2, '0')} that starts no valid UTF-8 sequence`,
      },
    };
  }
  // A byte-order mark is not text: offsets of quotes are counted after it.
  return { ok: true, content: decoder.decode(bytes) };
}

/** `display` is how the folder is named in diagnostics (as the user typed it). */
export function readDataFolder(
  dir: string,
  display = dir,
  onProgress?: (done: number, total: number) => void,
): DataFiles {
  const root = resolve(dir);
  const shown = (rel: string) => (display === '.' ? rel : join(display, rel)).split(sep).join('/');
  const diagnostics: Diagnostic[] = [];
  const files: DataFileText[] = [];
  const list = listDataFiles(root);
  for (const [i, rel] of list.entries()) {
    onProgress?.(i, list.length);
    const read = readDataFile(join(root, rel), shown(rel));
    if ('content' in read) files.push(read);
    else diagnostics.push(read.diagnostic);
  }
  onProgress?.(list.length, list.length);
  return { files, readText: textReader(root, display), diagnostics };
}

/** One data file, `file` as diagnostics name it: its text, or why it cannot be read. */
export function readDataFile(path: string, file: string): DataFileText | { diagnostic: Diagnostic } {
  const size = statSync(path).size;
  if (size > MAX_DATA_FILE_BYTES) {
    return {
      diagnostic: {
        severity: 'error',
        code: 'file-too-large',
        file,
        line: 1,
        column: 1,
        path: '',
        message: `expected a data file of at most ${MAX_DATA_FILE_BYTES / 1024 / 1024} MB, found ${(size / 1024 / 1024).toFixed(1)} MB; split it into several files`,
      },
    };
  }
  const decoded = decode(readFileSync(path), file);
  return decoded.ok ? { file, content: decoded.content } : { diagnostic: decoded.diagnostic };
}

/** A reader of the source texts the data files name, that never leaves the folder. */
export function textReader(dir: string, display = dir): TextReader {
  const root = resolve(dir);
  const shown = (rel: string) => (display === '.' ? rel : join(display, rel)).split(sep).join('/');
  const realRoot = realpathSync.native(root);
  const readText: TextReader = (path) => {
    // The native realpath: one call, where the JavaScript one lstat()s every component. It also
    // answers whether the file exists.
    let real: string;
    try {
      real = realpathSync.native(resolve(root, path));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const found =
        code === 'ENOENT' || code === 'ENOTDIR' ? 'no such file' : `a path that cannot be resolved (${code})`;
      return { ok: false, message: `expected a text file at ${shown(path)}, found ${found}` };
    }
    if (real !== realRoot && !real.startsWith(realRoot + sep)) {
      return {
        ok: false,
        message: `expected a text file inside the data folder, found ${shown(path)} leading outside it`,
      };
    }
    const stat = statSync(real);
    if (!stat.isFile())
      return { ok: false, message: `expected a text file at ${shown(path)}, found a folder or device` };
    if (stat.size > MAX_TEXT_FILE_BYTES)
      return {
        ok: false,
        message: `expected a source text of at most ${MAX_TEXT_FILE_BYTES / 1024 / 1024} MB, found ${(stat.size / 1024 / 1024).toFixed(1)} MB`,
      };
    const decoded = decode(readFileSync(real), shown(path));
    if (!decoded.ok)
      return {
        ok: false,
        message: decoded.diagnostic.message,
        file: decoded.diagnostic.file,
        line: decoded.diagnostic.line,
        column: decoded.diagnostic.column,
      };
    return { ...decoded, file: shown(path) };
  };
  return readText;
}

/** A data folder as the pipeline's source, named in diagnostics relative to the working folder. */
export function folderSource(
  dir: string,
  display = relative(process.cwd(), resolve(dir)) || '.',
): DataSource {
  return { read: (onProgress) => readDataFolder(dir, display, onProgress) };
}
