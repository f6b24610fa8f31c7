/**
 * Sigma's node and edge reducers as pure functions: attributes + view context → what sigma draws.
 * They return a COMPLETE display object built from named fields only, so that attributes an opened
 * file happens to carry (`type`, `hidden`, `zIndex`…) can never steer sigma. Colours and sizes are
 * settings (settings/).
 */
import type Graph from 'graphology';
import type { Attributes } from 'graphology-types';
import { viewerSettings as settings } from '../settings';
import type { Visibility } from './filters';

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
    size: Math.max(settings.minNodeSize, finite(attributes.size, settings.fallbackNodeSize)),
    color: inFocus
      ? typeof attributes.color === 'string'
        ? attributes.color
        : settings.defaultNodeColor
      : settings.dimNodeColor,
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
  // The file's width shows on top of a base width that keeps every edge clickable.
  const size = settings.edgeBaseSize + Math.max(0, finite(attributes.size, settings.fallbackEdgeSize));
  // Sigma labels every edge whose two ends are labelled; the label itself decides instead, so that
  // edge labels come with a closer look or with the focus, and never pile up at a distance.
  const labelled = selected || touchesFocusNode || (ctx.edgeLabels && inFocus);
  return {
    size: selected ? size + settings.selectedEdgeExtraSize : size,
    color: inFocus
      ? typeof attributes.color === 'string'
        ? attributes.color
        : settings.defaultEdgeColor
      : settings.dimEdgeColor,
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
  return visibleEdges <= settings.edgeLabelsAlwaysUpTo || cameraRatio <= settings.edgeLabelZoomRatio;
}
