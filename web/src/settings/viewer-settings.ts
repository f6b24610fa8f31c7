/**
 * What the viewer should ask of Sigma for a graph of a given size. Pure: the viewer imports it, the
 * bench measures it (bench/browser).
 *
 * Thresholds measured with `npm run bench` in headless Chromium (SwiftShader): past a few tens of
 * thousands of edges, drawing every edge on every frame of a pan or zoom is what costs; hiding them
 * while the camera moves keeps frames near an empty graph's. Labels are drawn on a 2D canvas, one
 * text call each: fewer, bigger ones on large graphs.
 */

/** Sigma settings that depend on graph size (names as in sigma's Settings). */
export interface SizeDependentSigmaSettings {
  /** Skip edges while the camera moves (drag, wheel, animation); they come back when it stops. */
  hideEdgesOnMove: boolean;
  /** Skip labels while the camera moves. */
  hideLabelsOnMove: boolean;
  /** Edge labels: a text draw per visible edge label, affordable on small graphs only. */
  renderEdgeLabels: boolean;
  /** Hover and click on edges: Sigma draws every edge a second time into its picking buffer. */
  enableEdgeEvents: boolean;
  /** Labels per grid cell (Sigma's label grid), fewer on large graphs. */
  labelDensity: number;
  /** No label for nodes drawn smaller than this many pixels. */
  labelRenderedSizeThreshold: number;
}

export interface GraphSize {
  nodes: number;
  edges: number;
}

/** Edges from which edges are hidden while the camera moves. */
export const HIDE_EDGES_ON_MOVE_FROM = 20_000;
/** Nodes from which labels are hidden while the camera moves. */
export const HIDE_LABELS_ON_MOVE_FROM = 5_000;
/** Edges up to which edge labels and edge events stay on. */
export const EDGE_LABELS_UP_TO = 5_000;
export const EDGE_EVENTS_UP_TO = 20_000;

export function viewerSettingsFor({ nodes, edges }: GraphSize): SizeDependentSigmaSettings {
  return {
    hideEdgesOnMove: edges >= HIDE_EDGES_ON_MOVE_FROM,
    hideLabelsOnMove: nodes >= HIDE_LABELS_ON_MOVE_FROM,
    renderEdgeLabels: edges <= EDGE_LABELS_UP_TO,
    enableEdgeEvents: edges <= EDGE_EVENTS_UP_TO,
    labelDensity: nodes < 2_000 ? 0.6 : nodes < 20_000 ? 0.35 : 0.2,
    labelRenderedSizeThreshold: nodes < 2_000 ? 6 : nodes < 20_000 ? 8 : 10,
  };
}

/** The names of the size-dependent settings, for reading them back from a renderer (tests, bench). */
export const SIZE_DEPENDENT_SETTINGS = Object.keys(
  viewerSettingsFor({ nodes: 0, edges: 0 }),
) as (keyof SizeDependentSigmaSettings)[];
