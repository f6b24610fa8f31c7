/**
 * The GEXF writer's value encoders and escaping, called directly: each declared type at its limits,
 * what is left out and the exact warning, list items of every kind, and the forbidden-character
 * repairs with the count and the first character named.
 */
import { describe, expect, it } from 'vitest';
import type { GexfType } from '../../../../src/core/schema';
import { escapeJsonText, escapeToken, escapeXml } from '../../../../src/core/write/gexf/escape';
import { WarningReporter } from '../../../../src/core/write/gexf/report';
import type { GexfWarning } from '../../../../src/core/write/gexf/types';
import { listXml, valueEncoder } from '../../../../src/core/write/gexf/values';

function reporter() {
  const warnings: GexfWarning[] = [];
  const r = new WarningReporter((w) => warnings.push(w));
  r.at('node', 'n1', 'v');
  return { r, messages: () => warnings.map((w) => w.message), warnings };
}

function encode(type: GexfType, value: unknown, json = false) {
  const { r, messages } = reporter();
  const written = valueEncoder({ id: 'v', title: 'v', type, ...(json ? { json: true } : {}) }, r)(value);
  return { written, messages: messages() };
}

describe('integer columns', () => {
  it('write 32-bit integers up to both limits and leave out one past either', () => {
    expect(encode('integer', 2 ** 31 - 1)).toEqual({ written: '2147483647', messages: [] });
    expect(encode('integer', -(2 ** 31))).toEqual({ written: '-2147483648', messages: [] });
    expect(encode('integer', 2 ** 31)).toEqual({
      written: undefined,
      messages: ['left out 2147483648: not a 32-bit integer'],
    });
    expect(encode('integer', -(2 ** 31) - 1)).toEqual({
      written: undefined,
      messages: ['left out -2147483649: not a 32-bit integer'],
    });
    expect(encode('integer', 1.5).messages).toEqual(['left out 1.5: not a 32-bit integer']);
    expect(encode('integer', '7').messages).toEqual(['left out a string: not a 32-bit integer']);
  });

  it('long columns take safe integers only', () => {
    expect(encode('long', -(2 ** 53) + 1).written).toBe('-9007199254740991');
    expect(encode('long', 2 ** 53).messages).toEqual(['left out 9007199254740992: not a safe integer']);
  });

  it('double and float columns take finite numbers only', () => {
    expect(encode('double', Infinity).messages).toEqual(['left out Infinity: not a finite number']);
    expect(encode('float', NaN).messages).toEqual(['left out NaN: not a finite number']);
    expect(encode('double', -0.25).written).toBe('-0.25');
  });

  it('boolean columns take booleans only, and name what they got', () => {
    expect([encode('boolean', true).written, encode('boolean', false).written]).toEqual(['true', 'false']);
    expect(encode('boolean', 'true').messages).toEqual(['left out a string: not a boolean']);
    expect(encode('boolean', null).messages).toEqual(['left out null: not a boolean']);
    expect(encode('boolean', undefined).messages).toEqual(['left out undefined: not a boolean']);
    expect(encode('boolean', [true]).messages).toEqual(['left out a list: not a boolean']);
    expect(encode('boolean', { a: 1 }).messages).toEqual(['left out an object: not a boolean']);
    expect(encode('boolean', 1).messages).toEqual(['left out 1: not a boolean']);
  });
});

describe('string and date columns', () => {
  it('write numbers, booleans and bigints as their text, escaped', () => {
    expect(encode('string', 12)).toEqual({ written: '12', messages: [] });
    expect(encode('string', false)).toEqual({ written: 'false', messages: [] });
    expect(encode('string', 123456789012345678901234567890n)).toEqual({
      written: '123456789012345678901234567890',
      messages: [],
    });
    expect(encode('date', 2011)).toEqual({ written: '2011', messages: [] });
    expect(encode('string', 'a "b" & <c>')).toEqual({
      written: 'a &quot;b&quot; &amp; &lt;c&gt;',
      messages: [],
    });
  });

  it('write objects and lists as JSON text, with a warning', () => {
    expect(encode('string', { a: '<' })).toEqual({
      written: '{&quot;a&quot;:&quot;&lt;&quot;}',
      messages: ['wrote an object as JSON text in a string column'],
    });
    expect(encode('date', [1, 2])).toEqual({
      written: '[1,2]',
      messages: ['wrote a list as JSON text in a date column'],
    });
    expect(encode('string', null)).toEqual({
      written: 'null',
      messages: ['wrote null as JSON text in a string column'],
    });
  });

  it('leave out what has no JSON text', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(encode('string', cyclic)).toEqual({
      written: undefined,
      messages: ['left out an object: not text or JSON for a string column'],
    });
    expect(encode('string', () => 1).messages).toEqual([
      'left out a function: not text or JSON for a string column',
    ]);
    expect(encode('string', Symbol('s')).messages).toEqual([
      'left out a symbol: not text or JSON for a string column',
    ]);
  });
});

