import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { viewerSettings } from '../../../../web/src/settings';
import {
  computeVisibility,
  edgeDisplay,
  EMPTY_FILTERS,
  focusOf,
  nodeDisplay,
  showAllEdgeLabels,
  type ReducerContext,
} from '../../../../web/src/state';

const {
  defaultNodeColor: DEFAULT_NODE_COLOR,
  dimEdgeColor: DIM_EDGE_COLOR,
  dimNodeColor: DIM_NODE_COLOR,
  edgeBaseSize: EDGE_BASE_SIZE,
} = viewerSettings;

function fixture(): Graph {
  const g = new Graph({ multi: true });
  g.addNode('a', { label: 'A', x: 1, y: 2, size: 5, color: '#4e79a7', kind: 'state' });
  g.addNode('b', { label: 'B', x: 3, y: 4, size: 3, color: '#f28e2b', kind: 'organization' });
  g.addNode('c', { label: 'C', x: 5, y: 6, size: 3, color: '#59a14f', kind: 'person' });
  g.addNode('d', { label: 'D', x: 7, y: 8, size: 3, color: '#bab0ac', kind: 'place' });
  g.addDirectedEdgeWithKey('ab', 'a', 'b', { label: 'demands', color: '#d62728', size: 1 });
  g.addDirectedEdgeWithKey('ba', 'b', 'a', { label: 'rejects', color: '#d62728', size: 2 });
  g.addDirectedEdgeWithKey('bc', 'b', 'c', { label: 'member of', color: '#a0aec0', size: 1 });
  g.addDirectedEdgeWithKey('cd', 'c', 'd', { label: 'part of', color: '#a0aec0', size: 1 });
  return g;
}

function context(g: Graph, patch: Partial<ReducerContext> = {}): ReducerContext {
  return {
    visible: computeVisibility(g, EMPTY_FILTERS),
    focus: null,
    selectedNode: null,
    selectedEdge: null,
    hoveredNode: null,
    curvature: new Map(),
    edgeLabels: false,
    ...patch,
  };
}

const ends = (g: Graph, edge: string) => ({
  source: g.source(edge),
  target: g.target(edge),
  directed: g.isDirected(edge),
});

describe('nodeDisplay', () => {
  it('draws a node as its attributes say when nothing is in focus', () => {
    const g = fixture();
    expect(nodeDisplay('a', g.getNodeAttributes('a'), context(g))).toEqual({
      x: 1, y: 2, size: 5, color: '#4e79a7', label: 'A', type: 'circle', hidden: false, highlighted: false, forceLabel: false, zIndex: 0,
    }); // prettier-ignore
  });

  it('hovering: the hovered node is highlighted, its neighbours keep colour and label, the rest is dimmed without label', () => {
    const g = fixture();
    const visible = computeVisibility(g, EMPTY_FILTERS);
    const ctx = context(g, { hoveredNode: 'b', focus: focusOf(g, 'b', visible) });
    const rows = ['a', 'b', 'c', 'd'].map((n) => {
      const d = nodeDisplay(n, g.getNodeAttributes(n), ctx);
      return [n, d.color, d.label, d.highlighted, d.forceLabel, d.zIndex];
    });
    expect(rows).toEqual([
      ['a', '#4e79a7', 'A', false, true, 1],
      ['b', '#f28e2b', 'B', true, true, 2],
      ['c', '#59a14f', 'C', false, true, 1],
      ['d', DIM_NODE_COLOR, null, false, false, 0],
    ]);
  });

  it('hides a filtered-out node', () => {
    const g = fixture();
    const ctx = context(g, { visible: computeVisibility(g, { ...EMPTY_FILTERS, hiddenKinds: ['place'] }) });
    expect(nodeDisplay('d', g.getNodeAttributes('d'), ctx).hidden).toBe(true);
  });

  it('never passes on attributes sigma would obey (type, hidden, zIndex) and repairs missing values', () => {
    const attributes = {
      x: Number.NaN,
      y: 'north',
      size: -3,
      type: 'image',
      hidden: true,
      zIndex: 99,
      label: 42,
    };
    const g = new Graph();
    g.addNode('n', attributes);
    expect(nodeDisplay('n', attributes, context(g))).toEqual({
      x: 0, y: 0, size: 1, color: DEFAULT_NODE_COLOR, label: '42', type: 'circle', hidden: false, highlighted: false, forceLabel: false, zIndex: 0,
    }); // prettier-ignore
  });
});

