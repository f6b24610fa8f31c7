/**
 * Edits of a data file's records as replacements of their line spans (record-spans.ts): a changed
 * record keeps the lines of every pair whose value did not change, comments above them included;
 * a removed record takes one blank line with it; a new record goes after the last of its section,
 * spaced as the section spaces its records. Every other line of the file stays as it was. The
 * result is parsed again and checked to hold exactly the records asked for.
 */
import { isDeepStrictEqual } from 'node:util';
import type { Section } from '../../core';
import { orderKeys, topLevelOrder } from './key-order';
import {
  EditError,
  findRecord,
  layoutOf,
  parseForEdit,
  type FileLayout,
  type RecordSpan,
} from './record-spans';
import { renderPair, renderRecord } from './render-record';

/** A change to one record; records are prepared (render-record.ts prepareRecord) by the caller. */
export type RecordEdit =
  | { type: 'replace'; id: string; section?: Section; record: Record<string, unknown> }
  | { type: 'remove'; id: string; section?: Section }
  | { type: 'append'; section: Section; record: Record<string, unknown> };

/** Lines [from, to) replaced by `lines`; an insertion has from === to. */
interface LineChange {
  from: number;
  to: number;
  lines: string[];
}

const isBlank = (line: string | undefined) => line !== undefined && line.trim() === '';
const isComment = (line: string) => line.trimStart().startsWith('#');

/**
 * Applies the edits to the text; throws EditError when a record is missing or the file cannot be
 * edited. Returns the new text and where its records lie.
 */
export function applyRecordEdits(
  text: string,
  edits: readonly RecordEdit[],
): { text: string; layout: FileLayout } {
  const layout = layoutOf(text);
  const changes: LineChange[] = [];
  const removals: LineChange[] = [];
  const appends = new Map<Section, Record<string, unknown>[]>();
  for (const edit of edits) {
    if (edit.type === 'append') {
      appends.set(edit.section, [...(appends.get(edit.section) ?? []), edit.record]);
      continue;
    }
    const record = findRecord(layout, edit.id, edit.section);
    if (!record) throw new EditError('not-found', `no record "${edit.id}" in the file`);
    if (edit.type === 'remove') removals.push(removal(layout, record));
    else
      changes.push({
        from: record.firstLine,
        to: record.lastLine + 1,
        lines: replaced(record, layout, edit.record),
      });
  }
  changes.push(...mergeRanges(removals));
  const removed = new Set(edits.flatMap((e) => (e.type === 'remove' ? [e.id] : [])));
  for (const [section, records] of appends) changes.push(appendition(layout, section, records, removed));
  const out = applyChanges(layout, changes);
  return { text: out, layout: verify(out, edits) };
}

/** A record's lines, with its pairs' old lines kept where their values did not change. */
function replaced(record: RecordSpan, layout: FileLayout, next: Record<string, unknown>): string[] {
  const old = (record.value ?? {}) as Record<string, unknown>;
  if (!record.pairs) {
    return withMarker(renderRecord(record.section, next, record.markerColumn + 2), record.markerColumn);
  }
  const keyColumn = record.keyColumn;
  const ownLines = new Map(
    record.pairs.map((pair, i) => {
      const lines = layout.lines.slice(pair.firstLine, pair.lastLine + 1);
      // The first pair's line holds the `- `: as spaces, so that the pair can stand anywhere.
      if (i === 0) lines[0] = ' '.repeat(keyColumn) + lines[0]!.slice(keyColumn);
      return [pair.key, lines] as const;
    }),
  );
  const lines: string[] = [];
  for (const key of outputKeys(record.section, Object.keys(old), Object.keys(next))) {
    const kept = ownLines.get(key);
    if (kept && isDeepStrictEqual(old[key], next[key])) lines.push(...kept);
    else lines.push(...renderPair(key, next[key], keyColumn));
  }
  // A kept pair's comments cannot stand before the `- `.
  while (lines.length > 1 && (isBlank(lines[0]) || isComment(lines[0]!))) lines.shift();
  return withMarker(lines, record.markerColumn);
}

/** The keys of the changed record: its own in their order, new ones where the seed's order puts them. */
function outputKeys(section: Section, oldKeys: string[], newKeys: string[]): string[] {
  const order = topLevelOrder(section);
  const rank = (key: string) => (order.includes(key) ? order.indexOf(key) : order.length);
  const keys = oldKeys.filter((key) => newKeys.includes(key));
  for (const key of orderKeys(
    newKeys.filter((k) => !oldKeys.includes(k)),
    order,
  )) {
    let at = keys.length;
    while (at > 1 && rank(keys[at - 1]!) > rank(key)) at--;
    keys.splice(Math.max(at, keys.length === 0 ? 0 : 1), 0, key);
  }
  return keys;
}

