/**
 * SourceText maps offsets of its whitespace-collapsed text back to the original through a few shift
 * entries instead of one integer per character. Checked against the plain per-character mapping on
 * random texts full of whitespace runs of every kind.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SourceText } from '../../../../src/core/validate';

const SPACES = [' ', '\t', '\n', '\r', '\v', '\f', '\u00a0', '\u2003', '\u2028', '\u2029', '\u3000'];
const isSpace = (c: string) => SPACES.includes(c) || (c >= '\u2000' && c <= '\u200a');

/** The reference: every character of the collapsed text, with its index in the original. */
function reference(text: string): { normalized: string; map: number[] } {
  let normalized = '';
  const map: number[] = [];
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    if (isSpace(text[i]!)) {
      if (inSpace) continue;
      inSpace = true;
      normalized += ' ';
    } else {
      inSpace = false;
      normalized += text[i];
    }
    map.push(i);
  }
  return { normalized, map };
}

describe('SourceText offsets', () => {
  it('finds every occurrence at the offsets of the per-character mapping', () => {
    const piece = fc.oneof(
      fc.constantFrom('Russia', 'NATO', 'shield', '"we', 'said"', 'a', 'é', '😀'),
      fc.array(fc.constantFrom(...SPACES), { minLength: 1, maxLength: 4 }).map((s) => s.join('')),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.nat(), fc.nat(20), (pieces, from, length) => {
        const text = pieces.join('');
        const source = new SourceText(text);
        const { normalized, map } = reference(text);
        const start = from % (normalized.length + 1);
        const needle = normalized.slice(start, start + length).trim();
        if (needle === '') return;
        const expected: [number, number][] = [];
        for (let at = normalized.indexOf(needle); at !== -1; at = normalized.indexOf(needle, at + 1))
          expected.push([map[at]!, map[at + needle.length - 1]! + 1]);
        expect(source.find(needle).map((m) => [m.start, m.end])).toEqual(expected);
      }),
      { seed: 20261130, numRuns: 2000 },
    );
  });
});
