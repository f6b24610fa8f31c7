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

/**
 * Whitespace of a source text: ASCII space and controls 9–13, NBSP, U+2000–U+200A, the line and
 * paragraph separators and the ideographic space. Each run of it becomes one space.
 */
const WHITESPACE_RUN = /[\t\n\v\f\r \u00a0\u2000-\u200a\u2028\u2029\u3000]+/g;
const LONG_WHITESPACE_RUN = /[\t\n\v\f\r \u00a0\u2000-\u200a\u2028\u2029\u3000]{2,}/g;

export class SourceText {
  private collapsed?: string;
  /**
   * Where normalised offsets stop matching original ones: from `shiftFrom[k]` on, an offset in
   * `normalized` is `shift[k]` less than in the text. Only runs of two or more whitespace characters
   * shift offsets, so this is a few entries per paragraph, not one per character.
   */
  private shiftFrom = new Int32Array(0);
  private shift = new Int32Array(0);
  private lineStarts?: number[];
  private quoted?: [number, number][];

  constructor(readonly text: string) {}

  /**
   * The text with every run of whitespace turned into one space, made when a quote is first looked
   * for: every source is loaded before any quote is resolved, and most are searched by a few quotes.
   */
  private get normalized(): string {
    if (this.collapsed !== undefined) return this.collapsed;
    const collapsed = this.text.replace(WHITESPACE_RUN, ' ');
    // V8 returns a global replace as a rope of one piece per match, about six times the text's size
    // in memory until something flattens it; a search does.
    collapsed.indexOf('\0');
    const from: number[] = [];
    const shifts: number[] = [];
    let total = 0;
    for (const run of this.text.matchAll(LONG_WHITESPACE_RUN)) {
      // The run's one space sits at its start minus the earlier shifts; what follows it has moved.
      const space = run.index - total;
      total += run[0].length - 1;
      from.push(space + 1);
      shifts.push(total);
    }
    this.shiftFrom = Int32Array.from(from);
    this.shift = Int32Array.from(shifts);
    return (this.collapsed = collapsed);
  }

  /** The offset in the original text of a character of `normalized`. */
  private toOriginal(at: number): number {
    let lo = 0;
    let hi = this.shiftFrom.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.shiftFrom[mid]! <= at) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? at : at + this.shift[lo - 1]!;
  }

  /** Every occurrence of `quote` (whitespace-insensitive), as offsets into the original text. */
  find(quote: string): QuoteMatch[] {
    const needle = normalizeSpace(quote);
    if (needle === '') return [];
    const matches: QuoteMatch[] = [];
    for (let at = this.normalized.indexOf(needle); at !== -1; at = this.normalized.indexOf(needle, at + 1)) {
      matches.push({
        start: this.toOriginal(at),
        end: this.toOriginal(at + needle.length - 1) + 1,
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
    return { length: lo, at: lo === 0 ? 0 : this.toOriginal(at) };
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
