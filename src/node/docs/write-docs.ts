/** `npm run docs`: regenerates the schema reference in docs/schema.md from the schema. */
import { readFileSync, writeFileSync } from 'node:fs';
import { SCHEMA_DOC, withSchemaReference } from './schema-doc';

const before = readFileSync(SCHEMA_DOC, 'utf8');
const after = withSchemaReference(before);
if (after !== before) writeFileSync(SCHEMA_DOC, after);
process.stdout.write(
  after === before ? `${SCHEMA_DOC} is up to date\n` : `${SCHEMA_DOC}: schema reference regenerated\n`,
);
