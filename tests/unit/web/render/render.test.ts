import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import type { SvgScene } from '../../../../web/src/render';

// Sigma's rendering modules read WebGL constants when they load; Node has no WebGL, so the few
// constants they read stand in (their values from the WebGL specification).
const GL = {
  BOOL: 0x8b56,
  BYTE: 0x1400,
  UNSIGNED_BYTE: 0x1401,
  SHORT: 0x1402,
  UNSIGNED_SHORT: 0x1403,
  INT: 0x1404,
  UNSIGNED_INT: 0x1405,
  FLOAT: 0x1406,
  TRIANGLES: 0x0004,
};
Object.assign(globalThis, {
  WebGL2RenderingContext: Object.assign(class {}, GL),
  WebGLRenderingContext: Object.assign(class {}, GL),
});
const { DEFAULT_EDGE_CURVATURE } = await import('@sigma/edge-curve');
const { boxesOverlap, curvatureFor, labelBox, parallelEdgeCurvatures, sameSize, sceneToSvg } =
  await import('../../../../web/src/render');
const { escapeXmlText } = await import('../../../../web/src/render/svg');

describe('parallelEdgeCurvatures', () => {
  it('leaves a lone edge straight, bends two opposite edges, and fans out parallels symmetrically', () => {
    const g = new Graph({ multi: true, type: 'directed' });
    for (const n of ['a', 'b', 'c', 'd']) g.addNode(n);
    g.addEdgeWithKey('lone', 'a', 'd');
    g.addEdgeWithKey('ab', 'a', 'b');
    g.addEdgeWithKey('ba', 'b', 'a');
    g.addEdgeWithKey('bc1', 'b', 'c');
    g.addEdgeWithKey('bc2', 'b', 'c');
    g.addEdgeWithKey('bc3', 'b', 'c');
    const curvatures = parallelEdgeCurvatures(g);
    expect(curvatures.has('lone')).toBe(false);
    expect(curvatures.get('ab')).toBe(curvatures.get('ba'));
    expect(curvatures.get('ab')).toBeGreaterThan(0);
    expect(curvatures.get('bc1')).toBe(-curvatures.get('bc3')!);
    expect(curvatures.has('bc2')).toBe(false);
  });

  it('writes nothing on the graph itself', () => {
    const g = new Graph({ multi: true });
    g.addNode('a');
    g.addNode('b');
    g.addEdge('a', 'b');
    g.addEdge('a', 'b');
    parallelEdgeCurvatures(g);
    expect(g.mapEdges((_e, a) => a)).toEqual([{}, {}]);
  });

  it('grows the largest curvature with the number of parallels, below 3.5 × the default', () => {
    expect(curvatureFor(0, 1)).toBe(0);
    expect(curvatureFor(1, 1)).toBeCloseTo(3.5 * (1 - Math.exp(-1 / 3.5)) * DEFAULT_EDGE_CURVATURE, 12);
    expect(curvatureFor(5, 5)).toBeGreaterThan(curvatureFor(1, 1));
    expect(curvatureFor(50, 50)).toBeLessThan(3.5 * DEFAULT_EDGE_CURVATURE);
    expect(curvatureFor(-2, 4)).toBe(-curvatureFor(2, 4));
  });
});

describe('sameSize: a container resize that needs no new frame', () => {
  it.each([
    [{ width: 1030, height: 647 }, { width: 1030, height: 647 }, true],
    [{ width: 1030.4, height: 646.6 }, { width: 1030, height: 647 }, true],
    [{ width: 1030, height: 679 }, { width: 1030, height: 647 }, false],
    [{ width: 1031, height: 647 }, { width: 1030, height: 647 }, false],
  ])('measured %o, drawn %o: %s', (measured, drawn, expected) => {
    expect(sameSize(measured, drawn)).toBe(expected);
  });
});

describe('label boxes', () => {
  it.each([
    [{ x: 0, y: 0, width: 10, height: 10 }, { x: 11, y: 0, width: 10, height: 10 }, true],
    [{ x: 0, y: 0, width: 10, height: 10 }, { x: 13, y: 0, width: 10, height: 10 }, false],
    [{ x: 0, y: 0, width: 10, height: 10 }, { x: 5, y: 20, width: 10, height: 10 }, false],
    [{ x: 0, y: 0, width: 100, height: 10 }, { x: 50, y: 5, width: 10, height: 10 }, true],
  ])('%j and %j overlap (2 px of air): %s', (a, b, expected) => {
    expect(boxesOverlap(a, b)).toBe(expected);
    expect(boxesOverlap(b, a)).toBe(expected);
  });

  it("stands right of the node, centred on it, as sigma's disc label", () => {
    expect(labelBox(100, 50, 6, 40, 10)).toEqual({ x: 109, y: 44, width: 40, height: 12 });
  });
});

describe('sceneToSvg', () => {
  const scene: SvgScene = {
    width: 200,
    height: 100,
    background: '#ffffff',
    font: 'sans-serif',
    nodes: [
      { x: 20, y: 50, radius: 5, color: '#4e79a7', label: '<img src=x onerror=alert(1)> & co' },
      { x: 180, y: 50, radius: 5, color: 'url(javascript:alert(1))', label: null },
    ],
    edges: [
      {
        source: { x: 20, y: 50, radius: 5 },
        target: { x: 180, y: 50, radius: 5 },
        thickness: 2,
        color: '#d62728',
        curvature: 0,
        directed: true,
        label: 'demands',
      },
      {
        source: { x: 180, y: 50, radius: 5 },
        target: { x: 20, y: 50, radius: 5 },
        thickness: 1,
        color: '#2ca02c',
        curvature: 0.25,
        directed: false,
        label: null,
      },
    ],
  };
  const svg = sceneToSvg(scene);

  it('escapes text and drops colours that are not colours', () => {
    expect(svg).toContain('>&lt;img src=x onerror=alert(1)&gt; &amp; co</text>');
    expect(svg).not.toContain('<img');
    expect(svg).not.toContain('javascript');
    expect(svg).toContain('<circle cx="180" cy="50" r="5" fill="#999999"/>');
  });

  it('draws a straight edge as a line with an arrowhead touching the target, and a curved one as a quadratic curve', () => {
    expect(svg).toContain(
      '<path d="M20 50L180 50" fill="none" stroke="#d62728" stroke-width="2"/><polygon points="175,50 165,54.5 165,45.5" fill="#d62728"/>',
    );
    // Control point: the midpoint moved by curvature × (dy, −dx) = 0.25 × (0, 160).
    expect(svg).toContain('<path d="M180 50Q100 90 20 50" fill="none" stroke="#2ca02c" stroke-width="1"/>');
    expect(svg.match(/<polygon /g)).toHaveLength(1);
  });

  it('strips the characters XML cannot carry', () => {
    expect(escapeXmlText('a\u0000b\u0008c\u000bd\tе')).toBe('abcd\tе');
  });
});
