/**
 * Sigma's node and edge reducers as pure functions: attributes + view context → what sigma draws.
 * They return a COMPLETE display object built from named fields only, so that attributes an opened
 * file happens to carry (`type`, `hidden`, `zIndex`…) can never steer sigma.
 */
import type Graph from 'graphology';
import type { Attributes } from 'graphology-types';
import type { Visibility } from './filters';

export const DIM_NODE_COLOR = '#e4e4e7';
export const DIM_EDGE_COLOR = '#ececef';
export const DEFAULT_NODE_COLOR = '#999999';
export const DEFAULT_EDGE_COLOR = '#a0aec0';
export const EDGE_BASE_SIZE = 1;

export interface ReducerContext {
  visible: Visibility;
  /** Nodes in focus (hovered node and its neighbours; else the selection's): the rest is dimmed. */
  focus: ReadonlySet<string> | null;
  selectedNode: string | null;
  selectedEdge: string | null;
  hoveredNode: string | null;
  /** Edge curvature of parallel edges (0 or absent: straight). */
  curvature: ReadonlyMap<string, number>;
  /** Whether edge labels of edges out of focus are drawn (zoomed in far enough). */
  edgeLabels: boolean;
}

export interface NodeDisplay {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string | null;
  type: 'circle';
  hidden: boolean;
  highlighted: boolean;
  forceLabel: boolean;
  zIndex: number;
}

export interface EdgeDisplay {
  size: number;
  color: string;
  label: string | null;
  type: 'arrow' | 'line' | 'curvedArrow' | 'curved';
  curvature: number;
  hidden: boolean;
  forceLabel: boolean;
  zIndex: number;
}

function finite(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

function text(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return null;
}

export function nodeDisplay(node: string, attributes: Attributes, ctx: ReducerContext): NodeDisplay {
  const selected = node === ctx.selectedNode || node === ctx.hoveredNode;
  const inFocus = ctx.focus === null || ctx.focus.has(node);
  return {
    x: finite(attributes.x, 0),
    y: finite(attributes.y, 0),
    size: Math.max(1, finite(attributes.size, 4)),
    color: inFocus
      ? typeof attributes.color === 'string'
        ? attributes.color
        : DEFAULT_NODE_COLOR
      : DIM_NODE_COLOR,
    label: inFocus ? (text(attributes.label) ?? node) : null,
    type: 'circle',
    hidden: !ctx.visible.nodes.has(node),
    highlighted: selected,
    forceLabel: selected || (ctx.focus !== null && inFocus),
    zIndex: selected ? 2 : inFocus && ctx.focus !== null ? 1 : 0,
  };
}

export function edgeDisplay(
  edge: string,
  attributes: Attributes,
  ends: { source: string; target: string; directed: boolean },
  ctx: ReducerContext,
): EdgeDisplay {
  const selected = edge === ctx.selectedEdge;
  // An edge is in focus when both ends are (a hovered node's own edges), or when it is selected.
  const inFocus =
    selected || ctx.focus === null || (ctx.focus.has(ends.source) && ctx.focus.has(ends.target));
  const touchesFocusNode =
    ctx.hoveredNode !== null
      ? ends.source === ctx.hoveredNode || ends.target === ctx.hoveredNode
      : ctx.selectedNode !== null && (ends.source === ctx.selectedNode || ends.target === ctx.selectedNode);
  const curvature = ctx.curvature.get(edge) ?? 0;
  const curved = curvature !== 0;
  // Sigma picks edges for clicks in a framebuffer at half resolution: thinner than ~2 px, an edge
  // cannot be clicked. The file's width still shows, on top of that base.
  const size = EDGE_BASE_SIZE + Math.max(0, finite(attributes.size, 1));
  // Sigma labels every edge whose two ends are labelled; the label itself decides instead, so that
  // edge labels come with a closer look or with the focus, and never pile up at a distance.
  const labelled = selected || touchesFocusNode || (ctx.edgeLabels && inFocus);
  return {
    size: selected ? size + 2 : size,
    color: inFocus
      ? typeof attributes.color === 'string'
        ? attributes.color
        : DEFAULT_EDGE_COLOR
      : DIM_EDGE_COLOR,
    label: labelled ? text(attributes.label) : null,
    type: ends.directed ? (curved ? 'curvedArrow' : 'arrow') : curved ? 'curved' : 'line',
    curvature,
    hidden: !ctx.visible.edges.has(edge),
    forceLabel: labelled,
    zIndex: selected ? 2 : touchesFocusNode ? 1 : 0,
  };
}

/** The node and the neighbours it reaches through visible edges. */
export function focusOf(graph: Graph, node: string, visible: Visibility): Set<string> {
  const focus = new Set<string>([node]);
  graph.forEachEdge(node, (edge, _attributes, source, target) => {
    if (visible.edges.has(edge)) focus.add(source === node ? target : source);
  });
  return focus;
}

/** Edge labels for all edges once the camera is zoomed in this far (sigma's ratio: smaller = closer). */
export const EDGE_LABEL_RATIO = 0.5;

export function showAllEdgeLabels(
  cameraRatio: number,
  visibleEdges: number,
  rendererDrawsEdgeLabels: boolean,
): boolean {
  // A renderer that draws no edge labels (a large graph's settings) never needs the flag: flipping
  // it re-runs the reducers on every edge and redraws, which cost a 4.6 s frame in the middle of a
  // camera move at 50,000 edges (npm run bench).
  if (!rendererDrawsEdgeLabels) return false;
  // A handful of edges can carry their labels at any zoom; past that, labels wait for a closer look.
  return visibleEdges <= 12 || cameraRatio <= EDGE_LABEL_RATIO;
}
