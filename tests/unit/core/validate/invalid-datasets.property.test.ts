/**
 * Property: a valid dataset with one mutation (wrong type, unknown id, duplicate id, a quote changed
 * by one character, a period that ends before it starts, a forbidden control character) never makes
 * validation throw, and the mutation is reported with the right rule, file, line, column and field.
 */
import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { validateFolder } from '../../../support/pipeline';
import { formatDiagnostic } from '../../../../src/core/validate';
import { datasetArbitrary, writeDataset, type GeneratedDataset } from '../../../support/dataset-arbitrary';

const seed = Number(process.env.FC_SEED ?? 20261128);
const numRuns = Number(process.env.FC_RUNS ?? 80);
const root = mkdtempSync(join(tmpdir(), 'stancegraph-mut-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

interface Mutation {
  file: string;
  path: (string | number)[];
  value: unknown;
  code: string;
  /** Which occurrence of the written value marks the reported line (1 = first). */
  occurrence?: number;
}

const kinds = [
  'wrong-type',
  'unknown-id',
  'duplicate-id',
  'quote-changed',
  'period-order',
  'forbidden-char',
] as const;

function mutationFor(kind: (typeof kinds)[number], data: GeneratedDataset, n: number): Mutation | undefined {
  const entity = (k: number) => k % data.entities.length;
  switch (kind) {
    case 'wrong-type':
      return {
        file: 'entities.yaml',
        path: ['entities', entity(n), 'label'],
        value: 12345,
        code: 'wrong-type',
      };
    case 'forbidden-char':
      return {
        file: 'entities.yaml',
        path: ['entities', entity(n), 'label'],
        value: 'bad\u0001label',
        code: 'xml-forbidden-char',
      };
    case 'duplicate-id': {
      if (data.entities.length < 2) return undefined;
      const later = 1 + (n % (data.entities.length - 1));
      const earlier = n % later;
      return {
        file: 'entities.yaml',
        path: ['entities', later, 'id'],
        value: data.entities[earlier]!.id,
        code: 'duplicate-id',
        occurrence: 2,
      };
    }
    case 'unknown-id':
      if (data.stances.length === 0)
        return { file: 'relations.yaml', path: [], value: undefined, code: 'skip' };
      return {
        file: 'stances.yaml',
        path: ['stances', n % data.stances.length, 'actor'],
        value: 'zz-unknown-actor',
        code: 'unknown-id',
      };
    case 'quote-changed': {
      const withQuotes = data.stances.map((s, i) => [s, i] as const);
      if (withQuotes.length === 0) return undefined;
      const [s, i] = withQuotes[n % withQuotes.length]!;
      const chars = Array.from(s.evidence[0]!.quote);
      const at = n % chars.length;
      // Never a whitespace swap: quotes match whitespace-insensitively, so that would still match.
      if (/\s/.test(chars[at]!)) return undefined;
      chars[at] = chars[at] === 'Ω' ? 'Ψ' : 'Ω';
      return {
        file: 'stances.yaml',
        path: ['stances', i, 'evidence', 0, 'quote'],
        value: chars.join(''),
        code: 'quote-not-found',
      };
    }
    case 'period-order': {
      const index = data.relations.findIndex((r) => r.period?.start);
      if (index === -1) return undefined;
      const start = data.relations[index]!.period!.start!;
      return {
        file: 'relations.yaml',
        path: ['relations', index, 'period', 'end'],
        value: String(Number(start.slice(0, 4)) - 1),
        code: 'period-order',
      };
    }
  }
}

/** Line and column of the n-th occurrence of the value as written in the YAML text. */
function positionOf(text: string, written: string, occurrence: number): { line: number; column: number } {
  let at = -1;
  for (let k = 0; k < occurrence; k++) at = text.indexOf(written, at + 1);
  expect(at, `${written} not found`).toBeGreaterThanOrEqual(0);
  const before = text.slice(0, at);
  return { line: before.split('\n').length, column: at - before.lastIndexOf('\n') };
}

let counter = 0;

describe('a valid dataset with one mutation', () => {
  it('is reported at the mutated field, and validation never throws', () => {
    fc.assert(
      fc.property(datasetArbitrary, fc.constantFrom(...kinds), fc.nat(), (data, kind, n) => {
        const m = mutationFor(kind, data, n);
        fc.pre(m !== undefined && m.code !== 'skip');
        const dir = join(root, `m${counter++}`);
        const { files } = writeDataset(dir, data);
        const doc = parseDocument(files[m!.file]!);
        doc.setIn(m!.path, m!.value);
        const text = doc.toString({
          defaultStringType: 'QUOTE_DOUBLE',
          defaultKeyType: 'PLAIN',
          lineWidth: 0,
        });
        writeFileSync(join(dir, m!.file), text);

        const result = validateFolder(dir, 'data');
        const written =
          typeof m!.value === 'string'
            ? JSON.stringify(m!.value).replace('\\u0001', '\\x01')
            : String(m!.value);
        const where = positionOf(text, written.startsWith('"') ? written : written, m!.occurrence ?? 1);
        const expected = {
          code: m!.code,
          file: `data/${m!.file}`,
          path: m!.path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join(''),
          ...where,
        };
        const found = result.diagnostics
          .filter((d) => d.severity === 'error')
          .map(({ code, file, path, line, column }) => ({ code, file, path, line, column }));
        expect(found, result.diagnostics.map(formatDiagnostic).join('\n')).toContainEqual(expected);
        expect(result.dataset).toBeUndefined();
      }),
      { seed, numRuns },
    );
  });
});
