/**
 * The fast path for plain YAML must give exactly what the `yaml` library gives, or step aside:
 * whenever parsePlainYaml returns a value, `yaml` parses the same text without an error or a warning,
 * to the same value (core schema), with each top-level list item on the line it reports. Checked on
 * every data file of the repository, on a generated corpus, and on random documents made of the
 * tricky parts of YAML (and then damaged at random).
 */
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isNode, LineCounter, parseDocument } from 'yaml';
import { parsePlainYaml } from '../../../../src/core/validate/plain-yaml';

function agreesWithYaml(text: string): boolean {
  const fast = parsePlainYaml(text);
  if (!fast) return false;
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
    strict: true,
    schema: 'core',
  });
  expect(doc.errors.map((e) => e.message)).toEqual([]);
  expect(doc.warnings.map((e) => e.message)).toEqual([]);
  expect(fast.value).toEqual(doc.toJS({ maxAliasCount: 100 }));
  for (const [section, lines] of fast.itemLines) {
    lines.forEach((line, index) => {
      const node = doc.getIn([section, index], true);
      const offset = isNode(node) ? (node.range?.[0] ?? 0) : 0;
      expect([section, index, line]).toEqual([section, index, lineCounter.linePos(offset).line]);
    });
  }
  return true;
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

describe('parsePlainYaml', () => {
  it('reads every data file of the seed and the fixtures as yaml does, and the seed on the fast path', () => {
    for (const file of [...yamlFiles('graph-data'), ...yamlFiles('tests/fixtures')]) {
      const fast = agreesWithYaml(readFileSync(file, 'utf8'));
      if (file.startsWith('graph-data')) expect([file, fast]).toEqual([file, true]);
    }
  });

  it('agrees with yaml on the shapes data files take', () => {
    const cases = [
      'a: 1\nb: two\nc: "three"\nd: \'four\'\n',
      'list:\n  - x\n  - y # comment\n  - "z"\n',
      'list:\n- x\n- y\nnext: 1\n',
      'items:\n  - id: a\n    aliases: [Moscow, "the Kremlin", \'U.S.\']\n    period: { start: 1949-08-24, end: 2011 }\n  - id: b\n',
      'q: >-\n  folded\n  text\n\n  next para\nr: |\n  literal\n   kept\n',
      'q: >\n\n  after a blank\n',
      'a: ~\nb: null\nc: true\nd: FALSE\ne: 2011\nf: -7\ng: 2011-05-16\nh: 2011-05\n',
      'a: "esc \\" \\\\ \\/ \\n \\t \\u00e9 \\u2028"\n',
      "a: 'it''s'\n",
      'a:\n  b:\n    c: d\n  e: f\n',
      '# only a comment line before\na: b\n  # an indented comment\nc: d\n',
      's:\n  - a: 1\n    b:\n      - x\n      - y\n  - a: 2\n',
      'a: http://example.com/x?y=z#frag\n',
      'a: [] \nb: {}\n',
    ];
    for (const text of cases) expect([text, agreesWithYaml(text)]).toEqual([text, true]);
  });

  it('steps aside for what it does not read: yaml then decides', () => {
    const cases = [
      'a: &x 1\nb: *x\n',
      'a: !!str 1\n',
      'a: 1\na: 2\n',
      'a: multi\n  line plain\n',
      'a: "multi\n  line quoted"\n',
      'a: 9007199254740993\n',
      'a: 1.5\n',
      'a: 0x10\n',
      'a:\tb\n',
      'a: b\r\nc: d\r\n',
      '---\na: 1\n',
      'a: b: c\n',
      '- a\n- b\n',
      '',
      'a: |+\n  keep\n\n',
      'a: >2\n   x\n',
      '? a\n: b\n',
      'a: [b, [c]]\n',
      'a: [b,\n  c]\n',
      '__proto__: 1\n',
      'true: 1\n',
    ];
    for (const text of cases) expect([text, parsePlainYaml(text)]).toEqual([text, undefined]);
  });

  it('agrees with yaml on random documents and their damaged copies', () => {
    const safeWord = fc.constantFrom(
      'russia',
      'United States',
      'member_of',
      '2011-05-16',
      'Moscow, Russia',
      'x',
    );
    const trickyWord = fc.constantFrom(
      'russia', 'the Kremlin', 'null', 'Null', 'NULL', '~', 'true', 'True', 'FALSE', 'yes', 'no', 'on',
      '2011', '-5', '-0', '+1', '007', '0o17', '0x1F', '1e5', '1.5', '.5', '.inf', '-.Inf', '.NaN',
      '9007199254740993', '2011-05-16', 'a: b', 'a:b', 'x #y', 'x#y', "it's", 'say "hi"', 'Sergeï',
      '“curly”', '- x', '-x', '? y', '?y', ': z', ':z', '[a]', '{a}', 'a, b', 'a]', 'http://x.y/z', '@at',
      '`tick', '%pct', '&anchor', '*alias', '!tag', '|pipe', '>gt', 'a  b', 'trailing ', ' leading', '',
    ); // prettier-ignore
    const word = fc.oneof({ arbitrary: safeWord, weight: 6 }, { arbitrary: trickyWord, weight: 1 });
    const key = fc.oneof(
      {
        arbitrary: fc
          .tuple(fc.constantFrom('id', 'label', 'aliases', 'note', '$schema', 'a-b', '_x', 'X'), fc.nat(99))
          .map(([k, n]) => (n < 30 ? k : `${k}${n}`)),
        weight: 12,
      },
      { arbitrary: fc.constantFrom('null', 'true', 'a b', '"q"', '1'), weight: 1 },
    );
    const quoted = word.map((w) => JSON.stringify(w));
    const singleQuoted = word.map((w) => `'${w.replace(/'/g, "''")}'`);
    const flowItem = fc.oneof(word, quoted, singleQuoted);
    const flowList = fc
      .tuple(fc.array(flowItem, { maxLength: 4 }), fc.constantFrom(', ', ',', ' , '))
      .map(([items, sep]) => `[${items.join(sep)}]`);
    const flowMap = fc
      .array(fc.tuple(key, flowItem), { maxLength: 3 })
      .map((pairs) => `{ ${pairs.map(([k, v]) => `${k}: ${v}`).join(', ')} }`);
    const inline = fc.oneof(word, quoted, singleQuoted, flowList, flowMap);
    const comment = fc.constantFrom('', '', '', '', ' # note', ' #', '#no-space');

    type Lines = (indent: number) => string[];
    const blockScalar = fc
      .tuple(
        fc.constantFrom('|', '|-', '>', '>-', '|', '|-', '>', '>-', '|+', '>2', '>- # c'),
        fc.array(fc.oneof(word, fc.constant(''), fc.constant('  more'), fc.constant('# hash')), {
          minLength: 1,
          maxLength: 5,
        }),
        fc.constantFrom(1, 2, 3),
      )
      .map(([style, lines, extra]): { head: string; body: Lines } => ({
        head: style,
        body: (indent) => lines.map((l) => (l === '' ? '' : ' '.repeat(indent + extra) + l)),
      }));

    const { node } = fc.letrec<{ node: { head: string; body: Lines } }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        inline.map((v) => ({ head: v, body: () => [] })),
        blockScalar,
        fc
          .tuple(
            fc.array(fc.tuple(key, tie('node'), comment), { minLength: 1, maxLength: 3 }),
            fc.constantFrom(1, 2, 4),
          )
          .map(([entries, step]) => ({
            head: '',
            body: (indent: number) =>
              entries.flatMap(([k, v, c]) => [
                `${' '.repeat(indent + step)}${k}:${v.head ? ` ${v.head}` : ''}${c}`,
                ...v.body(indent + step),
              ]),
          })),
        fc
          .tuple(
            fc.array(fc.oneof(inline, fc.tuple(key, inline, key, inline)), { minLength: 1, maxLength: 3 }),
            fc.constantFrom(0, 2),
          )
          .map(([items, step]) => ({
            head: '',
            body: (indent: number) =>
              items.flatMap((item) => {
                const pad = ' '.repeat(indent + step);
                if (typeof item === 'string') return [`${pad}- ${item}`];
                const [k1, v1, k2, v2] = item;
                return [`${pad}- ${k1}: ${v1}`, `${pad}  ${k2}: ${v2}`];
              }),
          })),
      ),
    }));
    const document = fc
      .array(fc.tuple(key, node, comment, fc.constantFrom('', '', '# between', '  # indented', '   ')), {
        minLength: 1,
        maxLength: 4,
      })
      .map((entries) =>
        entries
          .flatMap(([k, v, c, filler]) => [
            ...(filler ? [filler] : []),
            `${k}:${v.head ? ` ${v.head}` : ''}${c}`,
            ...v.body(0),
          ])
          .join('\n')
          .concat('\n'),
      );
    const damage = fc.tuple(
      fc.nat(),
      fc.constantFrom(' ', '-', ':', '#', '\t', '"', "'", '\n', '|', '>', '[', ']', '{', ',', '&', '!', ''),
      fc.boolean(),
    );
    const damaged = fc
      .tuple(document, fc.array(damage, { minLength: 1, maxLength: 2 }))
      .map(([text, edits]) =>
        edits.reduce((t, [at, c, replace]) => {
          const i = at % (t.length + 1);
          return t.slice(0, i) + c + t.slice(replace ? i + 1 : i);
        }, text),
      );

    let fast = 0;
    let runs = 0;
    fc.assert(
      fc.property(fc.oneof({ arbitrary: document, weight: 2 }, { arbitrary: damaged, weight: 1 }), (text) => {
        runs++;
        if (agreesWithYaml(text)) fast++;
      }),
      { seed: Number(process.env.FC_SEED ?? 20261129), numRuns: Number(process.env.FC_RUNS ?? 5000) },
    );
    // The check above means something only if the fast path is taken often.
    expect(fast / runs).toBeGreaterThan(0.12);
  });
});
