/**
 * Which attributes become GEXF columns, and of which type. For stancegraph graphs the types come from
 * the zod schemas of the graph contract, never from the values (an empty column, or a column of "1"s,
 * keeps its declared type). For foreign graphs, which have no schema, inferGexfSpecs guesses.
 */
import type { z } from 'zod';
import { edgeAttributes, gexfTypeOf, isJsonEncoded, nodeAttributes, type GexfType } from '../../schema';
import type { GexfAttributeSpec, GexfGraph, GexfSpecs } from './types';

/** Node attributes GEXF carries itself: the label and the viz elements. */
export const NODE_XML_ATTRIBUTES: readonly string[] = ['label', 'x', 'y', 'size', 'color'];
/** Edge attributes GEXF carries itself: the label, viz elements and the timeline bounds. */
export const EDGE_XML_ATTRIBUTES: readonly string[] = ['label', 'color', 'size', 'start', 'end'];

function specsOf(shape: Record<string, z.ZodType>, carried: readonly string[]): GexfAttributeSpec[] {
  const specs: GexfAttributeSpec[] = [];
  for (const [id, schema] of Object.entries(shape)) {
    if (carried.includes(id)) continue;
    const spec: GexfAttributeSpec = { id, title: id, type: gexfTypeOf(schema) };
    if (isJsonEncoded(schema)) spec.json = true;
    specs.push(spec);
  }
  return specs;
}

/**
 * The columns of a stancegraph graph, in the schemas' declaration order. The edge `relation` stays a
 * column although the writer also writes it as the edge's `kind` (its default kindAttribute).
 */
export function stancegraphGexfSpecs(): {
  nodeAttributes: GexfAttributeSpec[];
  edgeAttributes: GexfAttributeSpec[];
} {
  return {
    nodeAttributes: specsOf(nodeAttributes.shape, NODE_XML_ATTRIBUTES),
    edgeAttributes: specsOf(edgeAttributes.shape, EDGE_XML_ATTRIBUTES),
  };
}

/** What a foreign graph's attributes carry besides columns: graphology-gexf's parser reads z, weight, kind. */
const FOREIGN_NODE_CARRIED: readonly string[] = [...NODE_XML_ATTRIBUTES, 'z', 'start', 'end'];
const FOREIGN_EDGE_CARRIED: readonly string[] = [...EDGE_XML_ATTRIBUTES, 'weight', 'kind'];

/** What the values of one attribute, over all elements, have in common. */
interface Seen {
  strings: boolean;
  booleans: boolean;
  int32s: boolean;
  safeIntegers: boolean;
  otherNumbers: boolean;
  stringLists: boolean;
  otherObjects: boolean;
}

const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;

function observe(seen: Seen, value: unknown): void {
  if (typeof value === 'string') seen.strings = true;
  else if (typeof value === 'boolean') seen.booleans = true;
  else if (typeof value === 'number') {
    if (Number.isInteger(value) && value >= INT32_MIN && value <= INT32_MAX) seen.int32s = true;
    else if (Number.isSafeInteger(value)) seen.safeIntegers = true;
    else seen.otherNumbers = true;
  } else if (Array.isArray(value) && value.every((item) => typeof item === 'string')) seen.stringLists = true;
  else seen.otherObjects = true;
}

function typeOf(seen: Seen): { type: GexfType; json?: boolean } {
  const kinds = [
    seen.strings,
    seen.booleans,
    seen.int32s || seen.safeIntegers || seen.otherNumbers,
    seen.stringLists,
    seen.otherObjects,
  ];
  const mixed = kinds.filter(Boolean).length > 1;
  // Objects, or lists mixed with anything else, can only travel as JSON text.
  if (seen.otherObjects || (seen.stringLists && mixed)) return { type: 'string', json: true };
  if (mixed) return { type: 'string' };
  if (seen.stringLists) return { type: 'liststring' };
  if (seen.booleans) return { type: 'boolean' };
  if (seen.otherNumbers) return { type: 'double' };
  if (seen.safeIntegers) return { type: 'long' };
  if (seen.int32s) return { type: 'integer' };
  return { type: 'string' };
}

function inferColumns(
  forEach: (callback: (attributes: Record<string, unknown>) => void) => void,
  carried: readonly string[],
): GexfAttributeSpec[] {
  // A Map keeps first-seen order: the columns come out in the order the data shows them.
  const columns = new Map<string, Seen>();
  forEach((attributes) => {
    for (const name in attributes) {
      const value = attributes[name];
      if (value === undefined || value === null || carried.includes(name)) continue;
      let seen = columns.get(name);
      if (!seen) {
        seen = {
          strings: false,
          booleans: false,
          int32s: false,
          safeIntegers: false,
          otherNumbers: false,
          stringLists: false,
          otherObjects: false,
        };
        columns.set(name, seen);
      }
      observe(seen, value);
    }
  });
  return [...columns].map(([id, seen]) => ({ id, title: id, ...typeOf(seen) }));
}

/**
 * Columns inferred from the values, for FOREIGN graphs only (a GEXF or JSON file the viewer opened),
 * which have no schema to declare types: booleans → boolean; integers → integer (long beyond 32
 * bits); other numbers → double; lists of strings → liststring; objects and other lists → JSON
 * text; any mix → string. Attributes never set are no column. graphology-gexf's `weight` and `kind`
 * become the edges' GEXF weight and kind again, not columns.
 */
export function inferGexfSpecs(graph: GexfGraph): GexfSpecs {
  let hasWeight = false;
  let hasKind = false;
  graph.forEachEdge((_edge, attributes) => {
    if (typeof attributes.weight === 'number') hasWeight = true;
    if (typeof attributes.kind === 'string') hasKind = true;
  });
  return {
    nodeAttributes: inferColumns(
      (callback) => graph.forEachNode((_node, attributes) => callback(attributes)),
      FOREIGN_NODE_CARRIED,
    ),
    edgeAttributes: inferColumns(
      (callback) => graph.forEachEdge((_edge, attributes) => callback(attributes)),
      FOREIGN_EDGE_CARRIED,
    ),
    kindAttribute: hasKind ? 'kind' : null,
    weightAttribute: hasWeight ? 'weight' : null,
  };
}
