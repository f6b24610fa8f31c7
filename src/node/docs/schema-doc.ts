/** docs/schema.md: its generated part (between markers) is the schema reference. */
import { schemaReference } from './schema-reference';

export const SCHEMA_DOC = 'docs/schema.md';
export const START_MARKER = '<!-- schema-reference:start -->';
export const END_MARKER = '<!-- schema-reference:end -->';

/** The document with the part between the markers replaced by the reference generated now. */
export function withSchemaReference(doc: string): string {
  const start = doc.indexOf(START_MARKER);
  const end = doc.indexOf(END_MARKER);
  if (start === -1 || end < start)
    throw new Error(`${SCHEMA_DOC} needs the markers ${START_MARKER} and ${END_MARKER}`);
  return `${doc.slice(0, start + START_MARKER.length)}\n${schemaReference()}\n${doc.slice(end)}`;
}
