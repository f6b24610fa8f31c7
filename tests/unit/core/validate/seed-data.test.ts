/**
 * The seed article as data: it validates clean, and every sentence and every direct quotation of the
 * article is carried by evidence in the graph, attributed to a speaker.
 */
import { describe, expect, it } from 'vitest';
import { validateFolder } from '../../../support/pipeline';
import { formatDiagnostic, type Dataset } from '../../../../src/core/validate';

const SEED = '000_05cd6d67e97d83d5';

function load(): Dataset {
  const result = validateFolder('graph-data');
  expect(result.diagnostics.map(formatDiagnostic)).toEqual([]);
  return result.dataset!;
}

const isWordChar = (c: string) => /[\p{L}\p{N}]/u.test(c);

/** Validated in each test rather than once at load: work done at load belongs to no test (see mutation testing). */
function seed() {
  const data = load();
  const text = data.sources.find((s) => s.id === SEED)!.content;
  return { data, text, claims: [...data.relations, ...data.stances] };
}

describe('the seed data', () => {
  it('validates with no error and no warning', () => {
    const { data } = seed();
    expect(data.sources.map((s) => s.id)).toEqual([SEED]);
    expect(data.entities).toHaveLength(21);
    expect(data.relations).toHaveLength(23);
    expect(data.stances).toHaveLength(19);
  });

  it('holds the article text byte for byte as the shared seed', async () => {
    const { text } = seed();
    const { readFileSync } = await import('node:fs');
    expect(text).toBe(readFileSync(`../shared/seeds/${SEED}.txt`, 'utf8'));
  });

  it('quotes at least 75% of the words of every sentence of the article', () => {
    const { text, claims } = seed();
    const covered = new Uint8Array(text.length);
    for (const c of claims) for (const e of c.evidence) covered.fill(1, e.start, e.end);
    const sentences = [...text.matchAll(/[^.?!\n]+(?:[.?!]+"?|$)/gm)];
    const poor: string[] = [];
    for (const m of sentences) {
      const start = m.index!;
      let words = 0;
      let quoted = 0;
      for (let i = start; i < start + m[0].length; i++) {
        if (!isWordChar(text[i]!)) continue;
        words++;
        quoted += covered[i]!;
      }
      if (words > 0 && quoted / words < 0.75) poor.push(`${(quoted / words).toFixed(2)} ${m[0].trim()}`);
    }
    expect(poor).toEqual([]);
    expect(sentences.length).toBeGreaterThan(20);
  });

  it('carries every direct quotation in full as direct evidence of a stance with its speaker', () => {
    const { data, text } = seed();
    const quotations = [...text.matchAll(/"([^"]+)"/g)].map((m) => ({
      start: m.index! + 1,
      end: m.index! + 1 + m[1]!.length,
      words: m[1]!,
    }));
    expect(quotations).toHaveLength(4);
    for (const q of quotations) {
      const covered = new Uint8Array(text.length);
      for (const s of data.stances) {
        if (s.speaker === undefined && s.reportedBy === undefined) continue;
        for (const e of s.evidence) if (e.direct) covered.fill(1, e.start, e.end);
      }
      const missing = [...text.slice(q.start, q.end)].filter(
        (c, i) => isWordChar(c) && !covered[q.start + i],
      ).length;
      expect({ quotation: q.words, missingWordCharacters: missing }).toEqual({
        quotation: q.words,
        missingWordCharacters: 0,
      });
    }
  });

  it('attributes each direct quotation to the official who spoke it', () => {
    const { data } = seed();
    const speakerOf = (quote: string) => {
      const s = data.stances.find((x) => x.evidence.some((e) => e.quote.includes(quote)))!;
      return { actor: s.actor, voice: s.speaker ?? s.reportedBy?.find((r) => r.by !== 'narrator')?.by };
    };
    expect(speakerOf("We can't base our security")).toEqual({ actor: 'russia', voice: 'sergei-ryabkov' });
    expect(speakerOf('we need a legally-binding agreement')).toEqual({
      actor: 'russia',
      voice: 'sergei-ryabkov',
    });
    expect(speakerOf('The current configuration')).toEqual({ actor: 'russia', voice: 'sergei-ryabkov' });
    expect(speakerOf("NATO doesn't outsource")).toEqual({ actor: 'nato', voice: 'dmitry-rogozin' });
    expect(speakerOf('reaches all the way to the Urals')).toEqual({
      actor: 'russia',
      voice: 'dmitry-rogozin',
    });
    expect(speakerOf("We haven't asked anyone")).toEqual({ actor: 'russia', voice: 'dmitry-rogozin' });
  });

  it('stores each quote with its exact offsets and context in the source text', () => {
    const { data, text, claims } = seed();
    for (const c of claims) {
      for (const e of c.evidence) {
        expect(text.slice(e.start, e.end)).toBe(e.quote);
        expect(text.slice(Math.max(0, e.start - 32), e.start)).toBe(e.prefix);
        expect(text.slice(e.end, e.end + 32)).toBe(e.suffix);
      }
    }
    const demand = data.stances.find((s) => s.id === 'russia-demands-binding-guarantees-from-us')!;
    expect(demand.evidence[0]).toEqual({
      source: SEED,
      quote: 'Russia wants US guarantees on missile shield',
      start: 0,
      end: 44,
      prefix: '',
      suffix: '\n\nRussia wants the United States',
      direct: false,
    });
  });
});
