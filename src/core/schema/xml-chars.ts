/**
 * Characters XML 1.0 cannot carry (production [2] Char): C0 controls other than tab, newline and
 * carriage return; U+FFFE and U+FFFF; and lone UTF-16 surrogates, which are not characters at all.
 * Shared by validation (which rejects them in data) and the writers (which must never emit them).
 */

// Every code unit sequence that is not a legal XML 1.0 Char, as it appears in a JS string. No `u`
// flag on purpose: the surrogate classes must see UTF-16 code units to find unpaired ones.
const FORBIDDEN_GLOBAL =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export interface ForbiddenChar {
  /** Index (UTF-16 code units) of the character in the string. */
  index: number;
  codePoint: number;
}

export function findXmlForbidden(value: string): ForbiddenChar | undefined {
  const m = FORBIDDEN_GLOBAL.exec(value);
  FORBIDDEN_GLOBAL.lastIndex = 0;
  if (!m) return undefined;
  return { index: m.index, codePoint: m[0].charCodeAt(0) };
}

export function hasXmlForbidden(value: string): boolean {
  FORBIDDEN_GLOBAL.lastIndex = 0;
  const found = FORBIDDEN_GLOBAL.test(value);
  FORBIDDEN_GLOBAL.lastIndex = 0;
  return found;
}

/** Replaces each forbidden character with U+FFFD, the documented rule for text XML cannot carry. */
export function replaceXmlForbidden(value: string): string {
  FORBIDDEN_GLOBAL.lastIndex = 0;
  return value.replace(FORBIDDEN_GLOBAL, '\uFFFD');
}

export function describeCodePoint(codePoint: number): string {
  const hex = codePoint.toString(16).toUpperCase().padStart(4, '0');
  if (codePoint >= 0xd800 && codePoint <= 0xdfff) return `a lone surrogate U+${hex}`;
  if (codePoint === 0xfffe || codePoint === 0xffff) return `the noncharacter U+${hex}`;
  return `the control character U+${hex}`;
}
