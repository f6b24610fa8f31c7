/**
 * Property: random graphs whose strings hold XML specials, quotes, newlines, tabs, emoji, right-to-left
 * text, combining marks, lone surrogates, XML-forbidden characters and quotes of 100,000 characters
 * export to GEXF that is valid GEXF 1.3 and reads back through graphology-gexf as the same graph,
 * value for value, under the documented rules:
 * - plain text columns: each character XML 1.0 forbids becomes U+FFFD, with a warning;
 * - JSON columns (evidence): JSON escapes controls and lone surrogates, so they come back exactly;
 *   U+FFFE and U+FFFF, which JSON leaves raw, become U+FFFD with a warning;
 * - labels are XML tokens: runs of tab, newline, CR and space become one space, ends trimmed.
 */
import fc from 'fast-check';
import Graph, { MultiDirectedGraph } from 'graphology';
import { parse } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import { stancegraphGexfSpecs, writeGexfString, type GexfWarning } from '../../../../src/core/write';
import { hasXmlForbidden, replaceXmlForbidden } from '../../../../src/core/schema';
import { validateGexf } from '../../../support/gexf-xmllint';

const seed = Number(process.env.FC_SEED ?? 20261128);
const numRuns = Number(process.env.FC_RUNS ?? 40);

const NASTY = [
  '<',
  '>',
  '&',
  '"',
  "'",
  '\n',
  '\t',
  '\r',
  ' ',
  '  ',
  '🛰️',
  '👩🏽‍🚀',
  'ش',
  'עברית',
  '\u200f',
  'e\u0301',
  'a\u0308\u0323',
  'Ж',
  ',',
  '[',
  ']',
  '|',
  '\\',
  '\u0001',
  '\u0008',
  '\u001f',
  '\uFFFE',
  '\uFFFF',
  '\uD800',
  '\uDC00',
  '\u0085',
  '\u2028',
  '&amp;',
  ']]>',
];

/** A string of nasty pieces; now and then a quote of 100,000 characters. */
const nastyString = (maxLength = 12) =>
  fc.oneof(
    {
      weight: 20,
      arbitrary: fc
        .array(fc.oneof(fc.constantFrom(...NASTY), fc.string({ maxLength: 3 })), { maxLength })
        .map((parts) => parts.join('')),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom(...NASTY).map((piece) => `${piece}${'x'.repeat(100_000)}${piece}`),
    },
  );

/** A label: non-empty once XML whitespace is collapsed (as names in stancegraph data always are). */
const labelArb = nastyString(6).map((s) => `L${s}`);

const nodeArb = fc.record({
  label: labelArb,
  kind: fc.constantFrom('state', 'person', 'issue'),
  aliases: fc.array(nastyString(5), { maxLength: 3 }),
  description: fc.option(nastyString(20), { nil: undefined }),
  inDegree: fc.integer({ min: 0, max: 1000 }),
  betweenness: fc.double({ min: 0, max: 1, noNaN: true }),
  x: fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  y: fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  size: fc.double({ min: 1, max: 20, noNaN: true }),
  color: fc.constantFrom('#4e79a7', '#f28e2b', '#000000', '#ffffff'),
});

const edgeArb = fc.record({
  source: fc.nat(),
  target: fc.nat(),
  relation: fc.constantFrom('demands', 'rejects', 'member_of'),
  label: labelArb,
  goldstein: fc.option(fc.integer({ min: -10, max: 10 }), { nil: undefined }),
  sources: fc.array(nastyString(4), { maxLength: 3 }),
  evidence: fc.array(
    fc.record({
      source: fc.constant('s1'),
      quote: nastyString(30),
      start: fc.nat(),
      end: fc.nat(),
      prefix: nastyString(4),
      suffix: nastyString(4),
      direct: fc.boolean(),
    }),
    { maxLength: 2 },
  ),
});

