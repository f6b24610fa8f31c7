/**
 * Where a quote stands in its source text. The builder resolved offsets; they are trusted only when
 * the text there is the quote (a file from elsewhere may carry stale offsets), else the quote is
 * looked up, with its prefix and suffix first, then alone.
 */
export interface QuoteLike {
  quote: string;
  start?: number;
  end?: number;
  prefix?: string;
  suffix?: string;
}

export interface TextSpan {
  start: number;
  end: number;
}

export function locateQuote(text: string, evidence: QuoteLike): TextSpan | undefined {
  const { quote, start, end } = evidence;
  if (quote === '') return undefined;
  if (typeof start === 'number' && typeof end === 'number' && text.slice(start, end) === quote)
    return { start, end };
  const withContext = (evidence.prefix ?? '') + quote + (evidence.suffix ?? '');
  const at = text.indexOf(withContext);
  if (at >= 0) {
    const s = at + (evidence.prefix ?? '').length;
    return { start: s, end: s + quote.length };
  }
  const alone = text.indexOf(quote);
  return alone >= 0 ? { start: alone, end: alone + quote.length } : undefined;
}

/** The text cut in three around the span: before, quote, after. */
export function splitAround(text: string, span: TextSpan): [string, string, string] {
  return [text.slice(0, span.start), text.slice(span.start, span.end), text.slice(span.end)];
}
