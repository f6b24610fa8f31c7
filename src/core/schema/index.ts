/** The data model, written once as zod schemas: types, validation, JSON Schema, GEXF types and the reference all derive from it. */
export * from './vocabulary';
export * from './primitives';
export * from './xml-chars';
export * from './gexf-types';
export * from './entity';
export * from './source';
export * from './evidence';
export * from './attribution';
export * from './relation';
export * from './stance';
export * from './data-file';
export * from './graph-attributes';
export * from './json-schema';
