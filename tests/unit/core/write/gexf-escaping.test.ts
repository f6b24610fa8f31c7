/**
 * Text in GEXF: escaping of attribute values and element text, characters XML 1.0 forbids, xsd:token
 * labels, and the list syntax. Each case is checked on the exact text written and on what
 * graphology-gexf's parser reads back.
 */
import Graph, { DirectedGraph } from 'graphology';
import { parse } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import { writeGexfString, type GexfAttributeSpec, type GexfWarning } from '../../../../src/core/write/gexf';
import { validateGexf } from '../../../support/gexf-xmllint';

const NOTE: GexfAttributeSpec = { id: 'note', title: 'note', type: 'string' };
const ALIASES: GexfAttributeSpec = { id: 'aliases', title: 'aliases', type: 'liststring' };

function writeNode(attributes: Record<string, unknown>, key = 'n') {
  const graph = new DirectedGraph();
  graph.addNode(key, attributes);
  const warnings: GexfWarning[] = [];
  const xml = writeGexfString(graph, {
    nodeAttributes: [NOTE, ALIASES],
    edgeAttributes: [],
    onWarning: (w) => warnings.push(w),
  });
  return { xml, warnings };
}

/** The raw text of the `value` of the node's attvalue for `column`. */
function attvalueText(xml: string, column: string): string {
  const open = `<attvalue for="${column}" value="`;
  const start = xml.indexOf(open);
  if (start < 0) throw new Error(`no attvalue for ${column}`);
  return xml.slice(start + open.length, xml.indexOf('"/>', start));
}

const escapes: [string, string, string][] = [
  [
    'ampersand, angle brackets, double quote; apostrophe raw',
    `AT&T <b>x</b> "q" 'a'`,
    `AT&amp;T &lt;b&gt;x&lt;/b&gt; &quot;q&quot; 'a'`,
  ],
  ['newline as a character reference', 'line 1\nline 2', 'line 1&#10;line 2'],
  ['CR LF as two character references', 'line 1\r\nline 2', 'line 1&#13;&#10;line 2'],
  ['tab as a character reference', 'a\tb', 'a&#9;b'],
  ['emoji raw (UTF-8), ZWJ sequence intact', 'launch 👩🏽‍🚀 🚀', 'launch 👩🏽‍🚀 🚀'],
  ['Arabic (RTL) raw', 'روسيا تطالب بضمانات', 'روسيا تطالب بضمانات'],
  ['Hebrew (RTL) with a bidi mark raw', 'רוסיה דורשת\u200F ערבויות', 'רוסיה דורשת\u200F ערבויות'],
  ['combining marks raw', 'e\u0301 n\u0303 Z\u0351\u0352', 'e\u0301 n\u0303 Z\u0351\u0352'],
  ['CDATA end marker', 'a ]]> b', 'a ]]&gt; b'],
  ['an entity written literally', '&amp; &#10;', '&amp;amp; &amp;#10;'],
  ['leading and trailing spaces kept', '  padded  ', '  padded  '],
  ['backslashes raw', 'C:\\new\\table', 'C:\\new\\table'],
  ['DEL and C1 controls raw (XML 1.0 allows them)', 'a\u007F\u0080\u009Fb', 'a\u007F\u0080\u009Fb'],
  ['NEL as a character reference (XML 1.1 parsers would read a newline)', 'a\u0085b', 'a&#133;b'],
  ['LINE SEPARATOR as a character reference (idem)', 'a\u2028b', 'a&#8232;b'],
  ['PARAGRAPH SEPARATOR raw', 'a\u2029b', 'a\u2029b'],
];

