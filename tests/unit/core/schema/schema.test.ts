/** Schema pieces: partial dates, periods, ids, XML-forbidden text, GEXF types derived from the schema. */
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  dataFileJsonSchema,
  edgeAttributes,
  entityKindIds,
  firstDay,
  gexfTypeOf,
  hasXmlForbidden,
  id,
  lastDay,
  nodeAttributes,
  partialDate,
  period,
  relationTypeIds,
  replaceXmlForbidden,
  stanceTypeIds,
  stanceTypes,
  defaultPosition,
  interactionWeight,
  quadClassOf,
  text,
} from '../../../../src/core/schema';

describe('partial dates', () => {
  it.each([
    ['2011-05-16', '2011-05-16', '2011-05-16'],
    ['2011-05', '2011-05-01', '2011-05-31'],
    ['2012-02', '2012-02-01', '2012-02-29'],
    ['2011', '2011-01-01', '2011-12-31'],
  ])('accepts %s, covering %s to %s', (value, first, last) => {
    expect(partialDate.parse(value)).toBe(value);
    expect([firstDay(value), lastDay(value)]).toEqual([first, last]);
  });

  it('accepts an unquoted year, as YAML reads it: a number', () => {
    expect(partialDate.parse(2011)).toBe('2011');
  });

  it.each([
    ['2011-02-29', 'impossible-date'],
    ['2011-13', 'impossible-date'],
    ['2011-00-10', 'impossible-date'],
    ['16 May 2011', 'date-format'],
    ['11-05-16', 'date-format'],
    ['', 'date-format'],
  ])('rejects %s as %s', (value, rule) => {
    const result = partialDate.safeParse(value);
    expect(result.success).toBe(false);
    expect((result.error!.issues[0] as { params?: { rule?: string } }).params?.rule).toBe(rule);
  });

  it('rejects a period that ends before it starts, at its end', () => {
    const result = period.safeParse({ start: '2012-06', end: '2012-05-31' });
    expect(result.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['end', 'an end on or after the start (2012-06)'],
    ]);
    expect(period.safeParse({ start: '2012-06', end: '2012-06' }).success).toBe(true);
    expect(period.safeParse({ start: '2012', end: '2012-01-01' }).success).toBe(true);
  });
});

describe('ids and text', () => {
  it.each([
    ['russia', true],
    ['000_05cd6d67e97d83d5', true],
    ['new-start.2010', true],
    ['New-START', false],
    ['-russia', false],
    ['russia-', false],
    ['rus sia', false],
  ])('id %s is valid: %s', (value, ok) => expect(id.safeParse(value).success).toBe(ok));

  it.each([
    ['tab\tnewline\ncr\r', false],
    ['emoji 🛰️ and Кремль and العربية', false],
    ['bell \u0007', true],
    ['nul \u0000', true],
    ['U+FFFE \uFFFE', true],
    ['lone high \uD83D end', true],
    ['lone low \uDE00 end', true],
    ['pair \uD83D\uDE00 ok', false],
  ])('%j holds a character XML 1.0 forbids: %s', (value, forbidden) => {
    expect(hasXmlForbidden(value)).toBe(forbidden);
    expect(text.safeParse(value).success).toBe(!forbidden);
  });

  it('replaces forbidden characters with U+FFFD, the documented rule for writers', () => {
    expect(replaceXmlForbidden('a\u0001b\uD800c\uFFFFd')).toBe('a\uFFFDb\uFFFDc\uFFFDd');
  });
});

describe('the vocabulary', () => {
  it("maps every stance type to a CAMEO code of 2 to 4 digits under a root 01–20, and that code's Goldstein value", () => {
    // GDELT's CAMEO.goldsteinscale.txt, for the codes the vocabulary uses.
    const goldstein: Record<string, number> = {
      '010': 0,
      '012': -0.4,
      '014': 0,
      '03': 4,
      '05': 3.5,
      '051': 3.4,
      '10': -5,
      '11': -2,
      '111': -2,
      '12': -4,
      '13': -6,
    };
    for (const type of stanceTypeIds) {
      const spec = stanceTypes[type];
      expect(spec.cameo, type).toMatch(/^(0[1-9]|1\d|20)\d{0,2}$/);
      expect(spec.goldstein, type).toBe(goldstein[spec.cameo]);
    }
    expect(stanceTypes.considers).toMatchObject({ cameo: '014', goldstein: 0 });
    expect(stanceTypeIds).toEqual(
      expect.arrayContaining([
        'demands',
        'rejects',
        'proposes',
        'agrees',
        'warns',
        'threatens',
        'criticizes',
        'perceives_threat',
        'supports',
        'opposes',
        'asserts',
        'considers',
      ]),
    );
  });

  it('gives a default position to the types that have a natural one, and none to the others', () => {
    const defaults = Object.fromEntries(stanceTypeIds.map((t) => [t, defaultPosition(t) ?? null]));
    expect(defaults).toEqual({
      asserts: null,
      warns: null,
      considers: 'neutral',
      proposes: 'for',
      agrees: 'for',
      supports: 'for',
      demands: 'for',
      criticizes: 'against',
      perceives_threat: 'against',
      opposes: 'against',
      rejects: 'against',
      threatens: null,
    });
  });

  it('weighs an interaction by the modality rules: a denial counts zero, a hedge or a condition halves', () => {
    const m = { negated: false, hedged: false, conditional: false, background: false };
    expect(interactionWeight(-6, m)).toBe(-6);
    expect(interactionWeight(-6, { ...m, hedged: true })).toBe(-3);
    expect(interactionWeight(-6, { ...m, hedged: true, conditional: true })).toBe(-1.5);
    expect(interactionWeight(-2, { ...m, negated: true })).toBe(0);
    expect(Object.is(interactionWeight(-2, { ...m, negated: true }), 0)).toBe(true);
    expect(interactionWeight(4, { ...m, background: true })).toBe(0);
  });

  it('puts each CAMEO root in its quad class as GDELT groups them', () => {
    expect(['010', '05', '06', '08', '09', '12', '13', '14', '20'].map(quadClassOf)).toEqual([
      1, 1, 2, 2, 3, 3, 3, 4, 4,
    ]);
  });

  it('puts every kind, relation type and stance type into the JSON Schema for editors', () => {
    const json = JSON.stringify(dataFileJsonSchema());
    for (const name of [...entityKindIds, ...relationTypeIds, ...stanceTypeIds])
      expect(json, name).toContain(`"${name}"`);
  });
});

describe('GEXF types come from the schema, not from values', () => {
  const types = (shape: Record<string, z.ZodType>) =>
    Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, gexfTypeOf(v)]));

  it('types node attributes', () => {
    expect(types(nodeAttributes.shape)).toMatchObject({
      label: 'string',
      kind: 'string',
      aliases: 'liststring',
      signed: 'date',
      inDegree: 'integer',
      betweenness: 'double',
      community: 'integer',
      x: 'double',
    });
  });

  it('types edge attributes, with evidence objects as JSON text', () => {
    expect(types(edgeAttributes.shape)).toMatchObject({
      relation: 'string',
      goldstein: 'double',
      quadClass: 'integer',
      position: 'string',
      recipient: 'liststring',
      negated: 'boolean',
      date: 'date',
      start: 'date',
      sources: 'liststring',
      sourceCount: 'integer',
      evidence: 'string',
    });
  });
});
