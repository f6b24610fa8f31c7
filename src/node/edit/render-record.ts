/**
 * A record as YAML lines in the seed's style: keys in the schema's order, one `key: value` a line,
 * lists of names and small maps in flow style (`[a, b]`, `{ text: …, entity: … }`), evidence as a
 * block list of maps, texts longer than the line folded (`>-`). The `yaml` package writes every
 * scalar and flow collection, so quoting is always its own; this file only chooses the styles and
 * the indentation, which yaml cannot mix in one document (flow lists unpadded, flow maps padded).
 */
import { isDeepStrictEqual } from 'node:util';
import { Document, Scalar, stringify } from 'yaml';
import type { Section } from '../../core';
import { DATE_FIELDS, isDefaultValue, nestedOrder, orderKeys, topLevelOrder } from './key-order';

/** The seed's line width (its folded texts and the project's prettier setting). */
export const LINE_WIDTH = 110;

type Plain = string | number | boolean;
const isPlain = (value: unknown): value is Plain =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
const isMap = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A scalar on one line, as yaml quotes it in block context; undefined when it needs several lines. */
function inlineScalar(value: Plain): string | undefined {
  const text = stringify(value, { lineWidth: 0 }).replace(/\n$/, '');
  return text.includes('\n') ? undefined : text;
}

/** A flow collection on one line, or undefined when yaml needs more. */
function inlineFlow(value: unknown[] | Record<string, unknown>, padded: boolean): string | undefined {
  const text = stringify(value, {
    collectionStyle: 'flow',
    flowCollectionPadding: padded,
    lineWidth: 0,
  }).replace(/\n$/, '');
  return text.includes('\n') ? undefined : text;
}

/** A long text as a folded block scalar (or what yaml chooses when folding cannot keep it exact). */
function foldedLines(value: string, contentIndent: number): string[] {
  const scalar = new Scalar(value);
  scalar.type = Scalar.BLOCK_FOLDED;
  const lines = new Document(scalar)
    .toString({ lineWidth: Math.max(40, LINE_WIDTH - contentIndent) })
    .replace(/\n$/, '')
    .split('\n');
  const pad = ' '.repeat(contentIndent);
  return [lines[0]!, ...lines.slice(1).map((line) => (line === '' ? '' : pad + line))];
}

/** `head` followed by a scalar: on the same line when it fits, else folded below it. */
function scalarLines(head: string, value: Plain, indent: number): string[] {
  const one = inlineScalar(value);
  if (one !== undefined && (head.length + 1 + one.length <= LINE_WIDTH || typeof value !== 'string'))
    return [`${head} ${one}`];
  const [first, ...rest] = foldedLines(String(value), indent + 2);
  return [`${head} ${first}`, ...rest];
}

const allPlain = (values: unknown[]) => values.every(isPlain);

/** The lines of `key: value` with the key at `indent` spaces. */
export function renderPair(key: string, value: unknown, indent: number): string[] {
  const pad = ' '.repeat(indent);
  const head = `${pad}${inlineScalar(key) ?? JSON.stringify(key)}:`;
  if (isPlain(value)) return scalarLines(head, value, indent);
  if (Array.isArray(value)) {
    if (value.length === 0) return [`${head} []`];
    if (allPlain(value)) {
      const flow = inlineFlow(value, false);
      if (flow !== undefined && head.length + 1 + flow.length <= LINE_WIDTH) return [`${head} ${flow}`];
    }
    return [head, ...value.flatMap((item) => renderListItem(item, indent + 2, key))];
  }
  if (isMap(value)) {
    const ordered = orderMap(value, nestedOrder(key));
    if (key !== 'evidence' && allPlain(Object.values(ordered))) {
      const flow = inlineFlow(ordered, true);
      if (flow !== undefined && head.length + 1 + flow.length <= LINE_WIDTH) return [`${head} ${flow}`];
    }
    return [head, ...renderMap(ordered, indent + 2, nestedOrder(key))];
  }
  return [`${head} null`];
}

/** One item of a block list, its `-` at `indent` spaces; `field` is the list's key. */
function renderListItem(item: unknown, indent: number, field: string): string[] {
  const pad = ' '.repeat(indent);
  if (isPlain(item)) return scalarLines(`${pad}-`, item, indent);
  if (isMap(item)) {
    const ordered = orderMap(item, nestedOrder(field));
    if (field !== 'evidence' && allPlain(Object.values(ordered))) {
      const flow = inlineFlow(ordered, true);
      if (flow !== undefined && indent + 2 + flow.length <= LINE_WIDTH) return [`${pad}- ${flow}`];
    }
    const lines = renderMap(ordered, indent + 2, nestedOrder(field));
    if (lines.length === 0) return [`${pad}- {}`];
    return [`${pad}- ${lines[0]!.slice(indent + 2)}`, ...lines.slice(1)];
  }
  if (Array.isArray(item)) return [`${pad}- ${inlineFlow(item, false) ?? JSON.stringify(item)}`];
  return [`${pad}- null`];
}

function orderMap(value: Record<string, unknown>, order: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of orderKeys(Object.keys(value), order)) if (value[key] !== undefined) out[key] = value[key];
  return out;
}

function renderMap(value: Record<string, unknown>, indent: number, order: readonly string[]): string[] {
  return orderKeys(Object.keys(value), order).flatMap((key) => renderPair(key, value[key], indent));
}

/**
 * A record as it will be written: absent and null fields and the schema's defaults left out, a bare
 * year in a date field as a number, maps inside it in key order. The same value the file will hold.
 * A field equal to the one in `old` (the record as the file holds it) is kept exactly as it is.
 */
export function prepareRecord(
  section: Section,
  record: Record<string, unknown>,
  old?: Record<string, unknown>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of orderKeys(Object.keys(record), topLevelOrder(section))) {
    if (old && Object.hasOwn(old, key) && isDeepStrictEqual(old[key], record[key])) {
      out[key] = record[key];
      continue;
    }
    const value = prepareValue(key, record[key]);
    if (value === undefined || isDefaultValue(section, key, value)) continue;
    out[key] = value;
  }
  return out;
}

function prepareValue(key: string, value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string' && DATE_FIELDS.has(key) && /^\d{4}$/.test(value)) return Number(value);
  if (Array.isArray(value))
    return value.filter((v) => v !== null && v !== undefined).map((v) => prepareValue(key, v));
  if (isMap(value)) {
    const out: Record<string, unknown> = {};
    for (const k of orderKeys(Object.keys(value), nestedOrder(key))) {
      const v = prepareValue(k, value[k]);
      if (v !== undefined) out[k] = v;
    }
    return out;
  }
  return value;
}

/** A prepared record's lines, every key at `indent` spaces; the caller puts the list's `- ` in front. */
export function renderRecord(section: Section, prepared: Record<string, unknown>, indent: number): string[] {
  return renderMap(prepared, indent, topLevelOrder(section));
}