describe('edgeDisplay', () => {
  it('draws a directed edge as an arrow, its width on top of the clickable base, without a label at a distance', () => {
    const g = fixture();
    expect(edgeDisplay('bc', g.getEdgeAttributes('bc'), ends(g, 'bc'), context(g))).toEqual({
      size: EDGE_BASE_SIZE + 1, color: '#a0aec0', label: null, type: 'arrow', curvature: 0, hidden: false, forceLabel: false, zIndex: 0,
    }); // prettier-ignore
  });

  it.each([
    [true, 0, 'line'],
    [true, 0.3, 'curved'],
    [false, 0, 'arrow'],
    [false, -0.3, 'curvedArrow'],
  ])('undirected=%s with curvature %d draws as %s', (undirected, curvature, type) => {
    const g = new Graph({ type: 'mixed' });
    g.addNode('a');
    g.addNode('b');
    const edge = undirected ? g.addUndirectedEdge('a', 'b') : g.addDirectedEdge('a', 'b');
    const display = edgeDisplay(
      edge,
      {},
      ends(g, edge),
      context(g, { curvature: new Map([[edge, curvature]]) }),
    );
    expect([display.type, display.curvature]).toEqual([type, curvature]);
  });

  it("labels the hovered node's edges and dims the edges outside the focus", () => {
    const g = fixture();
    const visible = computeVisibility(g, EMPTY_FILTERS);
    const ctx = context(g, { hoveredNode: 'a', focus: focusOf(g, 'a', visible) });
    const rows = g.edges().map((e) => {
      const d = edgeDisplay(e, g.getEdgeAttributes(e), ends(g, e), ctx);
      return [e, d.label, d.color === DIM_EDGE_COLOR, d.zIndex];
    });
    expect(rows).toEqual([
      ['ab', 'demands', false, 1],
      ['ba', 'rejects', false, 1],
      ['bc', null, true, 0],
      ['cd', null, true, 0],
    ]);
  });

  it('widens and labels the selected edge', () => {
    const g = fixture();
    const d = edgeDisplay(
      'ba',
      g.getEdgeAttributes('ba'),
      ends(g, 'ba'),
      context(g, { selectedEdge: 'ba', focus: new Set(['a', 'b']) }),
    );
    expect([d.size, d.label, d.forceLabel, d.zIndex]).toEqual([EDGE_BASE_SIZE + 2 + 2, 'rejects', true, 2]);
  });

  it('labels every edge in focus once zoomed in', () => {
    const g = fixture();
    expect(
      edgeDisplay('cd', g.getEdgeAttributes('cd'), ends(g, 'cd'), context(g, { edgeLabels: true })).label,
    ).toBe('part of');
  });

  it('hides a filtered-out edge', () => {
    const g = fixture();
    const ctx = context(g, { visible: computeVisibility(g, { ...EMPTY_FILTERS, hiddenKinds: ['place'] }) });
    expect(edgeDisplay('cd', g.getEdgeAttributes('cd'), ends(g, 'cd'), ctx).hidden).toBe(true);
  });
});

describe('focusOf', () => {
  it('takes the node and the neighbours it reaches through visible edges only', () => {
    const g = fixture();
    expect([...focusOf(g, 'c', computeVisibility(g, EMPTY_FILTERS))].sort()).toEqual(['b', 'c', 'd']);
    expect(
      [...focusOf(g, 'c', computeVisibility(g, { ...EMPTY_FILTERS, hiddenKinds: ['place'] }))].sort(),
    ).toEqual(['b', 'c']);
  });
});

describe('showAllEdgeLabels', () => {
  it.each([
    [1, 12, true, true],
    [1, 13, true, false],
    [0.5, 400, true, true],
    [0.51, 400, true, false],
    [1, 12, false, false],
    [0.1, 400, false, false],
  ])(
    'at camera ratio %d with %i edges, edge labels drawn by the renderer %s: %s',
    (ratio, edges, drawn, expected) => {
      expect(showAllEdgeLabels(ratio, edges, drawn)).toBe(expected);
    },
  );
});
