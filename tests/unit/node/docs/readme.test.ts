/** The README's generated parts stay in step with the code. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withSchemaReference } from '../../../../src/node/docs';

describe('README.md', () => {
  it('holds the schema reference generated from the schema (run npm run docs after a schema change)', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(withSchemaReference(readme)).toBe(readme);
  });

  it('gives the two commands for a fresh machine, and .ci/run runs exactly the test one', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(readme).toContain('npm ci && npm start');
    expect(readme).toContain('npm ci && npm test');
    expect(readFileSync('.ci/run', 'utf8')).toMatch(/\nnpm ci && npm test\n$/);
  });
});
