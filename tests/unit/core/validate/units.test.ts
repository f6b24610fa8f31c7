/** The pieces under validation: suggestions, whitespace-insensitive quote search, UTF-8 checks. */
import { describe, expect, it } from 'vitest';
import { firstInvalidUtf8 } from '../../../../src/node/read';
import { editDistance, slugify, SourceText, suggest } from '../../../../src/core/validate';

describe('suggestions for unknown ids', () => {
  const candidates = [
    { id: 'russia', name: 'russia' },
    { id: 'russia', name: 'Moscow' },
    { id: 'russia', name: 'the Kremlin' },
    { id: 'united-states', name: 'united-states' },
    { id: 'united-states', name: 'Washington' },
    { id: 'nato', name: 'NATO' },
  ];
  it.each([
    ['rusia', ['russia']],
    ['moscow', ['russia']],
    ['kremlin', ['russia']],
    ['the-kremlin', ['russia']],
    ['united-state', ['united-states']],
    ['washington', ['united-states']],
    ['nato', ['nato']],
    ['zzzzzz', []],
  ])('%s → %j', (wanted, expected) => expect(suggest(wanted, candidates)).toEqual(expected));

  it('measures edits, counting a swap of neighbours as one', () => {
    expect([
      editDistance('russia', 'rusia'),
      editDistance('nato', 'nalo'),
      editDistance('ab', 'ba'),
      editDistance('abc', 'xyz', 1),
    ]).toEqual([1, 1, 1, 2]);
    expect(slugify('  The Kremlin’s Envoy ')).toBe('the-kremlin-s-envoy');
  });
});

describe('finding quotes in a source text', () => {
  const text = new SourceText('One  two\nthree.\n\n"Four five," he said. Four five.');
  it('matches across different runs of whitespace and maps back to exact offsets', () => {
    expect(text.find('two three.')).toEqual([{ start: 5, end: 15, normalizedStart: 4, normalizedEnd: 14 }]);
    expect(text.text.slice(5, 15)).toBe('two\nthree.');
  });

  it('finds every occurrence, and tells them apart by prefix or suffix', () => {
    const all = text.find('Four five');
    expect(all.map((m) => m.start)).toEqual([18, 39]);
    expect(all.filter((m) => text.hasPrefix(m, 'said.'))).toHaveLength(1);
    expect(all.filter((m) => text.hasSuffix(m, ',"'))).toHaveLength(1);
  });

  it('knows which passages are inside quotation marks', () => {
    const [inQuotes, outside] = text.find('Four five');
    expect(text.isQuoted(inQuotes!.start, inQuotes!.end)).toBe(true);
    expect(text.isQuoted(outside!.start, outside!.end)).toBe(false);
  });

  it('reports the longest start of a quote that the text has', () => {
    expect(text.longestMatchingPrefix('two three! and more')).toEqual({ length: 9, at: 5 });
    expect(text.position(18)).toEqual({ line: 4, column: 2 });
  });
});

describe('UTF-8 checks', () => {
  it.each([
    [[0x41, 0x42], -1],
    [[0xe2, 0x80, 0x94], -1],
    [[0xf0, 0x9f, 0x98, 0x80], -1],
    [[0x41, 0xff], 1],
    [[0xc0, 0x80], 0],
    [[0xed, 0xa0, 0x80], 0],
    [[0x41, 0xe2, 0x80], 1],
  ])('%j → first invalid byte %i', (bytes, expected) =>
    expect(firstInvalidUtf8(Uint8Array.from(bytes))).toBe(expected),
  );
});
