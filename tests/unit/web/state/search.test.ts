import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, normalize, search } from '../../../../web/src/state';

function fixture(): Graph {
  const g = new Graph();
  g.addNode('russia', { label: 'Russia', aliases: ['Moscow', 'Russian Federation'] });
  g.addNode('russian-foreign-ministry', { label: 'Russian Foreign Ministry', aliases: [] });
  g.addNode('us', { label: 'United States', aliases: ['Washington', 'U.S.'] });
  g.addNode('nato', { label: 'NATO', aliases: ['North Atlantic Treaty Organization'] });
  g.addNode('new-start', { label: 'New START', aliases: ['New Strategic Arms Reduction Treaty'] });
  g.addNode('rogozin', { label: 'Dmitry Rogozin', aliases: [] });
  g.addNode('curaçao', { label: 'Curaçao', aliases: [] });
  g.addNode('n42'); // no label: found by its key
  return g;
}

const index = buildSearchIndex(fixture());
const nodes = (query: string, visible: ReadonlySet<string> | null = null) =>
  search(index, query, visible).map((r) => r.node);

describe('search', () => {
  it('finds a node by an alias and says which alias matched', () => {
    expect(search(index, 'Moscow', null)).toEqual([{ node: 'russia', label: 'Russia', alias: 'Moscow' }]);
  });

  it.each([
    ['russia', ['russia', 'russian-foreign-ministry']],
    ['RUSS', ['russia', 'russian-foreign-ministry']],
    ['treaty', ['nato', 'new-start']],
    ['rogo', ['rogozin']],
    ['ministry', ['russian-foreign-ministry']],
    ['start', ['new-start']],
    ['curacao', ['curaçao']],
    ['n42', ['n42']],
    ['  ', []],
    ['zzz', []],
  ])('"%s" ranks %j', (query, expected) => {
    expect(nodes(query)).toEqual(expected);
  });

  it('ranks whole matches first, then prefixes, word starts, and any substring', () => {
    const g = new Graph();
    g.addNode('sub', { label: 'Xarms' });
    g.addNode('word', { label: 'Big arms' });
    g.addNode('prefix', { label: 'Armsrace' });
    g.addNode('exact', { label: 'Arms' });
    expect(search(buildSearchIndex(g), 'arms', null).map((r) => r.node)).toEqual([
      'exact',
      'prefix',
      'word',
      'sub',
    ]);
  });

  it('ranks a label match above an alias match of the same rank', () => {
    const g = new Graph();
    g.addNode('by-alias', { label: 'Zeta', aliases: ['Alpha'] });
    g.addNode('by-label', { label: 'Alpha' });
    expect(search(buildSearchIndex(g), 'alpha', null).map((r) => r.node)).toEqual(['by-label', 'by-alias']);
  });

  it('leaves out nodes the filters hide', () => {
    expect(nodes('russia', new Set(['russian-foreign-ministry']))).toEqual(['russian-foreign-ministry']);
  });

  it('stops at the limit', () => {
    expect(search(index, 'e', null, 3)).toHaveLength(3);
  });
});

describe('normalize', () => {
  it('folds case, accents and runs of spaces', () => {
    expect(normalize('  Ça  va\tBIEN ')).toBe('ca va bien');
  });
});
