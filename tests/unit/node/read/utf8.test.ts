/**
 * The loader asks Node's native isUtf8 first and the byte-by-byte firstInvalidUtf8 only for a file
 * that fails: the two must agree on every input, or a file would be accepted or refused differently.
 */
import fc from 'fast-check';
import { isUtf8 } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { firstInvalidUtf8 } from '../../../../src/node/read';

describe("Node's isUtf8 and firstInvalidUtf8", () => {
  it('agree on random bytes and on near-UTF-8 sequences', () => {
    const tricky = fc.constantFrom(
      [0xc0, 0x80], [0xc2, 0x80], [0xe0, 0x80, 0x80], [0xe0, 0xa0, 0x80], [0xed, 0x9f, 0xbf], [0xed, 0xa0, 0x80],
      [0xef, 0xbf, 0xbf], [0xf0, 0x8f, 0xbf, 0xbf], [0xf0, 0x90, 0x80, 0x80], [0xf4, 0x8f, 0xbf, 0xbf],
      [0xf4, 0x90, 0x80, 0x80], [0xf5, 0x80, 0x80, 0x80], [0xff], [0x80], [0x41],
    ); // prettier-ignore
    const bytes = fc.array(
      fc.oneof(
        fc.integer({ min: 0, max: 255 }).map((b) => [b]),
        tricky,
      ),
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(bytes, (chunks) => {
        const data = Uint8Array.from(chunks.flat());
        expect(isUtf8(data)).toBe(firstInvalidUtf8(data) === -1);
      }),
      { seed: 20261130, numRuns: 20000 },
    );
  });
});
