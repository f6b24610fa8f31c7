/**
 * Edits keep what they do not touch: on copies of the seed's files, random changes, additions and
 * deletions of records (a hundred and more edits in all) leave every other record's text byte for
 * byte as it was, keep every comment outside the records edited, and the file holds exactly the
 * records asked for. The texts written are drawn from all of Unicode and from YAML's pitfalls.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Section } from '../../../../src/core';
import {
  applyRecordEdits,
  layoutOf,
  prepareRecord,
  recordText,
  type RecordEdit,
} from '../../../../src/node/edit';

const files = ['articles', 'entities', 'relations'].flatMap((folder) =>
  readdirSync(join('graph-data', folder)).map((name) => {
    const path = `${folder}/${name}`;
    return { path, text: readFileSync(join('graph-data', path), 'utf8') };
  }),
);

/** Texts YAML makes hard to write back: indicators, comments, quotes, numbers, booleans, long lines. */
const tricky = fc.constantFrom(
  'key: value',
  '# not a comment',
  'a #hash',
  '"quoted"',
  "it's",
  '- dash',
  '2010',
  '1e3',
  'true',
  'null',
  '~',
  '[flow]',
  '{ map }',
  '  leading and trailing  ',
  'line\nbreak',
  'tab\there',
  '@at',
  '`tick',
  '%percent',
  '!tag',
  '&anchor *alias',
  '>folded',
  '|literal',
  'ünïcødé “quotes” — dashes',
  'Russia wants the United States to provide Moscow with guarantees that a prospective U.S.-led missile shield would not threaten its security.',
);
const text = fc.oneof(tricky, fc.string({ unit: 'grapheme', minLength: 1, maxLength: 160 }));
const changeOf = fc.record(
  {
    note: text,
    description: text,
    hedged: fc.boolean(),
    aliases: fc.array(text, { maxLength: 4 }),
    recipient: fc.array(fc.constantFrom('russia', 'nato', 'united-states'), { minLength: 1, maxLength: 3 }),
    audience: fc.record({ text, entity: fc.constantFrom('russia', 'nato') }),
    date: fc.constantFrom('2011', '2011-05', '2011-05-16'),
  },
  { requiredKeys: [] },
);

type Op =
  | { kind: 'change'; pick: number; change: Record<string, unknown>; drop: boolean }
  | { kind: 'remove'; pick: number }
  | { kind: 'add'; record: Record<string, unknown> };

const op: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('change' as const),
      pick: fc.nat(),
      change: changeOf,
      drop: fc.boolean(),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('remove' as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('add' as const), record: changeOf }) },
);

describe('record edits', () => {
  it('leave every record they do not touch byte for byte, and every comment outside them', () => {
    let edits = 0;
    fc.assert(
      fc.property(
        fc.nat({ max: files.length - 1 }),
        fc.array(op, { minLength: 1, maxLength: 4 }),
        (which, ops) => {
          const file = files[which]!;
          const original = layoutOf(file.text);
          const touched = new Set<string>();
          const planned: RecordEdit[] = [];
          const expected = new Map<string, unknown>();
          let added = 0;
          for (const o of ops) {
            const candidates = original.records.filter((r) => !touched.has(`${r.section}\0${r.id}`));
            if (o.kind === 'add') {
              const section = original.records[0]!.section;
              const record = prepareRecord(section, { id: `added-${added++}`, ...o.record });
              planned.push({ type: 'append', section, record });
              expected.set(`${section}\0${String(record.id)}`, record);
              continue;
            }
            const target = candidates[o.pick % Math.max(1, candidates.length)];
            if (!target) continue;
            touched.add(`${target.section}\0${target.id}`);
            if (o.kind === 'remove') {
              planned.push({ type: 'remove', id: target.id!, section: target.section });
              expected.set(`${target.section}\0${target.id}`, undefined);
              continue;
            }
            const old = target.value as Record<string, unknown>;
            const next: Record<string, unknown> = { ...old, ...o.change };
            if (o.drop) delete next.note;
            const record = prepareRecord(target.section, next, old);
            planned.push({ type: 'replace', id: target.id!, section: target.section, record });
            expected.set(`${target.section}\0${target.id}`, record);
          }
          const { text: out, layout } = applyRecordEdits(file.text, planned);
          edits += planned.length;
          // The untouched records, byte for byte.
          for (const record of original.records) {
            const key = `${record.section}\0${record.id}`;
            if (touched.has(key)) continue;
            const now = layout.records.find((r) => r.section === record.section && r.id === record.id);
            expect(now && recordText(layout, now), `${file.path} ${record.id}`).toBe(
              recordText(original, record),
            );
          }
          // The edited ones as asked, and the file as a whole parses to that.
          const data = parse(out) as Record<Section, Record<string, unknown>[] | null>;
          for (const [key, value] of expected) {
            const [section, id] = key.split('\0') as [Section, string];
            expect(
              (data[section] ?? []).find((r) => r.id === id),
              key,
            ).toEqual(value);
          }
          // Comments outside the records edited stay, in order.
          const inside = (l: number) =>
            original.records.some(
              (r) => touched.has(`${r.section}\0${r.id}`) && l >= r.firstLine && l <= r.lastLine,
            );
          const comments = original.lines.filter((line, l) => line.trimStart().startsWith('#') && !inside(l));
          const left = out.split('\n').filter((line) => line.trimStart().startsWith('#'));
          expect(left.filter((line) => comments.includes(line))).toEqual(comments);
        },
      ),
      { numRuns: 100, seed: 20110516 },
    );
    expect(edits).toBeGreaterThanOrEqual(100);
  });
});
