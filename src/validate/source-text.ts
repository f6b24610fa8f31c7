/**
 * A source text prepared for finding quotes: whitespace-insensitive search with offsets mapped back
 * to the original text, line/column lookup, and the spans inside quotation marks.
 */

const CONTEXT = 32;

export interface QuoteMatch {
  /** Offsets in the original text. */
  start: number;
  end: number;
  /** Offsets in the whitespace-normalised text. */
  normalizedStart: number;
  normalizedEnd: number;
}

export class SourceText {
  /** The text with every run of whitespace turned into one space. */
  private readonly normalized: string;
  /** For each character of `normalized`, its index in the original text. */
  private readonly toOriginal: Int32Array;
  private lineStarts?: number[];
  private quoted?: [number, number][];

  constructor(readonly text: string) {
    const map = new Int32Array(text.length);
    let out = '';
    let n = 0;
    let inSpace = false;
    const parts: string[] = [];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (isSpace(c)) {
        if (inSpace) continue;
        inSpace = true;
        parts.push(' ');
      } else {
        inSpace = false;
        parts.push(text[i]!);
      }
      map[n++] = i;
      if (parts.length >= 4096) {
        out += parts.join('');
        parts.length = 0;
      }
    }
    this.normalized = out + parts.join('');
    this.toOriginal = map.subarray(0, n);
  }

  /** Every occurrence of `quote` (whitespace-insensitive), as offsets into the original text. */
  find(quote: string): QuoteMatch[] {
    const needle = normalizeSpace(quote);
    if (needle === '') return [];
    const matches: QuoteMatch[] = [];
    for (let at = this.normalized.indexOf(needle); at !== -1; at = this.normalized.indexOf(needle, at + 1)) {
      matches.push({
        start: this.toOriginal[at]!,
        end: this.toOriginal[at + needle.length - 1]! + 1,
        normalizedStart: at,
        normalizedEnd: at + needle.length,
      });
    }
    return matches;
  }

  /** Whether the text just before `start` ends with `prefix` (whitespace-insensitive). */
  hasPrefix(match: QuoteMatch, prefix: string): boolean {
    let end = match.normalizedStart;
    if (this.normalized[end - 1] === ' ') end--;
    return this.normalized.endsWith(normalizeSpace(prefix), end);
  }

  /** Whether the text just after the match starts with `suffix` (whitespace-insensitive). */
  hasSuffix(match: QuoteMatch, suffix: string): boolean {
    let start = match.normalizedEnd;
    if (this.normalized[start] === ' ') start++;
    return this.normalized.startsWith(normalizeSpace(suffix), start);
  }

  /**
   * The longest start of `quote` that occurs in the text, to say where a quote stops matching.
   * Binary search on the length: if a prefix occurs, every shorter prefix occurs too.
   */
  longestMatchingPrefix(quote: string): { length: number; at: number } {
    const needle = normalizeSpace(quote);
    let lo = 0;
    let hi = needle.length;
    let at = 0;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      const found = this.normalized.indexOf(needle.slice(0, mid));
      if (found === -1) hi = mid - 1;
      else {
        lo = mid;
        at = found;
      }
    }
    return { length: lo, at: lo === 0 ? 0 : this.toOriginal[at]! };
  }

  /** Up to 32 characters before and after a span, as a TextQuoteSelector's prefix and suffix. */
  context(start: number, end: number): { prefix: string; suffix: string } {
    return {
      prefix: this.text.slice(Math.max(0, start - CONTEXT), start),
      suffix: this.text.slice(end, end + CONTEXT),
    };
  }

  position(offset: number): { line: number; column: number } {
    this.lineStarts ??= computeLineStarts(this.text);
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  }

  /** Whether [start, end) overlaps a passage inside quotation marks ("…" or “…”). */
  isQuoted(start: number, end: number): boolean {
    this.quoted ??= quotedSpans(this.text);
    return this.quoted.some(([a, b]) => start < b && end > a);
  }
}

function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x3000 ||
    (c >= 0x2000 && c <= 0x200a)
  );
}

export function normalizeSpace(value: string): string {
  return value.replace(/[\s\u00a0]+/g, ' ').trim();
}

function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

/**
 * Spans between quotation marks. Straight quotes pair up within a paragraph (a blank line resets
 * them, as an unclosed quote continues in the next paragraph's opening mark); curly quotes pair by
 * direction.
 */
function quotedSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let open = -1;
  let curlyOpen = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n' && text[i + 1] === '\n') {
      if (open !== -1) spans.push([open, i]);
      open = -1;
    } else if (c === '"') {
      if (open === -1) open = i;
      else {
        spans.push([open, i + 1]);
        open = -1;
      }
    } else if (c === '\u201c') curlyOpen = i;
    else if (c === '\u201d' && curlyOpen !== -1) {
      spans.push([curlyOpen, i + 1]);
      curlyOpen = -1;
    }
  }
  if (open !== -1) spans.push([open, text.length]);
  return spans;
}
