/**
 * GEXF attribute types, derived from the zod schemas of the graph's attributes: a schema registered
 * here gets the type it is registered with; the others get theirs from their zod type. Never from the
 * values, so an empty column or a column of "1"s keeps its declared type.
 */
import { z } from 'zod';

/**
 * `date` marks values that are ISO 8601 dates (full or reduced precision). GEXF 1.3 has no date
 * attribute type (its RelaxNG schema rejects `type="date"`), so the writer declares such columns as
 * `string` (see gexfXmlType in src/core/write/gexf); the distinction is kept for readers of the schema.
 */
export type GexfType = 'string' | 'integer' | 'long' | 'double' | 'float' | 'boolean' | 'date' | 'liststring';

export const gexfTypes = z.registry<{ gexfType: GexfType }>();

/** Unwraps optional, default and nullable wrappers down to the schema that carries the type. */
function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (;;) {
    if (gexfTypes.has(current)) return current;
    const def = current._zod.def as { type: string; innerType?: z.ZodType };
    if ((def.type === 'optional' || def.type === 'default' || def.type === 'nullable') && def.innerType) {
      current = def.innerType;
    } else return current;
  }
}

/** The GEXF type of a value described by `schema`. Objects and lists of objects travel as JSON text. */
export function gexfTypeOf(schema: z.ZodType): GexfType {
  const inner = unwrap(schema);
  const registered = gexfTypes.get(inner);
  if (registered) return registered.gexfType;
  const def = inner._zod.def as { type: string; element?: z.ZodType };
  switch (def.type) {
    case 'string':
    case 'enum':
    case 'literal':
    case 'object':
      return 'string';
    case 'number': {
      // z.int() is a number with an integer format; a plain z.number() has none.
      const format = (def as { format?: string }).format;
      return format === 'safeint' || format === 'int32' ? 'integer' : 'double';
    }
    case 'boolean':
      return 'boolean';
    case 'array':
      return def.element &&
        gexfTypeOf(def.element) === 'string' &&
        unwrap(def.element)._zod.def.type !== 'object'
        ? 'liststring'
        : 'string';
    default:
      throw new Error(`no GEXF type for a zod ${def.type}`);
  }
}

/** Whether a value of this schema is written to GEXF as JSON text (objects, lists of objects). */
export function isJsonEncoded(schema: z.ZodType): boolean {
  const def = unwrap(schema)._zod.def as { type: string; element?: z.ZodType };
  if (def.type === 'object') return true;
  return def.type === 'array' && !!def.element && unwrap(def.element)._zod.def.type === 'object';
}
