import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import {
  computeFacets,
  computeVisibility,
  dayNumber,
  edgePasses,
  EMPTY_FILTERS,
  formatCounts,
  isoDayOf,
  modalitiesOf,
  polarityOf,
  toggleHidden,
  type FilterState,
} from '../../../../web/src/state';

/** A small stance graph: two states, a person, an issue; stances dated and undated, relations. */
function fixture(): Graph {
  const g = new Graph({ multi: true, type: 'directed' });
  g.addNode('ru', { label: 'Russia', kind: 'state', aliases: ['Moscow'] });
  g.addNode('us', { label: 'United States', kind: 'state', aliases: ['Washington'] });
  g.addNode('ryabkov', { label: 'Sergei Ryabkov', kind: 'person', aliases: [] });
  g.addNode('shield', { label: 'Missile shield', kind: 'weapon_system', aliases: [] });
  g.addNode('lonely', { label: 'Lonely place', kind: 'place', aliases: [] });
  const stance = { category: 'stance', sources: ['a1'] };
  g.addEdgeWithKey('demand', 'ru', 'us', {
    ...stance,
    relation: 'demands',
    position: 'for',
    start: '2011-05-16',
    end: '2011-05-16',
  });
  g.addEdgeWithKey('threat', 'ru', 'shield', {
    ...stance,
    relation: 'perceives_threat',
    position: 'against',
    condition: 'if it feels threatened',
    start: '2011-01-01',
    end: '2011-12-31',
  });
  g.addEdgeWithKey('propose', 'us', 'ru', {
    ...stance,
    relation: 'proposes',
    position: 'for',
    reportedBy: [{ by: 'ryabkov' }],
    sources: ['a2'],
    start: '2010-01-01',
    end: '2010-12-31',
  });
  g.addEdgeWithKey('assert', 'ryabkov', 'shield', {
    ...stance,
    relation: 'asserts',
    position: 'neutral',
    negated: true,
  });
  g.addEdgeWithKey('office', 'ryabkov', 'ru', {
    category: 'relation',
    relation: 'holds_office_in',
    sources: ['a1'],
  });
  g.addEdgeWithKey('develops', 'us', 'shield', {
    category: 'relation',
    relation: 'develops',
    sources: ['a1', 'a2'],
  });
  return g;
}

const sorted = (set: ReadonlySet<string>) => [...set].sort();
const filters = (patch: Partial<FilterState>): FilterState => ({ ...EMPTY_FILTERS, ...patch });

describe('polarityOf', () => {
  it.each([
    [{ position: 'for' }, 'for'],
    [{ position: 'against' }, 'against'],
    [{ position: 'neutral' }, 'neutral'],
    [{}, 'relation'],
    [{ position: 'mixed' }, 'relation'],
    [{ position: 3 }, 'relation'],
  ])('reads %j as %s', (attributes, expected) => {
    expect(polarityOf(attributes)).toBe(expected);
  });
});

describe('modalitiesOf', () => {
  it.each([
    [{ category: 'stance' }, ['asserted']],
    [{ category: 'stance', negated: true, hedged: true }, ['negated', 'hedged']],
    [{ category: 'stance', conditionStance: 's1' }, ['conditional']],
    [{ category: 'stance', reportedBy: [{ by: 'narrator' }] }, ['asserted']],
    [{ category: 'stance', reportedBy: [{ by: 'narrator' }, { by: 'rogozin' }] }, ['reported']],
    [{ category: 'stance', background: true }, ['background']],
    [{ category: 'relation', negated: true }, []],
  ])('reads %j as %j', (attributes, expected) => {
    expect(modalitiesOf(attributes)).toEqual(expected);
  });
});

describe('edgePasses', () => {
  const dated = {
    category: 'stance',
    relation: 'demands',
    position: 'for',
    sources: ['a1'],
    start: '2011-05-16',
    end: '2011-05-16',
  };
  it.each([
    ['no filter', filters({}), true],
    ['its type hidden', filters({ hiddenTypes: ['demands'] }), false],
    ['another type hidden', filters({ hiddenTypes: ['proposes'] }), true],
    ['"for" hidden', filters({ hiddenPolarities: ['for'] }), false],
    ['"against" hidden', filters({ hiddenPolarities: ['against'] }), true],
    ['its modality hidden', filters({ hiddenModalities: ['asserted'] }), false],
    ['its only source hidden', filters({ hiddenSources: ['a1'] }), false],
    ['a range that holds its day', filters({ dateFrom: '2011-05-16', dateTo: '2011-05-16' }), true],
    ['a range that ends the day before', filters({ dateTo: '2011-05-15' }), false],
    ['a range that starts the day after', filters({ dateFrom: '2011-05-17' }), false],
  ])('with %s: %s', (_name, state, expected) => {
    expect(edgePasses(dated, state)).toBe(expected);
  });

  it('keeps an edge while one of its sources is shown', () => {
    expect(edgePasses({ sources: ['a1', 'a2'] }, filters({ hiddenSources: ['a1'] }))).toBe(true);
  });

  it('keeps undated edges whatever the date range, and relations whatever the modality', () => {
    expect(
      edgePasses(
        { relation: 'develops' },
        filters({ dateFrom: '2030-01-01', hiddenModalities: ['asserted'] }),
      ),
    ).toBe(true);
  });

  it('keeps an edge that overlaps the range by a single day', () => {
    expect(edgePasses({ start: '2011-01-01', end: '2011-12-31' }, filters({ dateFrom: '2011-12-31' }))).toBe(
      true,
    );
  });
});