const forbidden: [string, string, string, string][] = [
  [
    'NUL',
    'a\u0000b',
    'a\uFFFDb',
    'replaced a character XML 1.0 forbids with U+FFFD (first: the control character U+0000 at index 1)',
  ],
  [
    'C0 controls other than tab, newline, CR',
    '\u0001\u0008\u000B\u000C\u001F.',
    '\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD.',
    'replaced 5 characters XML 1.0 forbids with U+FFFD (first: the control character U+0001 at index 0)',
  ],
  [
    'U+FFFE and U+FFFF',
    'x\uFFFE\uFFFF',
    'x\uFFFD\uFFFD',
    'replaced 2 characters XML 1.0 forbids with U+FFFD (first: the noncharacter U+FFFE at index 1)',
  ],
  [
    'a lone high surrogate',
    'x\uD83Dy',
    'x\uFFFDy',
    'replaced a character XML 1.0 forbids with U+FFFD (first: a lone surrogate U+D83D at index 1)',
  ],
  [
    'a lone low surrogate',
    'x\uDE80',
    'x\uFFFD',
    'replaced a character XML 1.0 forbids with U+FFFD (first: a lone surrogate U+DE80 at index 1)',
  ],
  [
    'a high surrogate at the end',
    'abc\uD83D',
    'abc\uFFFD',
    'replaced a character XML 1.0 forbids with U+FFFD (first: a lone surrogate U+D83D at index 3)',
  ],
  [
    'a surrogate pair in the wrong order',
    '\uDE80\uD83D🚀',
    '\uFFFD\uFFFD🚀',
    'replaced 2 characters XML 1.0 forbids with U+FFFD (first: a lone surrogate U+DE80 at index 0)',
  ],
];

describe('escaping of attribute values', () => {
  it.each(escapes)('%s', (_name, input, written) => {
    const { xml, warnings } = writeNode({ note: input });
    expect(attvalueText(xml, 'note')).toBe(written);
    expect(warnings).toEqual([]);
    expect(parse(Graph, xml).getNodeAttribute('n', 'note')).toBe(input);
  });

  it.each(forbidden)('replaces %s with U+FFFD and warns', (_name, input, written, message) => {
    const { xml, warnings } = writeNode({ note: input });
    expect(attvalueText(xml, 'note')).toBe(written);
    expect(warnings).toEqual([{ element: 'node', key: 'n', attribute: 'note', message }]);
    expect(parse(Graph, xml).getNodeAttribute('n', 'note')).toBe(written);
  });

  it('never emits a forbidden character anywhere: ids, labels, list items, column ids, meta', () => {
    const graph = new DirectedGraph();
    graph.addNode('n\u0000\uD800', {
      label: 'L\u0001',
      aliases: ['a\uDFFF', '\uFFFE'],
      'col\u0002': 'v\u0005',
    });
    const warnings: GexfWarning[] = [];
    const xml = writeGexfString(graph, {
      nodeAttributes: [ALIASES, { id: 'col\u0002', title: 'title\u0003', type: 'string' }],
      edgeAttributes: [],
      creator: 'c\u0004',
      description: 'd\uDBFF',
      onWarning: (w) => warnings.push(w),
    });
    // eslint-disable-next-line no-control-regex -- looking for control characters is the point
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
    expect(xml).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    expect(xml).toContain('<node id="n\uFFFD\uFFFD" label="L\uFFFD">');
    expect(xml).toContain('<attvalue for="aliases" value="[&quot;a\uFFFD&quot;, &quot;\uFFFD&quot;]"/>');
    expect(xml).toContain('<attribute id="col\uFFFD" title="title\uFFFD" type="string"/>');
    expect(xml).toContain('<attvalue for="col\uFFFD" value="v\uFFFD"/>');
    expect(xml).toContain('<creator>c\uFFFD</creator>');
    expect(xml).toContain('<description>d\uFFFD</description>');
    // In document order, one warning per value changed.
    expect(warnings.map((w) => [w.element, w.key, w.attribute])).toEqual([
      ['graph', 'meta', 'creator'],
      ['graph', 'meta', 'description'],
      ['graph', 'attributes', 'col\u0002'], // the column id
      ['graph', 'attributes', 'col\u0002'], // its title
      ['node', 'n\u0000\uD800', 'id'],
      ['node', 'n\u0000\uD800', 'label'],
      ['node', 'n\u0000\uD800', 'aliases'], // the first item
      ['node', 'n\u0000\uD800', 'aliases'], // the second item
      ['node', 'n\u0000\uD800', 'col\u0002'],
    ]);
    expect(validateGexf(xml)).toMatchObject({ valid: true });
  });

  it('escapes element text (meta) like attribute values', () => {
    const graph = new DirectedGraph();
    const xml = writeGexfString(graph, {
      nodeAttributes: [],
      edgeAttributes: [],
      creator: 'A & B <c>',
      description: 'two\r\nlines "quoted"',
    });
    expect(xml).toContain('    <creator>A &amp; B &lt;c&gt;</creator>\n');
    expect(xml).toContain('    <description>two&#13;&#10;lines &quot;quoted&quot;</description>\n');
    expect(parse(Graph, xml).getAttributes()).toMatchObject({
      creator: 'A & B <c>',
      description: 'two\r\nlines "quoted"',
    });
  });
});

