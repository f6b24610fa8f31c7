/**
 * What the viewer should ask of Sigma for a graph of a given size, and whether a browser tab can
 * hold the graph at all. Pure: the viewer imports it, the bench measures it (bench/browser), the
 * build uses the capacity check to warn before writing a graph.json no tab can open.
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

/** V8's longest string (2^29 − 24 UTF-16 units): Chromium cannot read a larger file as one text. */
export const BROWSER_STRING_LIMIT = 2 ** 29 - 24;
/** A Chromium tab's JavaScript heap stops near 4 GB on 64-bit systems. */
export const BROWSER_HEAP_BYTES = 4 * 2 ** 30;
/**
 * Heap a tab needs per byte of graph.json once parsed into a graphology graph and drawn by Sigma
 * (objects, strings, WebGL buffers), with a margin: measured about 3 to 4 on the bench's graphs.
 */
export const VIEWER_HEAP_PER_JSON_BYTE = 5;

export type ViewerCapacity =
  { fits: true } | { fits: false; limit: 'browser-string-length' | 'browser-heap'; message: string };

const gb = (bytes: number) => `${(bytes / 2 ** 30).toFixed(1)} GB`;

/** Whether a graph.json of `bytes` can be opened in a browser tab; if not, which limit and what to do. */
export function viewerCapacity(bytes: number): ViewerCapacity {
  const advice =
    'Open graph.gexf in Gephi instead, or build a smaller corpus for the viewer (for instance one data folder per year or per desk).';
  const needed = bytes * VIEWER_HEAP_PER_JSON_BYTE;
  if (needed > BROWSER_HEAP_BYTES) {
    return {
      fits: false,
      limit: 'browser-heap',
      message: `graph.json is ${gb(bytes)}: a browser tab would need about ${gb(needed)} of memory to show it, past the 4 GB a tab's JavaScript heap can hold. ${advice}`,
    };
  }
  if (bytes > BROWSER_STRING_LIMIT) {
    return {
      fits: false,
      limit: 'browser-string-length',
      message: `graph.json is ${gb(bytes)}: longer than the longest text a browser can hold in one piece (2^29 characters, about 0.5 GB). ${advice}`,
    };
  }
  return { fits: true };
}
