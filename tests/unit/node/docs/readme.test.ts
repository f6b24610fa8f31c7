/** The front door (README.md) and docs/ stay short, true to the code and linked to files that exist. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMA_DOC, schemaReference, withSchemaReference } from '../../../../src/node/docs';

const read = (path: string) => readFileSync(path, 'utf8');
const docs = readdirSync('docs')
  .filter((name) => name.endsWith('.md'))
  .map((name) => join('docs', name));

/** The targets of a file's markdown links and images, outside code blocks and code spans. */
function linkTargets(markdown: string): string[] {
  const prose = markdown.replace(/^```[\s\S]*?^```/gm, '').replace(/`[^`\n]*`/g, '');
  return [...prose.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1]!);
}

describe('README.md', () => {
  const readme = read('README.md');

  it('fits on a screen or two: at most 200 lines', () => {
    expect(readme.split('\n').length).toBeLessThanOrEqual(200);
  });

  it('gives the two commands for a fresh machine, and .ci/run runs exactly the test one', () => {
    expect(readme).toContain('npm ci && npm start');
    expect(readme).toContain('npm ci && npm test');
    expect(readme).toContain('.ci/run');
    expect(read('.ci/run')).toMatch(/\nnpm ci && npm test\n$/);
  });
});

describe('relative links', () => {
  it.each(['README.md', 'bench/README.md', ...docs])('%s: every one points to a file that exists', (file) => {
    const targets = linkTargets(read(file)).filter((t) => !/^[a-z][a-z+.-]*:/i.test(t) && !t.startsWith('#'));
    const missing = targets.filter((t) => !existsSync(join(dirname(file), decodeURI(t.split('#')[0]!))));
    expect(missing).toEqual([]);
  });

  it('are found by the check (it would catch a broken one)', () => {
    expect(linkTargets('see [a](docs/a.md#x), ![b](web/b.png) and `[c](no.md)` [d](https://x.org)')).toEqual([
      'docs/a.md#x',
      'web/b.png',
      'https://x.org',
    ]);
  });
});

describe('docs/schema.md', () => {
  it('holds the schema reference generated from the schema (run npm run docs after a schema change)', () => {
    const doc = read(SCHEMA_DOC);
    expect(withSchemaReference(doc)).toBe(doc);
  });

  /** Every field row of the reference's tables: name → the type it is given. */
  const fieldTypes = () =>
    [...schemaReference().matchAll(/^\| `(\w+)` \| ([^|]+) \| (?:yes|no[^|]*) \|/gm)].map(
      (m) => [m[1]!, m[2]!.trim()] as const,
    );

  it('names text fields as text: an entity label is text, its aliases a list of text', () => {
    const types = new Map(fieldTypes());
    expect(types.get('label')).toBe('text');
    expect(types.get('aliases')).toBe('list of text');
    expect(types.get('published')).toBe('date or `unknown`');
    expect(types.get('date')).toBe('date');
    expect(types.get('id')).toBe('id');
  });

  it('gives every field a type in words, never a schema library internal', () => {
    const word =
      '(id|text|date|date or `unknown`|period|evidence|true\\/false|one of the table below|\\{ [a-zA-Z]+(, [a-zA-Z]+)* \\})';
    const words = new RegExp(`^(list of )?${word}( or ${word})*$`);
    const rows = fieldTypes();
    expect(rows.length).toBeGreaterThan(30);
    expect(rows.filter(([, type]) => !words.test(type))).toEqual([]);
  });
});
