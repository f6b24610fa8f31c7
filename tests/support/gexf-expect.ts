/**
 * What a GEXF reader should give back for a graphology graph written by the writer: the attributes
 * graphology-gexf's parser returns, computed from the source graph and the specs.
 */
import type { Attributes } from 'graphology-types';
import type { GexfAttributeSpec } from '../../src/core/write/gexf';

/** graphology-gexf reads viz:color r g b [a] as `rgb(r,g,b)` or `rgba(r,g,b,a)`. */
export function rgbOf(color: string): string {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})?$/i.exec(color);
  if (hex) {
    const [r, g, b] = [hex[1]!, hex[2]!, hex[3]!].map((h) => parseInt(h, 16));
    const alpha = hex[4] === undefined ? 1 : Math.round((parseInt(hex[4], 16) / 255) * 1000) / 1000;
    return alpha === 1 ? `rgb(${r},${g},${b})` : `rgba(${r},${g},${b},${alpha})`;
  }
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(color);
  if (short) return `rgb(${[short[1]!, short[2]!, short[3]!].map((h) => parseInt(h + h, 16)).join(',')})`;
  const rgb = /^rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*(?:,\s*([0-9.]+)\s*)?\)$/i.exec(color);
  if (rgb) {
    const alpha = rgb[4] === undefined ? 1 : Number(rgb[4]);
    return alpha === 1
      ? `rgb(${rgb[1]},${rgb[2]},${rgb[3]})`
      : `rgba(${rgb[1]},${rgb[2]},${rgb[3]},${alpha})`;
  }
  throw new Error(`not a colour: ${color}`);
}

/** xsd:token's collapse, as the writer applies it to labels and kinds. */
export const collapse = (text: string) => text.replace(/[\t\n\r ]+/g, ' ').replace(/^ | $/g, '');

function columnValues(attributes: Attributes, specs: readonly GexfAttributeSpec[]): Attributes {
  const expected: Attributes = {};
  for (const spec of specs) {
    const value: unknown = attributes[spec.id];
    if (value === undefined || value === null || (typeof value === 'number' && !Number.isFinite(value)))
      continue;
    expected[spec.id] = spec.json ? JSON.stringify(value) : value;
  }
  return expected;
}

export function expectedNode(attributes: Attributes, specs: readonly GexfAttributeSpec[]): Attributes {
  const expected = columnValues(attributes, specs);
  if (typeof attributes.label === 'string') expected.label = collapse(attributes.label);
  if (typeof attributes.color === 'string') expected.color = rgbOf(attributes.color);
  if (typeof attributes.size === 'number') expected.size = attributes.size;
  if (typeof attributes.x === 'number' && typeof attributes.y === 'number') {
    Object.assign(expected, {
      x: attributes.x,
      y: attributes.y,
      z: typeof attributes.z === 'number' ? attributes.z : 0,
    });
  }
  return expected;
}

export function expectedEdge(
  attributes: Attributes,
  specs: readonly GexfAttributeSpec[],
  kindAttribute: string | null,
  weightAttribute: string | null,
): Attributes {
  const expected = columnValues(attributes, specs);
  if (typeof attributes.label === 'string') expected.label = collapse(attributes.label);
  const kind: unknown = kindAttribute === null ? undefined : attributes[kindAttribute];
  if (typeof kind === 'string') expected.kind = collapse(kind);
  const weight: unknown = weightAttribute === null ? undefined : attributes[weightAttribute];
  expected.weight = typeof weight === 'number' && Number.isFinite(weight) ? weight : 1;
  if (typeof attributes.color === 'string') expected.color = rgbOf(attributes.color);
  if (typeof attributes.size === 'number') expected.thickness = attributes.size;
  return expected;
}
