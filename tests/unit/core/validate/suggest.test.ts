/**
 * "Did you mean …?" in detail: the edit distance (with transpositions), slugs, the distance allowed
 * for each length of the unknown name and the containment rule at their boundaries, the ranking
 * (score, then id), each id's best score across its names, and the number of suggestions.
 */
import { describe, expect, it } from 'vitest';
import { editDistance, slugify, suggest, type Candidate } from '../../../../src/core/validate/suggest';

const named = (...pairs: [string, string][]): Candidate[] => pairs.map(([id, name]) => ({ id, name }));

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('', '')).toBe(0);
    expect(editDistance('abc', 'abc')).toBe(0);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abc', '')).toBe(3);
    expect(editDistance('ab', 'cd')).toBe(2);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('counts a swap of neighbours as one edit, anywhere in the word, and only of neighbours', () => {
    expect(editDistance('ab', 'ba')).toBe(1);
    expect(editDistance('abc', 'acb')).toBe(1);
    expect(editDistance('abcd', 'bacd')).toBe(1);
    expect(editDistance('xabcd', 'xabdc')).toBe(1);
    // One side of a swap matching is not a swap: 'ac' → 'xa' is two edits, as is 'ca' → 'ax'.
    expect(editDistance('ac', 'xa')).toBe(2);
    expect(editDistance('ca', 'ax')).toBe(2);
    // Two characters apart is not a neighbour swap.
    expect(editDistance('abc', 'cba')).toBe(2);
    // Optimal string alignment: a swapped pair is not edited again.
    expect(editDistance('ca', 'abc')).toBe(3);
  });

  it('stops at max + 1 once the distance must exceed max', () => {
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
    expect(editDistance('abcdef', 'a', 2)).toBe(3);
    expect(editDistance('abcd', 'ab', 2)).toBe(2);
    expect(editDistance('abc', 'xyz', 1)).toBe(2);
    expect(editDistance('abcdef', 'uvwxyz', 3)).toBe(4);
    // Within the cap, the true distance.
    expect(editDistance('abc', 'xyz', 3)).toBe(3);
    expect(editDistance('abcd', 'abxy', 2)).toBe(2);
  });
});

describe('slugify', () => {
  it('lower-cases, drops accents and turns each run of other characters into one "-"', () => {
    expect(slugify('Café Crème')).toBe('cafe-creme');
    expect(slugify('a  --  b')).toBe('a-b');
    expect(slugify('  The Kremlin’s Envoy ')).toBe('the-kremlin-s-envoy');
    expect(slugify('--x--')).toBe('x');
    expect(slugify('!!!')).toBe('');
  });
});

describe('suggest', () => {
  it('suggests nothing for a name with no letters or digits, and never a candidate whose name has none', () => {
    expect(suggest('!!!', named(['x', 'x'], ['y', '']))).toEqual([]);
    expect(suggest('a', named(['weird', '!!!']))).toEqual([]);
  });

  it('allows one edit up to 5 characters, two from 6, three from 9, never more', () => {
    const at = (wanted: string, name: string) => suggest(wanted, named(['it', name]));
    // 1 to 5 characters: one edit.
    expect(at('a', 'b')).toEqual(['it']);
    expect(at('abcde', 'abcdx')).toEqual(['it']);
    expect(at('abcde', 'abcxy')).toEqual([]);
    expect(at('abc', 'xyz')).toEqual([]);
    // 6 to 8: two.
    expect(at('abcdef', 'abcdxy')).toEqual(['it']);
    expect(at('abcdef', 'abcxyz')).toEqual([]);
    expect(at('abcdefgh', 'abcdefxy')).toEqual(['it']);
    expect(at('abcdefgh', 'abcdexyz')).toEqual([]);
    // 9 and more: three, even for long names.
    expect(at('abcdefghi', 'abcdefxyz')).toEqual(['it']);
    expect(at('abcdefghi', 'abcdewxyz')).toEqual([]);
    expect(at('abcdefghijkl', 'abcdefghwxyz')).toEqual([]);
    expect(at('abcdefghijkl', 'abcdefghixyz')).toEqual(['it']);
  });

  it('suggests a name that contains the wanted one or is contained in it, from 3 characters on either side', () => {
    const at = (wanted: string, name: string) => suggest(wanted, named(['it', name]));
    expect(at('abc', 'xxabcxx')).toEqual(['it']);
    expect(at('ab', 'xxabxx')).toEqual([]);
    expect(at('xxabcxx', 'abc')).toEqual(['it']);
    expect(at('abcdef', 'ab')).toEqual([]);
  });

  it('ranks exact names first, then by distance, then names that contain the wanted one, ties by id', () => {
    const candidates = named(
      ['a-contains', 'zzzabcdefzzz'],
      ['d-one', 'abcdex'],
      ['z-two', 'abcdxy'],
      ['b-one', 'abcdey'],
      ['m-alias', 'ABCDEF'],
    );
    expect(suggest('abcdef', candidates, 10)).toEqual(['m-alias', 'b-one', 'd-one', 'z-two', 'a-contains']);
  });

  it('orders ties by id whatever the order of the candidates', () => {
    const ids = ['p', 'c', 'x', 'a', 'm', 'f', 'z', 'b', 'k', 'd', 'w', 'e'];
    const expected = [...ids].sort();
    for (const order of [ids, [...ids].reverse(), expected, [...expected].reverse()]) {
      expect(suggest('nato', named(...order.map((id): [string, string] => [id, 'nalo'])), 20)).toEqual(
        expected,
      );
    }
  });

  it("keeps each id's best score across its names, whichever comes first", () => {
    // "a" is exact by one name and two edits by another; "b" is one edit away.
    expect(suggest('abcdef', named(['a', 'abcdef'], ['a', 'abcdxy'], ['b', 'abcdeg']))).toEqual(['a', 'b']);
    expect(suggest('abcdef', named(['a', 'abcdxy'], ['a', 'abcdef'], ['b', 'abcdeg']))).toEqual(['a', 'b']);
    expect(suggest('abcdef', named(['b', 'abcdeg'], ['a', 'abcdxy']))).toEqual(['b', 'a']);
  });

  it('suggests at most three by default, or as many as asked', () => {
    const candidates = named(['e', 'natoe'], ['d', 'natod'], ['c', 'natoc'], ['b', 'natob'], ['a', 'natoa']);
    expect(suggest('nato', candidates)).toEqual(['a', 'b', 'c']);
    expect(suggest('nato', candidates, 1)).toEqual(['a']);
    expect(suggest('nato', candidates, 5)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
});
