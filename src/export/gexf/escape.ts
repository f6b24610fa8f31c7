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
const NEEDS_WORK = /[&<>"\u0000-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;
/** Code units that may start a forbidden character; tab, newline and CR are allowed. */
// eslint-disable-next-line no-control-regex -- as above
const MAYBE_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/**
 * Escapes `& < > "` and writes tab, newline and carriage return as character references, so that
 * they survive attribute-value normalisation (which turns literal ones into spaces) and line-end
 * normalisation (which turns a literal CR into a newline). Everything else, emoji and right-to-left
 * text included, is written as it is: the document is UTF-8. Characters XML 1.0 forbids are replaced
 * by U+FFFD, with a warning.
 */
export function escapeXml(value: string, reporter: WarningReporter): string {
  if (!NEEDS_WORK.test(value)) return value;
  let text = value;
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
  // replaceXmlForbidden keeps the length except where a lone surrogate (1 unit) became U+FFFD (1 unit):
  // lengths are equal, so count the positions that changed to U+FFFD.
  let count = 0;
  for (let i = 0; i < after.length; i++) {
    if (after.charCodeAt(i) === 0xfffd && before.charCodeAt(i) !== 0xfffd) count++;
  }
  return count;
}

/**
 * The replacement loop. A charCode scan that copies runs with slice beats a regex replace with a
 * callback on long values full of quotes (JSON evidence), which is where the time goes.
 */
function escapeMarkup(text: string): string {
  let out = '';
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    let replacement: string;
    switch (text.charCodeAt(i)) {
      case 34:
        replacement = '&quot;';
        break;
      case 38:
        replacement = '&amp;';
        break;
      case 60:
        replacement = '&lt;';
        break;
      case 62:
        replacement = '&gt;';
        break;
      case 9:
        replacement = '&#9;';
        break;
      case 10:
        replacement = '&#10;';
        break;
      case 13:
        replacement = '&#13;';
        break;
      default:
        continue;
    }
    if (i > last) out += text.slice(last, i);
    out += replacement;
    last = i + 1;
  }
  return last === 0 ? text : last < text.length ? out + text.slice(last) : out;
}

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
  const collapsed = value.replace(XML_WHITESPACE_RUN, ' ').trim();
  reporter.warn('collapsed whitespace: GEXF writes this attribute as an xsd:token');
  return escapeXml(collapsed, reporter);
}
