import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { openGraphFile, prepareGraph, repairPositions } from '../../../../web/src/input';
import { viewerSettings } from '../../../../web/src/settings';
import { locateQuote, splitAround } from '../../../../web/src/state';

describe('openGraphFile', () => {
  it('refuses a file past the size cap without reading it', async () => {
    const huge = {
      name: 'huge.gexf',
      size: viewerSettings.maxFileBytes + 1,
      text: () => Promise.reject(new Error('read')),
    } as unknown as File;
    await expect(openGraphFile(huge).result).rejects.toThrow(
      '"huge.gexf" is larger than the viewer opens (200.0 MB, 209,715,201 bytes; the limit is 200.0 MB, 209,715,200 bytes): filter it in Gephi first, or check it with "stancegraph inspect".',
    );
  });

  it('opens a graph.json File', async () => {
    const file = new File(['{"nodes": [{"key": "a", "attributes": {"x": 1, "y": 2}}]}'], 'g.json');
    const opened = await openGraphFile(file).result;
    expect([opened.format, opened.graph.order, opened.repair]).toEqual([
      'json',
      1,
      { layout: 'none', repaired: 0 },
    ]);
  });
});

describe('repairPositions', () => {
  it('leaves a graph whose positions are all finite alone', () => {
    const g = new Graph();
    g.addNode('a', { x: 1, y: 2 });
    expect(repairPositions(g)).toEqual({ layout: 'none', repaired: 0 });
    expect(g.getNodeAttributes('a')).toEqual({ x: 1, y: 2 });
  });

  it('places every node, the same way each time, when none has a position', () => {
    const make = () => {
      const g = new Graph();
      for (const n of ['a', 'b', 'c']) g.addNode(n);
      return g;
    };
    const [first, second] = [make(), make()];
    expect(repairPositions(first)).toEqual({ layout: 'all', repaired: 3 });
    repairPositions(second);
    expect(first.export().nodes).toEqual(second.export().nodes);
    expect(first.everyNode((_n, a) => Number.isFinite(a.x) && Number.isFinite(a.y))).toBe(true);
  });

  it('puts a node with NaN or Infinity near its placed neighbours, or on a ring when it has none', () => {
    const g = new Graph();
    g.addNode('a', { x: 0, y: 0 });
    g.addNode('b', { x: 10, y: 0 });
    g.addNode('nan', { x: Number.NaN, y: 5 });
    g.addNode('inf', { x: Infinity, y: -Infinity });
    g.addEdge('a', 'nan');
    g.addEdge('b', 'nan');
    expect(repairPositions(g)).toEqual({ layout: 'some', repaired: 2 });
    const nan = g.getNodeAttributes('nan');
    expect(Math.abs((nan.x as number) - 5)).toBeLessThan(0.2);
    expect(Math.abs(nan.y as number)).toBeLessThan(0.2);
    const inf = g.getNodeAttributes('inf');
    // The ring: 0.6 × the drawing's extent (10) from its centre (5, 0).
    expect(Math.hypot((inf.x as number) - 5, inf.y as number)).toBeCloseTo(6, 6);
  });
});

describe('prepareGraph', () => {
  it('keeps colours and sizes a file sets, and fills in the missing ones by kind and degree', () => {
    const g = new Graph();
    g.addNode('kept', { x: 0, y: 0, color: 'rgb(1,2,3)', size: 7 });
    g.addNode('state', { x: 1, y: 1, kind: 'state' });
    g.addNode('plain', { x: 2, y: 2, size: Number.NaN });
    g.addEdge('kept', 'state', { thickness: 3 });
    prepareGraph(g);
    expect([g.getNodeAttribute('kept', 'color'), g.getNodeAttribute('kept', 'size')]).toEqual([
      'rgb(1,2,3)',
      7,
    ]);
    expect([g.getNodeAttribute('state', 'color'), g.getNodeAttribute('state', 'size')]).toEqual([
      '#4e79a7',
      5,
    ]);
    expect([g.getNodeAttribute('plain', 'color'), g.getNodeAttribute('plain', 'size')]).toEqual([
      '#999999',
      3,
    ]);
    expect(g.getEdgeAttribute(g.edges()[0]!, 'size')).toBe(3);
  });
});

describe('locateQuote', () => {
  const text = 'Russia wants guarantees. Moscow wants guarantees too.';
  it.each([
    ['offsets that hold the quote', { quote: 'guarantees', start: 38, end: 48 }, { start: 38, end: 48 }],
    [
      'stale offsets, found by its context',
      { quote: 'guarantees', start: 0, end: 10, prefix: 'Moscow wants ' },
      { start: 38, end: 48 },
    ],
    ['no offsets, the first occurrence', { quote: 'guarantees' }, { start: 13, end: 23 }],
    ['a quote that is not there', { quote: 'assurances' }, undefined],
    ['an empty quote', { quote: '' }, undefined],
  ])('%s', (_name, evidence, expected) => {
    expect(locateQuote(text, evidence)).toEqual(expected);
  });

  it('cuts the text in three around the quote', () => {
    expect(splitAround(text, { start: 38, end: 48 })).toEqual([
      'Russia wants guarantees. Moscow wants ',
      'guarantees',
      ' too.',
    ]);
  });
});
