/**
 * Text to XML: every string the writer emits goes through escapeXml (attribute values, element text,
 * ids), or through escapeToken for the xsd:token attributes (label, kind).
 */
import { describeCodePoint, findXmlForbidden, replaceXmlForbidden } from '../../schema';
import type { WarningReporter } from './report';

/**
 * Anything that needs more than copying: markup characters, the whitespace that attribute-value
 * normalisation would turn into spaces, and every code unit that might be a character XML 1.0
 * forbids (C0 controls, U+FFFE/U+FFFF, surrogates, which are only checked for pairing on this slow
 * path). Most values have none of these, and one regex test is the cheapest way to find that out.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const NEEDS_WORK = /[&<>"\u0000-\u001F\u0085\u2028\uD800-\uDFFF\uFFFE\uFFFF]/;
/** Code units that may start a forbidden character; tab, newline and CR are allowed. */
// eslint-disable-next-line no-control-regex -- as above
const MAYBE_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/**
 * Escapes `& < > "` and writes tab, newline and carriage return as character references, so that
 * they survive attribute-value normalisation (which turns literal ones into spaces) and line-end
 * normalisation (which turns a literal CR into a newline). NEL (U+0085) and LINE SEPARATOR (U+2028)
 * are written as character references too: they are ordinary characters in XML 1.0, but XML 1.1
 * line-end handling, which some parsers apply to every document (graphology-gexf's xmldom among
 * them), would turn them into newlines and then spaces. Everything else, emoji and right-to-left
 * text included, is written as it is: the document is UTF-8. Characters XML 1.0 forbids are replaced
 * by U+FFFD, with a warning.
 */
export function escapeXml(value: string, reporter: WarningReporter): string {
  // Stryker disable next-line ConditionalExpression: a shortcut: text that needs no work comes out of the slow path unchanged
  if (!NEEDS_WORK.test(value)) return value;
  let text = value;
  // Stryker disable next-line ConditionalExpression: a shortcut: findXmlForbidden finds nothing in text without such code units
  if (MAYBE_FORBIDDEN.test(text)) {
    const found = findXmlForbidden(text);
    if (found) {
      text = replaceXmlForbidden(text);
      const count = countReplacements(value, text);
      reporter.warn(
        `replaced ${count === 1 ? 'a character' : `${count} characters`} XML 1.0 forbids with U+FFFD ` +
          `(first: ${describeCodePoint(found.codePoint)} at index ${found.index})`,
      );
    }
  }
  return escapeMarkup(text);
}

function countReplacements(before: string, after: string): number {
  // Every forbidden character is one UTF-16 unit, replaced by one: count the units that became U+FFFD.
  let count = 0;
  // Stryker disable next-line EqualityOperator: at i = after.length charCodeAt gives NaN, which counts nothing
  for (let i = 0; i < after.length; i++) {
    if (after.charCodeAt(i) === 0xfffd && before.charCodeAt(i) !== 0xfffd) count++;
  }
  return count;
}

/**
 * The replacements, one pass per character present. `includes` is a fast scan and a global regex
 * replace with a plain string is V8's fastest substitution: on long values full of quotes (JSON
 * evidence) this beats both a charCode loop and a single regex with a callback by about a third.
 */
function escapeMarkup(text: string): string {
  let out = text;
  // Each `includes` is a shortcut: replacing a character that is absent changes nothing, so the
  // guard always true (and includes(""), which is) gives the same text.
  // Stryker disable ConditionalExpression,StringLiteral: the guards are shortcuts (see above); the replacements are tested
  if (out.includes('&')) out = out.replace(/&/g, '&amp;');
  if (out.includes('<')) out = out.replace(/</g, '&lt;');
  if (out.includes('>')) out = out.replace(/>/g, '&gt;');
  if (out.includes('"')) out = out.replace(/"/g, '&quot;');
  if (out.includes('\n')) out = out.replace(/\n/g, '&#10;');
  if (out.includes('\r')) out = out.replace(/\r/g, '&#13;');
  if (out.includes('\t')) out = out.replace(/\t/g, '&#9;');
  if (out.includes('\u0085')) out = out.replace(/\u0085/g, '&#133;');
  if (out.includes('\u2028')) out = out.replace(/\u2028/g, '&#8232;');
  // Stryker restore ConditionalExpression,StringLiteral
  return out;
}

/**
 * escapeXml for JSON.stringify output, which needs less: JSON text has its controls and lone
 * surrogates escaped already (as \n, \ud800), so only markup and U+FFFE/U+FFFF, which JSON leaves
 * raw and XML forbids, remain.
 */
export function escapeJsonText(json: string, reporter: WarningReporter): string {
  let text = json;
  if (NONCHARACTERS.test(text)) {
    reporter.warn('replaced U+FFFE/U+FFFF, which XML 1.0 forbids, with U+FFFD');
    text = text.replace(NONCHARACTERS_GLOBAL, '\uFFFD');
  }
  return escapeMarkup(text);
}

const NONCHARACTERS = /[\uFFFE\uFFFF]/;
const NONCHARACTERS_GLOBAL = /[\uFFFE\uFFFF]/g;

const XML_WHITESPACE_RUN = /[\t\n\r ]+/g;
const NEEDS_COLLAPSE = /[\t\n\r]| {2}|^ | $/;

/**
 * For xsd:token attributes (node and edge `label`, edge `kind`): whitespace collapsed as XML Schema's
 * `collapse` facet defines it (tab, newline, CR and space runs become one space; no leading or
 * trailing space), then escaped. The written form is then the token's value for every reader,
 * schema-aware or not; a warning says when that changed the text. Long texts with meaningful
 * whitespace belong in attribute values, which keep it.
 */
export function escapeToken(value: string, reporter: WarningReporter): string {
  if (!NEEDS_COLLAPSE.test(value)) return escapeXml(value, reporter);
  // XML's collapse trims spaces only; JavaScript's trim() would also drop U+2028, NBSP and others.
  const collapsed = value.replace(XML_WHITESPACE_RUN, ' ').replace(/^ | $/g, '');
  reporter.warn('collapsed whitespace: GEXF writes this attribute as an xsd:token');
  return escapeXml(collapsed, reporter);
}