/** The `- ` put on the first line, whose keys stand at column + 2 or further. */
function withMarker(lines: string[], markerColumn: number): string[] {
  if (lines.length === 0) return [`${' '.repeat(markerColumn)}- {}`];
  const first = lines[0]!;
  return [`${' '.repeat(markerColumn)}-${first.slice(markerColumn + 1)}`, ...lines.slice(1)];
}

/** A record's lines and one blank line beside them (the one before it, else the one after). */
function removal(layout: FileLayout, record: RecordSpan): LineChange {
  const section = layout.sections.get(record.section)!;
  let from = record.firstLine;
  let to = record.lastLine + 1;
  if (from - 1 > section.keyLine && isBlank(layout.lines[from - 1])) from--;
  else if (isBlank(layout.lines[to]) && to < layout.lines.length) to++;
  return { from, to, lines: [] };
}

/** Removals that touch (two neighbours sharing the blank line between them) become one. */
function mergeRanges(ranges: LineChange[]): LineChange[] {
  const sorted = [...ranges].sort((a, b) => a.from - b.from);
  const out: LineChange[] = [];
  for (const range of sorted) {
    const last = out[out.length - 1];
    if (last && range.from <= last.to) last.to = Math.max(last.to, range.to);
    else out.push({ ...range });
  }
  return out;
}

/** How the file writes records: indentation, and whether a blank line parts them. */
function styleOf(layout: FileLayout, section: Section): { marker: number; blank: boolean } {
  const own = layout.sections.get(section)?.records ?? [];
  const sample = own.length > 0 ? own : layout.records;
  const marker = sample[0]?.markerColumn ?? 2;
  let blank = 0;
  let tight = 0;
  for (const s of layout.sections.values()) {
    for (let i = 1; i < s.records.length; i++) {
      const gap = layout.lines.slice(s.records[i - 1]!.lastLine + 1, s.records[i]!.firstLine);
      if (gap.some(isBlank)) blank++;
      else tight++;
    }
  }
  return { marker, blank: blank >= tight };
}

function appendition(
  layout: FileLayout,
  section: Section,
  records: Record<string, unknown>[],
  removed: ReadonlySet<string>,
): LineChange {
  const { marker, blank } = styleOf(layout, section);
  const rendered = records.map((r) => withMarker(renderRecord(section, r, marker + 2), marker));
  const joined = (first: boolean) =>
    rendered.flatMap((lines, i) => [...(blank && (i > 0 || !first) ? [''] : []), ...lines]);
  const span = layout.sections.get(section);
  if (!span) {
    // A new section at the end of the file, after a blank line.
    const end = layout.lines.length;
    const trailingBlank = end === 0 || isBlank(layout.lines[end - 1]);
    return { from: end, to: end, lines: [...(trailingBlank ? [] : ['']), `${section}:`, ...joined(true)] };
  }
  if (span.flow) {
    const line = layout.lines[span.keyLine]!;
    if (span.lastLine !== span.keyLine || !/:\s*\[\s*\]\s*(#.*)?$/.test(line))
      throw new EditError(
        'unsupported-layout',
        `the ${section} section is a flow list ([…]); write it as a block list (one "- " item a line) to edit it here`,
      );
    return {
      from: span.keyLine,
      to: span.keyLine + 1,
      lines: [line.replace(/\s*\[\s*\]/, ''), ...joined(true)],
    };
  }
  // After the last record that stays: a removal after it starts where the new records go.
  const last = span.records.filter((r) => r.id === undefined || !removed.has(r.id)).at(-1);
  const at = (last?.lastLine ?? span.keyLine) + 1;
  return { from: at, to: at, lines: joined(!last) };
}

function applyChanges(layout: FileLayout, changes: LineChange[]): string {
  // From the end, so that earlier line numbers hold; at one line, a replacement before an insertion.
  const ordered = [...changes].sort((a, b) => b.from - a.from || b.to - b.from - (a.to - a.from));
  const lines = [...layout.lines];
  for (const change of ordered) lines.splice(change.from, change.to - change.from, ...change.lines);
  const text = lines.join(layout.eol);
  return layout.finalEol || layout.text === '' ? text + layout.eol : text;
}

/** The edited text parses and holds each changed record as asked, and none of the removed ones. */
function verify(text: string, edits: readonly RecordEdit[]): FileLayout {
  const layout = layoutOf(text, parseForEdit(text));
  for (const edit of edits) {
    if (edit.type === 'remove') {
      if (findRecord(layout, edit.id, edit.section))
        throw new Error(`internal: "${edit.id}" is still in the edited text`);
      continue;
    }
    const id = edit.type === 'replace' ? edit.id : (edit.record.id as string | undefined);
    const section = edit.section;
    const found =
      edit.type === 'append' && id === undefined
        ? layout.sections.get(edit.section)?.records.at(-1)
        : layout.records
            .filter((r) => r.id === id && (section === undefined || r.section === section))
            .at(-1);
    if (!found || !isDeepStrictEqual(found.value, edit.record))
      throw new Error(`internal: the edited text does not hold the record "${id}" as written`);
  }
  return layout;
}
