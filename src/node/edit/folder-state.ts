/**
 * A data folder held in memory for editing and live rebuilds: each data file's text and its parse,
 * each source text read once. A change re-reads (or takes) only the files that changed and parses
 * only them again; the checks across files then run on the kept parses (core validateParsed), so a
 * save costs the cross-file checks, not a fresh read and parse of the whole folder. The results
 * are those of `stancegraph validate`: same reader checks, same parser, same order of files.
 */
import { createHash } from 'node:crypto';
import { join, posix, relative, resolve, sep } from 'node:path';
import {
  compareDiagnostics,
  mergeParsedData,
  parseDataFiles,
  sections,
  validateParsed,
  type DataSource,
  type Diagnostic,
  type ParsedData,
  type SourceText,
  type TextReader,
  type TextReadResult,
  type ValidationResult,
} from '../../core';
import { listDataFiles, readDataFile, textReader } from '../read';
import { DataFolder } from './data-paths';
import { KIND_OF, type RecordKind } from './key-order';

/** A record as the folder holds it: where it is, and its value as parsed (raw when it failed its schema). */
export interface RecordEntry {
  id: string;
  kind: RecordKind;
  /** The data file, relative to the folder. */
  file: string;
  value: unknown;
  valid: boolean;
}

interface FileEntry {
  content: string;
  hash: string;
}

const hashOf = (text: string) => createHash('sha1').update(text).digest('hex');

/** The folder as diagnostics name it by default: relative to the working folder, as the CLI does. */
export function displayOf(dir: string): string {
  return (relative(process.cwd(), resolve(dir)) || '.').split(sep).join('/');
}

export class FolderState {
  readonly folder: DataFolder;
  private readonly files = new Map<string, FileEntry>();
  private readonly readErrors = new Map<string, Diagnostic>();
  /** Parses by file and content hash: the current content's, and the last one validated before it was written. */
  private readonly parses = new Map<string, Map<string, ParsedData>>();
  private readonly texts = new Map<string, TextReadResult>();
  /** Source texts prepared for quote search, by content: kept while the text is. */
  private readonly prepared = new Map<string, SourceText>();
  private readonly diskText: TextReader;
  private textVersion = 0;
  /** The last validations, by the state they checked: an edit's check and the rebuild after it share one. */
  private memo: { key: string; result: ValidationResult }[] = [];
  private indexMemo: { key: string; index: Map<string, RecordEntry[]> } | undefined;

  constructor(
    dir: string,
    /** How the folder is named in diagnostics. */
    readonly display: string,
  ) {
    this.folder = new DataFolder(dir);
    this.diskText = textReader(this.folder.root, display);
  }

  /** The file as diagnostics name it. */
  shown(rel: string): string {
    return this.display === '.' ? rel : `${this.display}/${rel}`;
  }

  /** Reads every data file of the folder. */
  load(): void {
    this.files.clear();
    this.readErrors.clear();
    for (const rel of listDataFiles(this.folder.root)) this.readFromDisk(rel);
  }

