/**
 * Column values by declared type, and the viz values: what is written, and what is left out with a
 * warning because it cannot be written as the declared type (a missing value beats a wrong one).
 */
import { DirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { writeGexfString, type GexfAttributeSpec, type GexfWarning } from '../../../../src/core/write/gexf';
import type { GexfType } from '../../../../src/core/schema';

function writeValue(spec: Omit<GexfAttributeSpec, 'id' | 'title'>, value: unknown) {
  const graph = new DirectedGraph();
  graph.addNode('n', { v: value });
  const warnings: GexfWarning[] = [];
  const xml = writeGexfString(graph, {
    nodeAttributes: [{ id: 'v', title: 'v', ...spec }],
    edgeAttributes: [],
    onWarning: (w) => warnings.push(w),
  });
  const m = /<attvalue for="v" value="([^"]*)"\/>/.exec(xml);
  return { written: m ? m[1] : undefined, messages: warnings.map((w) => w.message) };
}

describe('column values', () => {
  it.each<[GexfType, unknown, string]>([
    ['integer', 42, '42'],
    ['integer', -2147483648, '-2147483648'],
    ['integer', 0, '0'],
    ['long', 2 ** 53 - 1, '9007199254740991'],
    ['double', 0.1, '0.1'],
    ['double', -2.5, '-2.5'],
    ['double', 1e21, '1e+21'],
    ['double', 5e-324, '5e-324'],
    ['double', 3, '3'],
    ['float', 1.5, '1.5'],
    ['boolean', true, 'true'],
    ['boolean', false, 'false'],
    ['date', '2011-05-16', '2011-05-16'],
    ['date', '2011-05', '2011-05'],
    ['date', '2011', '2011'],
    ['string', 'text', 'text'],
    ['string', '', ''],
    ['string', 12, '12'],
    ['string', true, 'true'],
    ['liststring', ['a', 'b'], '[&quot;a&quot;, &quot;b&quot;]'],
    ['liststring', [1, true], '[&quot;1&quot;, &quot;true&quot;]'],
  ])('%s column: %j is written as %s', (type, value, written) => {
    expect(writeValue({ type }, value)).toEqual({ written, messages: [] });
  });

  it.each<[GexfType, unknown, string]>([
    ['double', Number.NaN, 'left out NaN: not a finite number'],
    ['double', Number.POSITIVE_INFINITY, 'left out Infinity: not a finite number'],
    ['double', Number.NEGATIVE_INFINITY, 'left out -Infinity: not a finite number'],
    ['double', '1.5', 'left out a string: not a finite number'],
    ['integer', 1.5, 'left out 1.5: not a 32-bit integer'],
    ['integer', 2 ** 31, 'left out 2147483648: not a 32-bit integer'],
    ['integer', Number.NaN, 'left out NaN: not a 32-bit integer'],
    ['long', 2 ** 53, 'left out 9007199254740992: not a safe integer'],
    ['boolean', 'true', 'left out a string: not a boolean'],
    ['boolean', 1, 'left out 1: not a boolean'],
    ['liststring', 'a, b', 'left out a string: not a list'],
  ])('%s column: %j is left out with a warning', (type, value, message) => {
    expect(writeValue({ type }, value)).toEqual({ written: undefined, messages: [message] });
  });

  it('writes null and undefined as no attvalue, silently', () => {
    expect(writeValue({ type: 'string' }, null)).toEqual({ written: undefined, messages: [] });
    expect(writeValue({ type: 'double' }, undefined)).toEqual({ written: undefined, messages: [] });
  });

  it('writes a json column as the JSON text of the value, escaped', () => {
    const evidence = [{ quote: 'He said "no" & left', start: 0, direct: true }];
    expect(writeValue({ type: 'string', json: true }, evidence)).toEqual({
      written:
        '[{&quot;quote&quot;:&quot;He said \\&quot;no\\&quot; &amp; left&quot;,&quot;start&quot;:0,&quot;direct&quot;:true}]',
      messages: [],
    });
    expect(writeValue({ type: 'string', json: true }, 'plain')).toEqual({
      written: '&quot;plain&quot;',
      messages: [],
    });
  });

  it('replaces U+FFFE/U+FFFF in JSON text (which JSON leaves raw) and keeps escaped lone surrogates', () => {
    expect(writeValue({ type: 'string', json: true }, ['a\uFFFE', 'b\uD800'])).toEqual({
      written: '[&quot;a\uFFFD&quot;,&quot;b\\ud800&quot;]',
      messages: ['replaced U+FFFE/U+FFFF, which XML 1.0 forbids, with U+FFFD'],
    });
  });

  it('leaves out a value that has no JSON text, with a warning', () => {
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(writeValue({ type: 'string', json: true }, 10n)).toEqual({
      written: undefined,
      messages: ['left out a bigint: it has no JSON text'],
    });
    expect(writeValue({ type: 'string', json: true }, cycle)).toEqual({
      written: undefined,
      messages: ['left out an object: it has no JSON text'],
    });
    expect(writeValue({ type: 'string' }, cycle)).toEqual({
      written: undefined,
      messages: ['left out an object: not text or JSON for a string column'],
    });
  });

  it('writes an object in a plain string column as JSON text, with a warning', () => {
    expect(writeValue({ type: 'string' }, { a: 1 })).toEqual({
      written: '{&quot;a&quot;:1}',
      messages: ['wrote an object as JSON text in a string column'],
    });
  });
});