describe('JSON columns', () => {
  it('write JSON text escaped for XML', () => {
    expect(encode('string', [{ q: 'a "b"' }], true)).toEqual({
      written: '[{&quot;q&quot;:&quot;a \\&quot;b\\&quot;&quot;}]',
      messages: [],
    });
  });

  it('leave out what has no JSON text', () => {
    expect(encode('string', 1n, true)).toEqual({
      written: undefined,
      messages: ['left out a bigint: it has no JSON text'],
    });
    expect(encode('string', undefined, true)).toEqual({
      written: undefined,
      messages: ['left out undefined: it has no JSON text'],
    });
  });
});

describe('liststring', () => {
  const list = (items: unknown[]) => {
    const { r, messages } = reporter();
    return { written: listXml(items, r), messages: messages() };
  };

  it('quotes every item, escapes backslashes and quotes, and writes the empty list as []', () => {
    expect(list([])).toEqual({ written: '[]', messages: [] });
    expect(list(['a', 'b, c', 'say "hi"', 'C:\\x'])).toEqual({
      written: '[&quot;a&quot;, &quot;b, c&quot;, &quot;say \\&quot;hi\\&quot;&quot;, &quot;C:\\\\x&quot;]',
      messages: [],
    });
  });

  it('writes numbers, booleans and bigints as text, and other items as JSON text with a warning', () => {
    expect(list([1, true, 2n])).toEqual({
      written: '[&quot;1&quot;, &quot;true&quot;, &quot;2&quot;]',
      messages: [],
    });
    expect(list([null, { a: 1 }, [2], undefined])).toEqual({
      written: '[&quot;null&quot;, &quot;{\\&quot;a\\&quot;:1}&quot;, &quot;[2]&quot;, &quot;null&quot;]',
      messages: [
        'wrote null list item as JSON text',
        'wrote an object list item as JSON text',
        'wrote a list list item as JSON text',
        'wrote undefined list item as JSON text',
      ],
    });
  });

  it('leaves out a value that is not a list', () => {
    expect(encode('liststring', 'a')).toEqual({
      written: undefined,
      messages: ['left out a string: not a list'],
    });
    expect(encode('liststring', ['x'])).toEqual({ written: '[&quot;x&quot;]', messages: [] });
  });
});