describe('computeVisibility', () => {
  it('shows everything without filters', () => {
    const g = fixture();
    const visible = computeVisibility(g, EMPTY_FILTERS);
    expect([visible.nodes.size, visible.edges.size]).toEqual([5, 6]);
  });

  it('hides a kind with its nodes and every edge that touches them, keeping the others even if isolated', () => {
    const visible = computeVisibility(fixture(), filters({ hiddenKinds: ['person', 'state'] }));
    expect(sorted(visible.nodes)).toEqual(['lonely', 'shield']);
    expect(sorted(visible.edges)).toEqual([]);
  });

  it('with an edge filter, drops the nodes left without edges but keeps nodes that never had any', () => {
    const visible = computeVisibility(fixture(), filters({ hiddenPolarities: ['relation', 'neutral'] }));
    expect(sorted(visible.edges)).toEqual(['demand', 'propose', 'threat']);
    expect(sorted(visible.nodes)).toEqual(['lonely', 'ru', 'shield', 'us']);
  });

  it('filters by source', () => {
    const visible = computeVisibility(fixture(), filters({ hiddenSources: ['a1'] }));
    expect(sorted(visible.edges)).toEqual(['develops', 'propose']);
    expect(sorted(visible.nodes)).toEqual(['lonely', 'ru', 'shield', 'us']);
  });

  it('filters by date range, keeping undated edges', () => {
    const visible = computeVisibility(fixture(), filters({ dateFrom: '2011-02-01', dateTo: '2011-06-30' }));
    expect(sorted(visible.edges)).toEqual(['assert', 'demand', 'develops', 'office', 'threat']);
  });

  it('counts what is shown of what there is', () => {
    const g = fixture();
    expect(formatCounts(computeVisibility(g, filters({ hiddenKinds: ['person'] })), g)).toBe(
      '4 of 5 nodes, 4 of 6 edges',
    );
    const one = new Graph();
    one.addNode('x');
    expect(formatCounts(computeVisibility(one, EMPTY_FILTERS), one)).toBe('1 of 1 node, 0 of 0 edges');
  });
});

describe('computeFacets', () => {
  it('counts each kind, type, polarity, modality and source, and spans the dated edges', () => {
    const facets = computeFacets(fixture());
    expect([...facets.kinds]).toEqual([
      ['person', 1],
      ['place', 1],
      ['state', 2],
      ['weapon_system', 1],
    ]);
    expect([...facets.types.keys()]).toEqual([
      'asserts',
      'demands',
      'develops',
      'holds_office_in',
      'perceives_threat',
      'proposes',
    ]);
    expect(Object.fromEntries(facets.polarities)).toEqual({
      for: 2,
      against: 1,
      neutral: 1,
      relation: 2,
    });
    expect([...facets.modalities.keys()]).toEqual(['asserted', 'conditional', 'negated', 'reported']);
    expect([...facets.sources]).toEqual([
      ['a1', 5],
      ['a2', 2],
    ]);
    expect(facets.dates).toEqual({ min: '2010-01-01', max: '2011-12-31' });
  });

  it('has no date span when no edge carries a date', () => {
    const g = new Graph();
    g.addNode('a');
    g.addNode('b');
    g.addEdge('a', 'b');
    expect(computeFacets(g).dates).toBeUndefined();
  });
});

describe('timeline days', () => {
  it.each(['1970-01-01', '2010-01-01', '2011-05-16', '2024-02-29'])(
    'round-trips %s through its day number',
    (day) => {
      expect(isoDayOf(dayNumber(day))).toBe(day);
    },
  );
  it('numbers consecutive days consecutively', () => {
    expect(dayNumber('2011-03-01') - dayNumber('2011-02-28')).toBe(1);
  });
});

describe('toggleHidden', () => {
  it('adds a value in sorted order and removes it again', () => {
    expect(toggleHidden(['b', 'd'], 'c', true)).toEqual(['b', 'c', 'd']);
    expect(toggleHidden(['b', 'c', 'd'], 'c', false)).toEqual(['b', 'd']);
    expect(toggleHidden(['b'], 'b', true)).toEqual(['b']);
  });
});
