/**
 * Positions of paths in a YAML file (src/core/validate/locator.ts): the value or the key at a path,
 * the nearest enclosing value when the path goes further than the document, walking stops at a
 * scalar, and the syntax tree parsed only when first asked for and again after release().
 */
import { describe, expect, it } from 'vitest';
import { LineCounter, parseDocument } from 'yaml';
import { Locator, type ParsedPositions } from '../../../../src/core/validate/locator';

const TEXT = [
  'entities:', // line 1
  '  - id: russia', // 2
  '    label: Russia', // 3
  '    aliases: [Moscow, the Kremlin]', // 4
  'stances:', // 5
  '  - id: s1', // 6
  '    evidence:', // 7
  '      - quote: we need guarantees', // 8
  '',
].join('\n');

function locatorOf(text: string) {
  let parses = 0;
  const parse = (): ParsedPositions => {
    parses++;
    const lineCounter = new LineCounter();
    return { doc: parseDocument(text, { lineCounter }), lineCounter };
  };
  return { locator: new Locator(parse), parses: () => parses };
}

describe('Locator', () => {
  it('finds the value at a path', () => {
    const { locator } = locatorOf(TEXT);
    expect(locator.value(['entities', 0, 'label'])).toEqual({ line: 3, column: 12 });
    expect(locator.value(['entities', 0, 'aliases', 1])).toEqual({ line: 4, column: 23 });
    expect(locator.value(['stances', 0, 'evidence', 0, 'quote'])).toEqual({ line: 8, column: 16 });
    expect(locator.value(['stances'])).toEqual({ line: 6, column: 3 });
    expect(locator.value([])).toEqual({ line: 1, column: 1 });
  });

  it('falls back to the nearest enclosing value that exists', () => {
    const { locator } = locatorOf(TEXT);
    // No "note" in the entity: the entity itself.
    expect(locator.value(['entities', 0, 'note'])).toEqual({ line: 2, column: 5 });
    // No third entity: the list.
    expect(locator.value(['entities', 2, 'id'])).toEqual({ line: 2, column: 3 });
    // No "relations" at all: the document.
    expect(locator.value(['relations', 0])).toEqual({ line: 1, column: 1 });
  });

  it('stops at a scalar, never walking into it', () => {
    const { locator } = locatorOf(TEXT);
    expect(locator.value(['entities', 0, 'label', 0])).toEqual({ line: 3, column: 12 });
    expect(locator.value(['entities', 0, 'label', 'x', 'y'])).toEqual({ line: 3, column: 12 });
  });

  it('finds the key of the last segment, else the value', () => {
    const { locator } = locatorOf(TEXT);
    expect(locator.key(['entities', 0, 'label'])).toEqual({ line: 3, column: 5 });
    expect(locator.key(['stances', 0, 'evidence'])).toEqual({ line: 7, column: 5 });
    // No such key in the map: where the value would be, the nearest enclosing one.
    expect(locator.key(['entities', 0, 'note'])).toEqual({ line: 2, column: 5 });
    // The parent is a list, not a map: the value.
    expect(locator.key(['entities', 0, 'aliases', 1])).toEqual({ line: 4, column: 23 });
    // The parent path does not exist all the way: the nearest value, not a key of that name higher up.
    expect(locator.key(['relations', 0, 'id'])).toEqual({ line: 1, column: 1 });
    expect(locator.key(['relations', 0, 'stances'])).toEqual({ line: 1, column: 1 });
  });

  it('places an empty document at its first character', () => {
    const { locator } = locatorOf('');
    expect(locator.value(['entities', 0])).toEqual({ line: 1, column: 1 });
    expect(locator.key(['entities'])).toEqual({ line: 1, column: 1 });
  });

  it('maps offsets to lines and columns', () => {
    const { locator } = locatorOf(TEXT);
    expect(locator.offset(0)).toEqual({ line: 1, column: 1 });
    expect(locator.offset(TEXT.indexOf('label'))).toEqual({ line: 3, column: 5 });
  });

  it('parses only when a position is first asked for, once, and again after release()', () => {
    const { locator, parses } = locatorOf(TEXT);
    expect(parses()).toBe(0);
    locator.value(['entities']);
    locator.key(['entities', 0, 'id']);
    locator.offset(3);
    expect(parses()).toBe(1);
    locator.release();
    expect(parses()).toBe(1);
    expect(locator.value(['entities', 0, 'label'])).toEqual({ line: 3, column: 12 });
    expect(parses()).toBe(2);
    locator.release();
    locator.offset(0);
    expect(parses()).toBe(3);
  });

  it('uses a tree it was given without parsing', () => {
    const lineCounter = new LineCounter();
    const given = { doc: parseDocument(TEXT, { lineCounter }), lineCounter };
    let parses = 0;
    const locator = new Locator(() => {
      parses++;
      return given;
    }, given);
    expect(locator.value(['stances', 0, 'id'])).toEqual({ line: 6, column: 9 });
    expect(parses).toBe(0);
  });
});