  /** Data files, relative to the folder, sorted as the reader lists them. */
  fileNames(): string[] {
    return [...this.files.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  }

  content(rel: string): string | undefined {
    return this.files.get(rel)?.content;
  }

  /** Reads these data files again; returns those whose content changed (or appeared, or went). */
  refresh(rels: readonly string[]): string[] {
    const changed: string[] = [];
    for (const rel of rels) {
      const before = this.files.get(rel)?.hash ?? this.readErrors.get(rel)?.message;
      this.files.delete(rel);
      this.readErrors.delete(rel);
      try {
        this.readFromDisk(rel);
      } catch {
        /* gone */
      }
      const after = this.files.get(rel)?.hash ?? this.readErrors.get(rel)?.message;
      if (before !== after) changed.push(rel);
    }
    return changed;
  }

  /** The folder now holds `content` in `rel` (null: no such file), written by the editor. */
  set(rel: string, content: string | null): void {
    this.readErrors.delete(rel);
    if (content === null) this.files.delete(rel);
    else this.files.set(rel, { content, hash: hashOf(content) });
    this.forgetOldParses(rel);
  }

  /** A source text changed on disk: read it again when next needed. Whether it had been read. */
  invalidateText(rel: string): boolean {
    const old = this.texts.get(posix.normalize(rel));
    if (old?.ok) this.prepared.delete(old.content);
    const had = this.texts.delete(posix.normalize(rel));
    if (had) this.textVersion++;
    return had;
  }

  /** Each record of a file (valid or not) by section and id, with its value as JSON: to see which changed. */
  recordSignatures(rel: string): Map<string, string> {
    const out = new Map<string, string>();
    const entry = this.files.get(rel);
    if (!entry) return out;
    const parsed = this.parse(rel, entry);
    for (const section of sections) {
      for (const item of [...parsed.items[section], ...parsed.invalidItems[section]]) {
        const id = (item.value as { id?: unknown } | null)?.id;
        if (typeof id === 'string') out.set(`${section}\0${id}`, JSON.stringify(item.value));
      }
    }
    return out;
  }

  private readFromDisk(rel: string): void {
    const read = readDataFile(join(this.folder.root, ...rel.split('/')), this.shown(rel));
    if ('content' in read) this.files.set(rel, { content: read.content, hash: hashOf(read.content) });
    else this.readErrors.set(rel, read.diagnostic);
    this.forgetOldParses(rel);
  }

  private forgetOldParses(rel: string): void {
    const current = this.files.get(rel)?.hash;
    const kept = this.parses.get(rel);
    if (!kept) return;
    for (const hash of kept.keys()) if (hash !== current) kept.delete(hash);
  }

  private parse(rel: string, entry: FileEntry): ParsedData {
    let byHash = this.parses.get(rel);
    if (!byHash) this.parses.set(rel, (byHash = new Map()));
    let parsed = byHash.get(entry.hash);
    if (!parsed) {
      parsed = parseDataFiles([{ file: this.shown(rel), content: entry.content }]);
      byHash.set(entry.hash, parsed);
    }
    return parsed;
  }

  /** The files as they would be with `changes` (null: removed), in the reader's order. */
  private effective(changes: ReadonlyMap<string, string | null>): [string, FileEntry][] {
    const names = new Set([...this.files.keys(), ...changes.keys()]);
    const out: [string, FileEntry][] = [];
    for (const rel of [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
      const changed = changes.get(rel);
      if (changed === null) continue;
      const entry = changed !== undefined ? { content: changed, hash: hashOf(changed) } : this.files.get(rel);
      if (entry) out.push([rel, entry]);
    }
    return out;
  }

  /** Every data file parsed, as one. */
  parsedAll(changes: ReadonlyMap<string, string | null> = new Map()): ParsedData {
    return mergeParsedData(this.effective(changes).map(([rel, entry]) => this.parse(rel, entry)));
  }

  /**
   * The folder validated as `stancegraph validate` would, with `changes` to data files and `texts`
   * (new source texts by path) taken in place of the disk's. The last result is kept for its state.
   */
  validate(
    changes: ReadonlyMap<string, string | null> = new Map(),
    texts: ReadonlyMap<string, string> = new Map(),
  ): ValidationResult {
    const files = this.effective(changes);
    const key = createHash('sha1')
      .update(`${this.textVersion}\0`)
      .update(files.map(([rel, e]) => `${rel}\0${e.hash}`).join('\0'))
      .update([...texts].map(([path, text]) => `${path}\0${hashOf(text)}`).join('\0'))
      .digest('hex');
    const kept = this.memo.find((m) => m.key === key);
    if (kept) return kept.result;
    const parsed = mergeParsedData(files.map(([rel, entry]) => this.parse(rel, entry)));
    // Prepared texts of contents no longer read (a text replaced, a source refused) go now and then.
    if (this.prepared.size > 2 * this.texts.size + 64) this.prepared.clear();
    const result = validateParsed(parsed, this.textReaderWith(texts), { preparedTexts: this.prepared });
    const readErrors = [...this.readErrors].filter(([rel]) => !changes.has(rel)).map(([, d]) => d);
    const full = readErrors.length === 0 ? result : withReadErrors(result, readErrors);
    // Two: the folder as it would be after an edit, and as it was (asked for when the edit has errors).
    this.memo = [{ key, result: full }, ...this.memo].slice(0, 2);
    return full;
  }

  private textReaderWith(overrides: ReadonlyMap<string, string>): TextReader {
    return (path) => {
      const normal = posix.normalize(path);
      const given = overrides.get(normal);
      if (given !== undefined) return { ok: true, content: given, file: this.shown(normal) };
      let read = this.texts.get(normal);
      if (!read) this.texts.set(normal, (read = this.diskText(path)));
      return read;
    };
  }

  /** The folder as held, as the pipeline's source (the files' texts, the cached source texts, read errors). */
  dataSource(): DataSource {
    return {
      read: () => ({
        files: this.fileNames().map((rel) => ({
          file: this.shown(rel),
          content: this.files.get(rel)!.content,
        })),
        readText: this.textReaderWith(new Map()),
        diagnostics: [...this.readErrors.values()],
      }),
    };
  }

  /** Every record by id (an id may name a source, an entity and a claim at once), valid or not. */
  index(): Map<string, RecordEntry[]> {
    const key = this.fileNames()
      .map((rel) => this.files.get(rel)!.hash)
      .join('');
    if (this.indexMemo?.key === key) return this.indexMemo.index;
    const parsed = this.parsedAll();
    const relOf = new Map(this.fileNames().map((rel) => [this.shown(rel), rel]));
    const index = new Map<string, RecordEntry[]>();
    for (const section of sections) {
      const all = [
        ...parsed.items[section].map((item) => ({
          item: item as { value: unknown; file: string },
          valid: true,
        })),
        ...parsed.invalidItems[section].map((item) => ({ item, valid: false })),
      ];
      for (const { item, valid } of all) {
        const id = (item.value as { id?: unknown } | null)?.id;
        if (typeof id !== 'string') continue;
        const entry = { id, kind: KIND_OF[section], file: relOf.get(item.file)!, value: item.value, valid };
        index.set(id, [...(index.get(id) ?? []), entry]);
      }
    }
    this.indexMemo = { key, index };
    return index;
  }

  /** The record with this id (of this kind, when given), the first in the files' order. */
  lookup(id: string, kind?: RecordKind): RecordEntry | undefined {
    const entries = this.index().get(id) ?? [];
    return kind === undefined ? entries[0] : entries.find((e) => e.kind === kind);
  }
}

function withReadErrors(result: ValidationResult, readErrors: Diagnostic[]): ValidationResult {
  const all = [...readErrors, ...result.diagnostics].sort(compareDiagnostics);
  const errors = all.filter((d) => d.severity === 'error').length;
  return { diagnostics: all, errors, warnings: all.length - errors };
}