describe('labels (xsd:token)', () => {
  it.each([
    ['a plain label unchanged', 'Sergei Ryabkov', 'Sergei Ryabkov', false],
    ['markup escaped, unchanged otherwise', 'AT&T "Bell"', 'AT&amp;T &quot;Bell&quot;', false],
    ['non-Latin text and emoji unchanged', 'Россия 🚀 روسيا', 'Россия 🚀 روسيا', false],
    ['runs of spaces collapsed', 'Sergei   Ryabkov', 'Sergei Ryabkov', true],
    ['newline, tab and CR become one space', 'New\nSTART\t\r treaty', 'New START treaty', true],
    ['leading and trailing whitespace removed', '  Russia \n', 'Russia', true],
    [
      'only XML whitespace collapsed: NBSP and LINE SEPARATOR kept',
      '\u00A0Russia\u2028 ',
      '\u00A0Russia&#8232;',
      true,
    ],
  ])('%s', (_name, label, written, warned) => {
    const { xml, warnings } = writeNode({ label });
    expect(xml).toContain(`<node id="n" label="${written}"`);
    expect(warnings).toEqual(
      warned
        ? [
            {
              element: 'node',
              key: 'n',
              attribute: 'label',
              message: 'collapsed whitespace: GEXF writes this attribute as an xsd:token',
            },
          ]
        : [],
    );
  });
});

describe('liststring syntax', () => {
  const lists: [string, string[], string][] = [
    ['plain items', ['Moscow', 'the Kremlin'], '[&quot;Moscow&quot;, &quot;the Kremlin&quot;]'],
    ['an empty list', [], '[]'],
    ['an empty item', [''], '[&quot;&quot;]'],
    [
      'items with commas',
      ['Russian Federation, the', 'a,b'],
      '[&quot;Russian Federation, the&quot;, &quot;a,b&quot;]',
    ],
    ['items with brackets', ['[a]', 'b]', '(c)'], '[&quot;[a]&quot;, &quot;b]&quot;, &quot;(c)&quot;]'],
    [
      'items with double quotes, escaped by a backslash',
      ['say "hi"', '"'],
      '[&quot;say \\&quot;hi\\&quot;&quot;, &quot;\\&quot;&quot;]',
    ],
    ['items with single quotes', ["Don't", "'quoted'"], "[&quot;Don't&quot;, &quot;'quoted'&quot;]"],
    [
      'items with backslashes, escaped by a backslash',
      ['C:\\new', '\\', 'a\\"b'],
      '[&quot;C:\\\\new&quot;, &quot;\\\\&quot;, &quot;a\\\\\\&quot;b&quot;]',
    ],
    [
      'items with newlines and tabs',
      ['line 1\nline 2', 'a\tb'],
      '[&quot;line 1&#10;line 2&quot;, &quot;a&#9;b&quot;]',
    ],
    ['the word null', ['null'], '[&quot;null&quot;]'],
    ['spaces only', ['  ', ' x '], '[&quot;  &quot;, &quot; x &quot;]'],
    [
      'non-Latin and emoji',
      ['Россия', 'רוסיה', '🚀, 🛰'],
      '[&quot;Россия&quot;, &quot;רוסיה&quot;, &quot;🚀, 🛰&quot;]',
    ],
    ['markup', ['<a & b>'], '[&quot;&lt;a &amp; b&gt;&quot;]'],
  ];

  it.each(lists)('%s', (_name, items, written) => {
    const { xml, warnings } = writeNode({ aliases: items });
    expect(attvalueText(xml, 'aliases')).toBe(written);
    expect(warnings).toEqual([]);
    expect(parse(Graph, xml).getNodeAttribute('n', 'aliases')).toEqual(items);
  });
});
