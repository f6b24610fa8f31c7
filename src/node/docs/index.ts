export { schemaReference } from './schema-reference';
export { withSchemaReference, START_MARKER, END_MARKER } from './readme';