describe('viz values', () => {
  function writeViz(attributes: Record<string, unknown>) {
    const graph = new DirectedGraph();
    graph.addNode('n', attributes);
    const warnings: GexfWarning[] = [];
    const xml = writeGexfString(graph, {
      nodeAttributes: [],
      edgeAttributes: [],
      onWarning: (w) => warnings.push(w),
    });
    const lines = xml.split('\n').filter((line) => line.includes('<viz:'));
    return {
      viz: lines.map((line) => line.trim()),
      warnings: warnings.map((w) => `${w.attribute}: ${w.message}`),
    };
  }

  it.each([
    ['#rrggbb', '#c0392b', '<viz:color r="192" g="57" b="43"/>'],
    ['upper-case hex', '#C0392B', '<viz:color r="192" g="57" b="43"/>'],
    ['#rgb', '#f0a', '<viz:color r="255" g="0" b="170"/>'],
    ['#rrggbbaa', '#ff000080', '<viz:color r="255" g="0" b="0" a="0.502"/>'],
    ['opaque #rrggbbff as #rrggbb', '#ff0000ff', '<viz:color r="255" g="0" b="0"/>'],
    ['rgb()', 'rgb(1, 2, 3)', '<viz:color r="1" g="2" b="3"/>'],
    ['rgba()', 'rgba(1,2,3,0.25)', '<viz:color r="1" g="2" b="3" a="0.25"/>'],
  ])('colour %s', (_name, color, element) => {
    expect(writeViz({ color })).toEqual({ viz: [element], warnings: [] });
  });

  it.each([
    ['a named colour', 'red', 'color: left out "red": not a colour (#rrggbb, #rgb, rgb() or rgba())'],
    [
      'a channel above 255',
      'rgb(256,0,0)',
      'color: left out "rgb(256,0,0)": not a colour (#rrggbb, #rgb, rgb() or rgba())',
    ],
    [
      'an alpha above 1',
      'rgba(1,2,3,1.5)',
      'color: left out "rgba(1,2,3,1.5)": not a colour (#rrggbb, #rgb, rgb() or rgba())',
    ],
    ['a number', 0xff0000, 'color: left out 16711680: not a colour'],
  ])('leaves out %s as colour, with a warning', (_name, color, warning) => {
    expect(writeViz({ color })).toEqual({ viz: [], warnings: [warning] });
  });

  it('writes size and position, z="0.0" unless the node has z', () => {
    expect(writeViz({ size: 0, x: -1.5, y: 2 }).viz).toEqual([
      '<viz:size value="0"/>',
      '<viz:position x="-1.5" y="2" z="0.0"/>',
    ]);
    expect(writeViz({ x: 1, y: 2, z: 3 }).viz).toEqual(['<viz:position x="1" y="2" z="3"/>']);
  });

  it.each([
    ['a negative size', { size: -1 }, ['size: left out -1: not a finite number ≥ 0']],
    [
      'an infinite size',
      { size: Number.POSITIVE_INFINITY },
      ['size: left out Infinity: not a finite number ≥ 0'],
    ],
    ['a NaN coordinate', { x: Number.NaN, y: 1 }, ['x: left out NaN: not a finite number']],
    ['a missing coordinate', { x: 1 }, ['y: left out undefined: not a finite number']],
  ])('leaves out %s, with a warning', (_name, attributes, warnings) => {
    expect(writeViz(attributes)).toEqual({ viz: [], warnings });
  });
});
