/**
 * Hostile YAML: alias bombs, duplicate keys, tags, numbers past the safe integers, 10 MB strings.
 * Each is refused with a located error, without hanging or exhausting memory.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateFolder } from '../../../support/pipeline';
import { formatDiagnostic } from '../../../../src/core/validate';

const root = mkdtempSync(join(tmpdir(), 'stancegraph-hostile-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const MINI = 'tests/fixtures/valid/mini';

let n = 0;
/** A copy of the valid mini dataset plus one extra file. */
function withExtraFile(content: string): string {
  const dir = join(root, `case${n++}`);
  cpSync(MINI, dir, { recursive: true });
  writeFileSync(join(dir, 'extra.yaml'), content);
  return dir;
}

function errorsOf(dir: string): string[] {
  return validateFolder(dir, 'data')
    .diagnostics.filter((d) => d.severity === 'error')
    .map(formatDiagnostic);
}

const billionLaughs = [
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  ...'bcdefghi'.split('').map((c, i) => `${c}: &${c} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`),
  'entities: *i',
].join('\n');

describe('hostile YAML', () => {
  it.each([
    [
      'an alias bomb ("billion laughs")',
      billionLaughs,
      [
        'data/extra.yaml:1:1: error [yaml-aliases] YAML: Excessive alias count indicates a resource exhaustion attack (more than 100 alias expansions)',
      ],
    ],
    [
      'duplicate keys',
      'entities:\n  - id: x\n    kind: place\n    label: X\n    label: Y\n',
      ['data/extra.yaml:5:5: error [duplicate-key] YAML: Map keys must be unique'],
    ],
    [
      'a custom tag',
      'entities:\n  - id: x\n    kind: place\n    label: !shell rm -rf /\n',
      [
        'data/extra.yaml:4:19: error [yaml-tag] YAML: expected plain text, numbers, lists and maps, found a value tagged !shell',
      ],
    ],
    [
      'a binary tag',
      'entities:\n  - id: x\n    kind: place\n    label: !!binary aGVsbG8=\n',
      [
        'data/extra.yaml:4:21: error [yaml-tag] YAML: expected plain text, numbers, lists and maps, found a value tagged tag:yaml.org,2002:binary',
      ],
    ],
    [
      'an integer beyond 2^53',
      'entities:\n  - id: x\n    kind: place\n    label: X\n    wikidata: 123456789012345678901\n',
      [
        'data/extra.yaml:5:15: error [unsafe-number] expected a number JavaScript holds exactly (at most 2^53 − 1), found 123456789012345678901; quote it if it is text',
      ],
    ],
  ])('refuses %s with a located error', (_name, content, expected) => {
    expect(errorsOf(withExtraFile(content))).toEqual(expected);
  });

  it('refuses a 10 MB string with a located error, without holding much memory', () => {
    const big = 'x'.repeat(10 * 1024 * 1024);
    const dir = withExtraFile(
      `entities:\n  - id: x\n    kind: place\n    label: X\n    description: ${big}\n`,
    );
    const before = process.memoryUsage().rss;
    const errors = errorsOf(dir);
    expect(errors).toEqual([
      'data/extra.yaml:5:18: error [too-long] entities[0].description: expected a text of at most 100000 characters, found a text of 10485760 characters',
    ]);
    expect(process.memoryUsage().rss - before).toBeLessThan(400 * 1024 * 1024);
  });

  it('refuses a data file over 20 MB before reading it', () => {
    const dir = withExtraFile('');
    writeFileSync(join(dir, 'huge.yaml'), Buffer.alloc(21 * 1024 * 1024, 0x20));
    expect(errorsOf(dir)).toEqual([
      'data/huge.yaml:1:1: error [file-too-large] expected a data file of at most 20 MB, found 21.0 MB; split it into several files',
    ]);
  });

  it('refuses a source text path that leads outside the data folder', () => {
    const dir = withExtraFile('');
    const data = readFileSync(join(dir, 'data.yaml'), 'utf8').replace(
      'text: text.txt',
      'text: ../../../../etc/passwd',
    );
    writeFileSync(join(dir, 'data.yaml'), data);
    expect(errorsOf(dir)[0]).toBe(
      'data/data.yaml:6:11: error [wrong-format] sources[0].text: expected a relative path inside the data folder, with "/" separators and no "..", found "../../../../etc/passwd"',
    );
  });
});
