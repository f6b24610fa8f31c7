export { schemaReference } from './schema-reference';
export { withSchemaReference, SCHEMA_DOC, START_MARKER, END_MARKER } from './schema-doc';