describe('escapeXml', () => {
  const esc = (text: string) => {
    const { r, messages, warnings } = reporter();
    return { written: escapeXml(text, r), messages: messages(), warnings };
  };

  it('returns text that needs nothing as it is', () => {
    expect(esc('plain text, emoji 👩🏽‍🚀, روسيا')).toEqual({
      written: 'plain text, emoji 👩🏽‍🚀, روسيا',
      messages: [],
      warnings: [],
    });
  });

  it.each([
    ['&', '&amp;'],
    ['<', '&lt;'],
    ['>', '&gt;'],
    ['"', '&quot;'],
    ['\n', '&#10;'],
    ['\r', '&#13;'],
    ['\t', '&#9;'],
    ['\u0085', '&#133;'],
    ['\u2028', '&#8232;'],
  ])('escapes %j alone in a value', (char, ref) => {
    expect(esc(`a${char}b${char}`)).toEqual({ written: `a${ref}b${ref}`, messages: [], warnings: [] });
  });

  it.each([
    '\u0000',
    '\u0008',
    '\u000B',
    '\u000C',
    '\u000E',
    '\u001F',
    '\uD800',
    '\uDBFF',
    '\uDC00',
    '\uDFFF',
    '\uFFFE',
    '\uFFFF',
  ])('replaces the forbidden %j alone in a value', (char) => {
    const { written, messages } = esc(`a${char}`);
    expect(written).toBe('a\uFFFD');
    expect(messages).toHaveLength(1);
  });

  it('keeps U+0080–U+0084, U+2029, U+E000 and U+FFFD as they are', () => {
    expect(esc('\u0080\u0084\u2029\uE000\uFFFD\u001F'.slice(0, 5))).toEqual({
      written: '\u0080\u0084\u2029\uE000\uFFFD',
      messages: [],
      warnings: [],
    });
  });

  it('escapes markup and writes tab, newline, CR, NEL and LINE SEPARATOR as character references', () => {
    expect(esc('a&b<c>d"e\nf\rg\th\u0085i\u2028j&&').written).toBe(
      'a&amp;b&lt;c&gt;d&quot;e&#10;f&#13;g&#9;h&#133;i&#8232;j&amp;&amp;',
    );
    expect(esc("it's").written).toBe("it's");
  });

  it('replaces forbidden characters with U+FFFD, counting them and naming the first', () => {
    expect(esc('a\u0001b\u0002')).toMatchObject({
      written: 'a\uFFFDb\uFFFD',
      messages: [
        'replaced 2 characters XML 1.0 forbids with U+FFFD (first: the control character U+0001 at index 1)',
      ],
    });
    expect(esc('x\uD800y').messages).toEqual([
      'replaced a character XML 1.0 forbids with U+FFFD (first: a lone surrogate U+D800 at index 1)',
    ]);
    expect(esc('\uDFFF').messages).toEqual([
      'replaced a character XML 1.0 forbids with U+FFFD (first: a lone surrogate U+DFFF at index 0)',
    ]);
    expect(esc('\uFFFE').messages).toEqual([
      'replaced a character XML 1.0 forbids with U+FFFD (first: the noncharacter U+FFFE at index 0)',
    ]);
  });

  it('counts only the characters it replaced, not a U+FFFD already there', () => {
    expect(esc('\uFFFD\u0001\uFFFD').messages).toEqual([
      'replaced a character XML 1.0 forbids with U+FFFD (first: the control character U+0001 at index 1)',
    ]);
  });

  it('leaves a surrogate pair alone and says where a warning comes from', () => {
    expect(esc('😀 & \u0003')).toMatchObject({
      written: '😀 &amp; \uFFFD',
      warnings: [
        {
          element: 'node',
          key: 'n1',
          attribute: 'v',
          message:
            'replaced a character XML 1.0 forbids with U+FFFD (first: the control character U+0003 at index 5)',
        },
      ],
    });
  });
});

describe('escapeJsonText and escapeToken', () => {
  it('escapes JSON text for XML, replacing only U+FFFE and U+FFFF, with one warning', () => {
    const { r, messages } = reporter();
    expect(escapeJsonText('{"a":"<&>\uFFFE\uFFFF"}', r)).toBe(
      '{&quot;a&quot;:&quot;&lt;&amp;&gt;\uFFFD\uFFFD&quot;}',
    );
    expect(messages()).toEqual(['replaced U+FFFE/U+FFFF, which XML 1.0 forbids, with U+FFFD']);
    for (const char of ['\uFFFE', '\uFFFF']) {
      const alone = reporter();
      expect(escapeJsonText(`"${char}${char}"`, alone.r)).toBe('&quot;\uFFFD\uFFFD&quot;');
      expect(alone.messages()).toHaveLength(1);
    }
    const quiet = reporter();
    expect(escapeJsonText('{"a":"\\n"}', quiet.r)).toBe('{&quot;a&quot;:&quot;\\n&quot;}');
    expect(quiet.messages()).toEqual([]);
  });

  it('collapses whitespace in tokens as xsd:token does, with a warning only when it changed something', () => {
    const token = (text: string) => {
      const { r, messages } = reporter();
      return { written: escapeToken(text, r), messages: messages() };
    };
    expect(token('a b')).toEqual({ written: 'a b', messages: [] });
    for (const [text, written] of [
      ['  a \t\n b\r ', 'a b'],
      ['a  b', 'a b'],
      [' a', 'a'],
      ['a ', 'a'],
      ['a\tb', 'a b'],
      ['a\nb', 'a b'],
      ['a\rb', 'a b'],
      ['a\u00a0 b', 'a\u00a0 b'],
    ])
      expect(token(text!), JSON.stringify(text)).toEqual({
        written,
        messages:
          written === text ? [] : ['collapsed whitespace: GEXF writes this attribute as an xsd:token'],
      });
    expect(token(' <a> ').written).toBe('&lt;a&gt;');
  });
});
