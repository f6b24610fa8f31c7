/**
 * Where each record of a data file lies in its text: the lines of the record (from its `- ` line
 * to its last value), and within it the lines of each `key: value` pair, with the comments above a
 * key counted as that key's. Edits replace these line spans and nothing else, which keeps every
 * other record byte for byte: yaml's own stringify would re-fold texts and re-space flow lists
 * across the whole file. Positions come from yaml's parse (node ranges), never from guessing.
 */
import { createHash } from 'node:crypto';
import { isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node, type Pair } from 'yaml';
import { sections, type Section } from '../../core';

export class EditError extends Error {
  constructor(
    /** Stable kebab-case reason: "yaml-syntax", "unsupported-layout", "not-found"… */
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Lines of one `key: value` pair, 0-based and inclusive; the first pair's first line holds the `- `. */
export interface PairSpan {
  key: string;
  firstLine: number;
  lastLine: number;
}

export interface RecordSpan {
  section: Section;
  index: number;
  id: string | undefined;
  /** The `- ` line. */
  firstLine: number;
  lastLine: number;
  /** Column of the `-`, and of the record's keys. */
  markerColumn: number;
  keyColumn: number;
  /** The pairs, when the record is a block map starting on its `- ` line (else it is written anew whole). */
  pairs: PairSpan[] | undefined;
  /** The record as the file holds it. */
  value: unknown;
}

export interface SectionSpan {
  section: Section;
  /** The line of `stances:`. */
  keyLine: number;
  /** The last line of the section's value (its key line when it is empty). */
  lastLine: number;
  /** `stances: []` or another flow list, which new records cannot be added to line by line. */
  flow: boolean;
  records: RecordSpan[];
}

export interface FileLayout {
  text: string;
  /** The text's lines, without their line ends. */
  lines: string[];
  eol: '\n' | '\r\n';
  /** Whether the text ends with a line end. */
  finalEol: boolean;
  sections: Map<Section, SectionSpan>;
  records: RecordSpan[];
}

/** The etag of a record: a hash of its text as the file holds it. */
export function recordEtag(layout: FileLayout, record: RecordSpan): string {
  return createHash('sha256').update(recordText(layout, record)).digest('base64url').slice(0, 24);
}

export function recordText(layout: FileLayout, record: RecordSpan): string {
  return layout.lines.slice(record.firstLine, record.lastLine + 1).join(layout.eol) + layout.eol;
}

class LineIndex {
  private readonly starts: number[] = [0];
  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.starts.push(i + 1);
  }
  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
  columnOf(offset: number): number {
    return offset - this.starts[this.lineOf(offset)]!;
  }
  /** The line of the last character before `end` that is not white space. */
  lastContentLine(end: number, floor: number): number {
    let at = Math.min(end, this.text.length) - 1;
    while (at > floor && /\s/.test(this.text[at]!)) at--;
    return this.lineOf(Math.max(at, floor));
  }
}

export function parseForEdit(text: string): Document {
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true, strict: true, schema: 'core' });
  if (doc.errors.length > 0)
    throw new EditError(
      'yaml-syntax',
      `the file does not parse as YAML: ${doc.errors[0]!.message.split('\n')[0]}`,
    );
  return doc;
}

/** Where every record of the text lies. Throws EditError when the text does not parse. */
export function layoutOf(text: string, doc: Document = parseForEdit(text)): FileLayout {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const finalEol = text.endsWith('\n');
  const lines = (finalEol ? text.slice(0, -1) : text).split('\n');
  if (eol === '\r\n') for (let i = 0; i < lines.length; i++) lines[i] = lines[i]!.replace(/\r$/, '');
  const index = new LineIndex(text);
  const layout: FileLayout = { text, lines, eol, finalEol, sections: new Map(), records: [] };
  const contents = doc.contents;
  if (!isMap(contents)) return layout;
  for (const pair of contents.items) {
    const name = isScalar(pair.key) ? pair.key.value : undefined;
    if (typeof name !== 'string' || !(sections as readonly string[]).includes(name)) continue;
    const section = sectionSpan(name as Section, pair, index, doc);
    layout.sections.set(section.section, section);
    layout.records.push(...section.records);
  }
  return layout;
}

function sectionSpan(section: Section, pair: Pair, index: LineIndex, doc: Document): SectionSpan {
  const key = pair.key as Node;
  const keyLine = index.lineOf(key.range![0]);
  const value = pair.value as Node | null;
  const span: SectionSpan = { section, keyLine, lastLine: keyLine, flow: false, records: [] };
  if (!isSeq(value)) return span;
  span.flow = value.flow === true;
  span.lastLine = index.lastContentLine(value.range![1], key.range![0]);
  if (span.flow) return span;
  value.items.forEach((item, i) => {
    if (isPair(item) || !item || !(item as Node).range) return;
    span.records.push(recordSpan(section, i, item as Node, index, doc));
  });
  return span;
}

function recordSpan(section: Section, i: number, item: Node, index: LineIndex, doc: Document): RecordSpan {
  const start = item.range![0];
  // The `-` before the item, skipping the white space between them.
  const text = index.text;
  let dash = start - 1;
  while (dash > 0 && /\s/.test(text[dash]!)) dash--;
  const firstLine = index.lineOf(dash);
  const lastLine = index.lastContentLine(item.range![1], start);
  const value = item.toJS(doc) as unknown;
  const id = (value as { id?: unknown } | null)?.id;
  const record: RecordSpan = {
    section,
    index: i,
    id: typeof id === 'string' ? id : undefined,
    firstLine,
    lastLine,
    markerColumn: index.columnOf(dash),
    keyColumn: index.columnOf(start),
    pairs: undefined,
    value,
  };
  // Pair by pair only for a block map that starts on its `- ` line, the layout people write.
  if (!isMap(item) || item.flow || index.lineOf(start) !== firstLine || text[dash] !== '-') return record;
  const pairs: PairSpan[] = [];
  let next = firstLine;
  for (const pair of item.items) {
    const key = pair.key as Node | null;
    if (!isScalar(key) || typeof key.value !== 'string' || !key.range) return record;
    const end = (pair.value as Node | null)?.range?.[1] ?? key.range[1];
    const last = index.lastContentLine(end, key.range[0]);
    pairs.push({ key: key.value, firstLine: next, lastLine: last });
    next = last + 1;
  }
  record.pairs = pairs;
  // A comment after the last value is the gap's, not the record's: it stays where it is.
  record.lastLine = pairs.length > 0 ? next - 1 : record.lastLine;
  return record;
}

/** The record with this id (in this section, when given: a source and a stance may share an id), or undefined. */
export function findRecord(layout: FileLayout, id: string, section?: Section): RecordSpan | undefined {
  return layout.records.find((r) => r.id === id && (section === undefined || r.section === section));
}
