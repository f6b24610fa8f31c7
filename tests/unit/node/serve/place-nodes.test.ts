/**
 * Positions after an edit: nodes seen before keep theirs; a new node lands beside the mean of its
 * placed neighbours, a chain of new nodes grows outwards from them, a node with none goes near the
 * middle; the same graph and seed give the same positions.
 */
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import type { DomainGraph, StanceGraph } from '../../../../src/core';
import { placeNodes } from '../../../../src/node/serve';

function previous(): StanceGraph {
  const g = new MultiDirectedGraph() as unknown as StanceGraph;
  const at = (key: string, x: number, y: number) => g.addNode(key, { x, y } as never);
  at('a', 0, 0);
  at('b', 100, 0);
  at('c', 100, 100);
  at('far', -100, -100);
  return g;
}

function next(): DomainGraph {
  const g = new MultiDirectedGraph() as unknown as DomainGraph;
  for (const key of ['a', 'b', 'c', 'far', 'new', 'chain', 'alone']) g.addNode(key, {} as never);
  g.addEdgeWithKey('1', 'new', 'a', {} as never);
  g.addEdgeWithKey('2', 'new', 'b', {} as never);
  g.addEdgeWithKey('3', 'chain', 'new', {} as never);
  return g;
}

describe('placeNodes', () => {
  const positions = placeNodes(next(), previous(), 1);
  const distance = (key: string, x: number, y: number) =>
    Math.hypot(positions.get(key)!.x - x, positions.get(key)!.y - y);
  // The graph spans 200 units: new nodes land within a few hundredths of it from where they belong.
  const small = 200 * 0.02;

  it('keeps every position it had', () => {
    expect(positions.get('a')).toEqual({ x: 0, y: 0 });
    expect(positions.get('far')).toEqual({ x: -100, y: -100 });
  });

  it('puts a new node beside the mean of its neighbours, and a chain beside it', () => {
    expect(distance('new', 50, 0)).toBeGreaterThan(0);
    expect(distance('new', 50, 0)).toBeLessThanOrEqual(small);
    const p = positions.get('new')!;
    expect(distance('chain', p.x, p.y)).toBeLessThanOrEqual(small);
  });

  it('puts a node with no placed neighbour near the middle', () => {
    expect(distance('alone', 0, 0)).toBeLessThanOrEqual(small * 5);
  });

  it('gives the same positions for the same graph and seed, others for another seed', () => {
    expect(placeNodes(next(), previous(), 1)).toEqual(positions);
    expect(placeNodes(next(), previous(), 2).get('new')).not.toEqual(positions.get('new'));
  });
});
