/**
 * Column values to attvalue text. One encoder per column is chosen once, from the column's declared
 * type, so writing a value costs a property read and one call: no type dispatch per value.
 * An encoder returns the escaped text, or undefined (after a warning) when the value cannot be
 * written as the declared type: a missing value is better than a wrong one.
 */
import type { GexfType } from '../../schema';
import { escapeJsonText, escapeXml } from './escape';
import type { WarningReporter } from './report';
import type { GexfAttributeSpec } from './types';

export type ValueEncoder = (value: unknown) => string | undefined;

/**
 * The `type` written in the `<attribute>` declaration. GEXF 1.3 has no date attribute type (the
 * RelaxNG schema rejects `type="date"`, and networkx's reader has no converter for it), so dates
 * are declared as strings and written as their ISO 8601 text, reduced precision included.
 */
export function gexfXmlType(type: GexfType): string {
  return type === 'date' ? 'string' : type;
}

const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;

export function valueEncoder(spec: GexfAttributeSpec, reporter: WarningReporter): ValueEncoder {
  if (spec.json) {
    return (value) => {
      const text = jsonText(value);
      if (text === undefined) {
        reporter.warn(`left out ${describe(value)}: it has no JSON text`);
        return undefined;
      }
      return escapeJsonText(text, reporter);
    };
  }
  switch (spec.type) {
    case 'integer':
      // Gephi reads integer columns as Java ints, networkx with Python's int(): no fractions, no exponent.
      return numberEncoder(
        reporter,
        (n) => Number.isInteger(n) && n >= INT32_MIN && n <= INT32_MAX,
        'a 32-bit integer',
      );
    case 'long':
      return numberEncoder(reporter, (n) => Number.isSafeInteger(n), 'a safe integer');
    case 'double':
    case 'float':
      return numberEncoder(reporter, (n) => Number.isFinite(n), 'a finite number');
    case 'boolean':
      return (value) => {
        if (value === true) return 'true';
        if (value === false) return 'false';
        return wrongType(reporter, value, 'a boolean');
      };
    case 'liststring':
      return (value) =>
        Array.isArray(value) ? listXml(value, reporter) : wrongType(reporter, value, 'a list');
    case 'date':
    case 'string':
      return (value) => {
        if (typeof value === 'string') return escapeXml(value, reporter);
        if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
          return escapeXml(String(value), reporter);
        }
        const text = jsonText(value);
        if (text === undefined) return wrongType(reporter, value, `text or JSON for a ${spec.type} column`);
        reporter.warn(`wrote ${describe(value)} as JSON text in a ${spec.type} column`);
        return escapeXml(text, reporter);
      };
  }
}

function numberEncoder(
  reporter: WarningReporter,
  accepts: (n: number) => boolean,
  what: string,
): ValueEncoder {
  return (value) => {
    // String(n) is JavaScript's shortest round-trip form; Java's Double.valueOf and Python's float()
    // both read it, exponent included.
    // Stryker disable next-line ConditionalExpression: the typeof test spares a call; every accepts() (Number.isInteger, isSafeInteger, isFinite) refuses a non-number itself
    if (typeof value === 'number' && accepts(value)) return String(value);
    return wrongType(reporter, value, what);
  };
}

function wrongType(reporter: WarningReporter, value: unknown, what: string): undefined {
  reporter.warn(`left out ${typeof value === 'number' ? String(value) : describe(value)}: not ${what}`);
  return undefined;
}

/** JSON.stringify, or undefined for what has no JSON text (functions, symbols, BigInts, cycles). */
// Stryker disable BlockStatement: an empty catch block falls through to the same undefined (the empty try block is killed)
function jsonText(value: unknown): string | undefined {
  try {
    return JSON.stringify(value);
  } catch {
    return undefined;
  }
}
// Stryker restore BlockStatement

/** What a value is, for messages: "a string", "an object", "null". */
function describe(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  const type = Array.isArray(value) ? 'list' : typeof value;
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

/**
 * The list syntax Gephi's graphstore parses (ArraysParser): `["a", "b, c", "say \"hi\""]`. Every item
 * is double-quoted, with `\` and `"` escaped by a backslash; nothing else is escaped. Quoting every
 * item (Gephi quotes only those that need it) keeps commas, brackets and spaces inside items, and
 * makes the text one that graphology-gexf's parser splits back into the same items and that
 * Python's json.loads(text, strict=False) decodes (networkx hands liststring values over as text).
 * No `\n`-style escapes: Gephi would read `\n` as `n`; newlines stay literal (the XML writes them as
 * character references). The empty list is `[]` (Gephi writes `<empty>`, which graphology would
 * read as one item). Returns the list text already escaped for XML: the quotes are written as
 * `&quot;` directly rather than escaped in a second pass.
 */
export function listXml(items: readonly unknown[], reporter: WarningReporter): string {
  let xml = '[';
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    let text: string;
    if (typeof item === 'string') text = item;
    else if (typeof item === 'number' || typeof item === 'boolean' || typeof item === 'bigint')
      text = String(item);
    else {
      reporter.warn(`wrote ${describe(item)} list item as JSON text`);
      text = jsonText(item) ?? 'null';
    }
    // Stryker disable next-line ConditionalExpression: a shortcut: replacing absent characters changes nothing
    if (LIST_ESCAPED.test(text)) text = text.replace(LIST_ESCAPES, '\\$&');
    xml += (i === 0 ? '&quot;' : ', &quot;') + escapeXml(text, reporter) + '&quot;';
  }
  return xml + ']';
}

const LIST_ESCAPED = /[\\"]/;
const LIST_ESCAPES = /[\\"]/g;
