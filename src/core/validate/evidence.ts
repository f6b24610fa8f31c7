/**
 * Resolves evidence quotes to offsets in their source texts. A quote must occur verbatim (runs of
 * whitespace may differ) exactly once, or exactly once after its prefix/suffix are applied.
 */
import type { EvidenceSelector, ResolvedEvidence } from '../schema';
import { findXmlForbidden, describeCodePoint } from '../schema';
import type { Diagnostic } from './diagnostic';
import type { TextReader } from './dataset';
import type { Located } from './parse-files';
import { diagnosticAt, type ClaimItem, type IdIndex, type ReferenceChecker } from './references';
import { SourceText } from './source-text';

/** Loads each source's text once; a source whose text cannot be used resolves to undefined. */
export class SourceTexts {
  private readonly cache = new Map<string, SourceText | undefined>();

  constructor(
    private readonly index: IdIndex,
    private readonly read: TextReader,
    private readonly diagnostics: Diagnostic[],
    /** Prepared texts kept across validations by their content (the live builder's), or none. */
    private readonly prepared?: Map<string, SourceText>,
  ) {}

  get(sourceId: string): SourceText | undefined {
    if (this.cache.has(sourceId)) return this.cache.get(sourceId);
    const located = this.index.sources.get(sourceId);
    let text: SourceText | undefined;
    if (located) {
      const result = this.read(located.value.text);
      if (!result.ok) {
        if (result.file !== undefined) {
          this.diagnostics.push({
            severity: 'error',
            code: 'source-text',
            file: result.file,
            line: result.line ?? 1,
            column: result.column ?? 1,
            path: '',
            message: result.message,
          });
        } else this.diagnostics.push(diagnosticAt(located, ['text'], 'source-text', result.message));
      } else {
        const forbidden = findXmlForbidden(result.content);
        text = this.prepared?.get(result.content) ?? new SourceText(result.content);
        this.prepared?.set(result.content, text);
        if (forbidden) {
          const at = text.position(forbidden.index);
          this.diagnostics.push({
            severity: 'error',
            code: 'xml-forbidden-char',
            file: result.file,
            ...at,
            path: '',
            message: `expected a text without the characters XML 1.0 forbids, found ${describeCodePoint(forbidden.codePoint)}`,
          });
          text = undefined;
        }
      }
    }
    this.cache.set(sourceId, text);
    return text;
  }

  /** Texts of all sources that loaded, by id. */
  loaded(): Map<string, SourceText> {
    const out = new Map<string, SourceText>();
    for (const [id, text] of this.cache) if (text) out.set(id, text);
    return out;
  }
}

const show = (s: string) => JSON.stringify(s.length > 40 ? `${s.slice(0, 40)}…` : s);

function selectorPath(i: number, field: keyof EvidenceSelector) {
  return ['evidence', i, field] as const;
}

/** Resolves a claim's evidence; returns undefined if any quote failed (each failure is reported). */
export function resolveClaimEvidence(
  item: ClaimItem,
  defaultSource: string | undefined,
  refs: ReferenceChecker,
  texts: SourceTexts,
  diagnostics: Diagnostic[],
): ResolvedEvidence[] | undefined {
  const resolved: ResolvedEvidence[] = [];
  let failed = false;
  item.value.evidence.forEach((selector, i) => {
    const sourceId = selector.source ?? defaultSource;
    if (sourceId === undefined) {
      diagnostics.push(
        diagnosticAt(
          item,
          ['evidence', i],
          'missing-field',
          'missing required field "source": expected a source id on the evidence or on the relation',
        ),
      );
      failed = true;
      return;
    }
    if (selector.source !== undefined && !refs.source(item, selectorPath(i, 'source'), selector.source)) {
      failed = true;
      return;
    }
    const text = texts.get(sourceId);
    if (!text) {
      failed = true;
      return;
    }
    const one = resolveQuote(item, i, sourceId, selector, text, diagnostics);
    if (one) resolved.push(one);
    else failed = true;
  });
  return failed ? undefined : resolved;
}

function resolveQuote(
  item: Located<unknown>,
  i: number,
  sourceId: string,
  selector: EvidenceSelector,
  text: SourceText,
  diagnostics: Diagnostic[],
): ResolvedEvidence | undefined {
  const all = text.find(selector.quote);
  if (all.length === 0) {
    const { length, at } = text.longestMatchingPrefix(selector.quote);
    let detail = 'no passage of the source begins with its first words';
    // A match of a few characters says nothing; from a word or two on, it shows where the quote departs.
    if (length >= Math.min(8, selector.quote.length)) {
      const pos = text.position(at);
      const quoteRest = selector.quote.replace(/\s+/g, ' ').trim().slice(length);
      const sourceRest = text.text.slice(at).replace(/\s+/g, ' ').slice(length);
      detail = `its first ${length} characters match at ${sourceId} ${pos.line}:${pos.column}, then the source has ${show(sourceRest)} where the quote has ${show(quoteRest)}`;
    }
    diagnostics.push(
      diagnosticAt(
        item,
        selectorPath(i, 'quote'),
        'quote-not-found',
        `expected a quote found verbatim in source "${sourceId}" (whitespace may differ), found a quote that is not in it: ${detail}`,
      ),
    );
    return undefined;
  }
  const matches = all.filter(
    (m) =>
      (selector.prefix === undefined || text.hasPrefix(m, selector.prefix)) &&
      (selector.suffix === undefined || text.hasSuffix(m, selector.suffix)),
  );
  if (matches.length !== 1) {
    const places = (matches.length ? matches : all).slice(0, 5).map((m) => {
      const p = text.position(m.start);
      return `${p.line}:${p.column}`;
    });
    const message =
      matches.length === 0
        ? `expected the prefix/suffix to match one of the quote's ${all.length} occurrences in "${sourceId}" (at ${places.join(', ')}), found none that matches`
        : `expected a quote that occurs once in "${sourceId}", found it ${matches.length} times (at ${places.join(', ')}); add a prefix or suffix to pick one`;
    diagnostics.push(diagnosticAt(item, selectorPath(i, 'quote'), 'quote-ambiguous', message));
    return undefined;
  }
  const { start, end } = matches[0]!;
  const { prefix, suffix } = text.context(start, end);
  return {
    source: sourceId,
    quote: text.text.slice(start, end),
    start,
    end,
    prefix,
    suffix,
    direct: text.isQuoted(start, end),
  };
}
