/** Replacing the generated part of README.md (between markers) with the schema reference. */
import { schemaReference } from './schema-reference';

export const START_MARKER = '<!-- schema-reference:start -->';
export const END_MARKER = '<!-- schema-reference:end -->';

export function withSchemaReference(readme: string): string {
  const start = readme.indexOf(START_MARKER);
  const end = readme.indexOf(END_MARKER);
  if (start === -1 || end < start)
    throw new Error(`README.md needs the markers ${START_MARKER} and ${END_MARKER}`);
  return `${readme.slice(0, start + START_MARKER.length)}\n${schemaReference()}\n${readme.slice(end)}`;
}
