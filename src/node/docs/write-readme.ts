/** `npm run docs`: regenerates the schema reference in README.md. */
import { readFileSync, writeFileSync } from 'node:fs';
import { withSchemaReference } from './readme';

const before = readFileSync('README.md', 'utf8');
const after = withSchemaReference(before);
writeFileSync('README.md', after);
process.stdout.write(
  after === before ? 'README.md is up to date\n' : 'README.md: schema reference regenerated\n',
);