const graphArb = fc.tuple(
  fc.array(nodeArb, { minLength: 1, maxLength: 8 }),
  fc.array(edgeArb, { maxLength: 12 }),
);

/** XML Schema's whitespace collapse: only tab, newline, CR and space (JavaScript's trim() does more). */
const asToken = (s: string) =>
  replaceXmlForbidden(s)
    .replace(/[\t\n\r ]+/g, ' ')
    .replace(/^ | $/g, '');
/** What JSON text can carry into XML: everything but U+FFFE and U+FFFF. */
const viaJson = (s: string) => s.replace(/[\uFFFE\uFFFF]/g, '\uFFFD');

describe('GEXF round trip of random graphs with hostile strings', () => {
  it('is valid GEXF 1.3 and reads back value for value under the documented rules', () => {
    const specs = stancegraphGexfSpecs();
    fc.assert(
      fc.property(graphArb, ([nodes, edges]) => {
        const graph = new MultiDirectedGraph();
        nodes.forEach((attrs, i) =>
          graph.addNode(
            `n${i}`,
            Object.fromEntries(Object.entries(attrs).filter(([, v]) => v !== undefined)),
          ),
        );
        edges.forEach(({ source, target, ...attrs }, i) => {
          const clean = Object.fromEntries(Object.entries(attrs).filter(([, v]) => v !== undefined));
          graph.addDirectedEdgeWithKey(`e${i}`, `n${source % nodes.length}`, `n${target % nodes.length}`, {
            ...clean,
            sourceCount: attrs.sources.length,
          });
        });
        const warnings: GexfWarning[] = [];
        const xml = writeGexfString(graph, { ...specs, onWarning: (w) => warnings.push(w) });

        const validity = validateGexf(xml);
        expect(validity.valid, validity.output).toBe(true);

        const back = parse(Graph, xml);
        expect(back.order).toBe(graph.order);
        expect(back.size).toBe(graph.size);
        let forbiddenSeen = false;
        const plain = (s: string) => {
          forbiddenSeen ||= hasXmlForbidden(s);
          return replaceXmlForbidden(s);
        };
        graph.forEachNode((n, a) => {
          const b = back.getNodeAttributes(n);
          expect(b.label, `${n} label`).toBe(asToken(plain(a.label)));
          expect(b.kind).toBe(a.kind);
          expect(b.aliases ?? [], `${n} aliases`).toEqual(a.aliases.map(plain));
          expect(b.description, `${n} description`).toBe(
            a.description === undefined ? undefined : plain(a.description),
          );
          // Numbers come back equal; −0 is written "0", as every number text format does.
          const zeroless = (v: number) => (Object.is(v, -0) ? 0 : v);
          expect([b.inDegree, b.betweenness, b.x, b.y, b.size]).toEqual(
            [a.inDegree, a.betweenness, a.x, a.y, a.size].map(zeroless),
          );
        });
        graph.forEachEdge((e, a, source, target) => {
          const b = back.getEdgeAttributes(e);
          expect([back.source(e), back.target(e)]).toEqual([source, target]);
          expect(b.label, `${e} label`).toBe(asToken(plain(a.label)));
          expect(b.relation).toBe(a.relation);
          expect(b.goldstein).toBe(a.goldstein);
          expect(b.sources ?? [], `${e} sources`).toEqual(a.sources.map(plain));
          for (const item of a.evidence)
            if (/[\uFFFE\uFFFF]/.test(JSON.stringify(item))) forbiddenSeen = true;
          const evidence = a.evidence.map((item: Record<string, unknown>) =>
            JSON.parse(viaJson(JSON.stringify(item))),
          );
          expect(JSON.parse(b.evidence as string), `${e} evidence`).toEqual(evidence);
        });
        // A warning exactly when a character had to be replaced.
        expect(warnings.some((w) => /replaced/.test(w.message))).toBe(forbiddenSeen);
      }),
      { seed, numRuns },
    );
  }, 300_000);
});
