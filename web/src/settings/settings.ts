/**
 * The viewer's settings, in sigma's manner (sigma/src/settings.ts): one interface grouped by
 * concern, the defaults, and a check that names the setting it refuses. Every tuning number of the
 * viewer is here; the modules read `viewerSettings`, the defaults as checked when the page starts.
 * The ForceAtlas2 settings are not: the build and the viewer share the core's policy (planFor).
 */
import { validateSettings } from './validate';

/** One row of the label table: graphs of fewer than `belowNodes` nodes take its two values. */
export interface LabelRow {
  belowNodes: number;
  /** Labels per cell of sigma's label grid. */
  labelDensity: number;
  /** No label for nodes drawn smaller than this many pixels. */
  labelRenderedSizeThreshold: number;
}

export interface ViewerSettings {
  // Rendering
  /** Added to every edge's width: sigma picks edges for clicks at half resolution, so a thinner edge cannot be clicked. */
  edgeBaseSize: number;
  /** How much wider the selected edge is drawn. */
  selectedEdgeExtraSize: number;
  /** Width of an edge whose file gives none. */
  fallbackEdgeSize: number;
  /** Size of a node whose file gives none. */
  fallbackNodeSize: number;
  /** Nodes are never drawn smaller than this. */
  minNodeSize: number;
  /** Parallel edges fan out to at most this many times @sigma/edge-curve's default curvature. */
  parallelEdgeSpread: number;
  /** Choosing a node zooms in at least this far (sigma's camera ratio: smaller is closer). */
  focusCameraRatio: number;

  // Labels
  labelFont: string;
  labelSize: number;
  labelWeight: string;
  edgeLabelSize: number;
  /** Sigma's label grid: at most a few labels per cell of this many pixels. */
  labelGridCellSize: number;
  /** Pixels of air a node label needs around it; one that would overlap a drawn label is skipped. */
  labelCollisionMargin: number;
  /** Edge labels of edges in focus show once the camera is this close. */
  edgeLabelZoomRatio: number;
  /** Up to this many visible edges, their labels show at any zoom. */
  edgeLabelsAlwaysUpTo: number;
  /** Label density and size threshold by graph size, rows by ascending `belowNodes`, the last unbounded. */
  labelRows: readonly LabelRow[];

  // Colours
  labelColor: string;
  edgeLabelColor: string;
  defaultNodeColor: string;
  defaultEdgeColor: string;
  /** Nodes and edges out of focus (while a node is hovered or something is selected). */
  dimNodeColor: string;
  dimEdgeColor: string;
  /** Behind the drawing in a PNG or SVG export. */
  exportBackgroundColor: string;

  // Limits
  /** Files past this are refused before reading: the reader streams, but the graph they hold does not fit a tab. */
  maxFileBytes: number;
  /** What the viewer draws at most: past it, sigma would freeze the tab for minutes or run out of memory. */
  maxNodes: number;
  maxEdges: number;
  /** graph.json up to this size is read on the page's thread: starting the worker costs more than reading. */
  inPageMaxBytes: number;
  /** The reader sends the graph in slices of at most this many elements or this much text. */
  sliceElements: number;
  sliceChars: number;
  searchResults: number;
  /** Download names are cut to this many characters. */
  fileStemMaxChars: number;
  /** Context losses within `contextLossWindowMs` past which the drawing is not restored again. */
  maxContextLosses: number;
  /** Graphs from these sizes on hide edges, or labels, while the camera moves (a full frame per move costs). */
  hideEdgesOnMoveFromEdges: number;
  hideLabelsOnMoveFromNodes: number;
  /** Graphs up to these sizes draw edge labels, and answer hover and click on edges. */
  edgeLabelsUpToEdges: number;
  edgeEventsUpToEdges: number;

  // Timings (milliseconds)
  /** A load faster than this shows no progress line at all (no flash). */
  loadingLineDelayMs: number;
  /** graph.json is given up when the server sends nothing for this long. */
  stallMs: number;
  /** The reader reports progress at most this often. */
  progressIntervalMs: number;
  /** Camera moves come in bursts: the URL follows once they settle for this long. */
  urlDebounceMs: number;
  /** The search list closes this long after the box loses focus, so that a click on an option still lands. */
  searchCloseDelayMs: number;
  /** A download's object URL is revoked this long after the click: some browsers read it after click() returns. */
  downloadRevokeMs: number;
  /** How long to wait for the browser to restore a lost WebGL context before drawing on fresh canvases. */
  contextRestoreWaitMs: number;
  /** See `maxContextLosses`. */
  contextLossWindowMs: number;
  /** Choosing a node moves the camera to it in this long. */
  focusAnimationMs: number;

  // Layout
  /** A file without positions gets ForceAtlas2 for this long, plus this much per node, up to the maximum. */
  layoutAutoRunBaseMs: number;
  layoutAutoRunPerNodeMs: number;
  layoutAutoRunMaxMs: number;
  /** Nodes without positions start in a disc of this radius times the square root of the node count. */
  repairDiscRadius: number;
  /** Unplaced nodes with no placed neighbour go on a ring this far out, as a share of the drawing's extent. */
  repairRingRadius: number;
  /** Nodes placed at their neighbours' centre are moved by up to this share of the extent, so that none coincide. */
  repairJitter: number;
}

export const DEFAULT_SETTINGS: Readonly<ViewerSettings> = {
  // Rendering
  edgeBaseSize: 1,
  selectedEdgeExtraSize: 2,
  fallbackEdgeSize: 1,
  fallbackNodeSize: 4,
  minNodeSize: 1,
  parallelEdgeSpread: 3.5,
  focusCameraRatio: 0.6,

  // Labels
  labelFont: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  labelSize: 13,
  labelWeight: '500',
  edgeLabelSize: 11,
  labelGridCellSize: 110,
  labelCollisionMargin: 2,
  edgeLabelZoomRatio: 0.5,
  edgeLabelsAlwaysUpTo: 12,
  labelRows: [
    { belowNodes: 2_000, labelDensity: 0.6, labelRenderedSizeThreshold: 6 },
    { belowNodes: 20_000, labelDensity: 0.35, labelRenderedSizeThreshold: 8 },
    { belowNodes: Infinity, labelDensity: 0.2, labelRenderedSizeThreshold: 10 },
  ],

  // Colours
  labelColor: '#1f2937',
  edgeLabelColor: '#4b5563',
  defaultNodeColor: '#999999',
  defaultEdgeColor: '#a0aec0',
  dimNodeColor: '#e4e4e7',
  dimEdgeColor: '#ececef',
  exportBackgroundColor: '#ffffff',

  // Limits
  maxFileBytes: 200 * 1024 * 1024,
  maxNodes: 100_000,
  maxEdges: 250_000,
  inPageMaxBytes: 1024 * 1024,
  sliceElements: 10_000,
  sliceChars: 1_000_000,
  searchResults: 10,
  fileStemMaxChars: 80,
  maxContextLosses: 5,
  hideEdgesOnMoveFromEdges: 20_000,
  hideLabelsOnMoveFromNodes: 5_000,
  edgeLabelsUpToEdges: 5_000,
  edgeEventsUpToEdges: 20_000,

  // Timings
  loadingLineDelayMs: 300,
  stallMs: 20_000,
  progressIntervalMs: 100,
  urlDebounceMs: 250,
  searchCloseDelayMs: 150,
  downloadRevokeMs: 10_000,
  contextRestoreWaitMs: 3_000,
  contextLossWindowMs: 60_000,
  focusAnimationMs: 400,

  // Layout
  layoutAutoRunBaseMs: 2_000,
  layoutAutoRunPerNodeMs: 2,
  layoutAutoRunMaxMs: 10_000,
  repairDiscRadius: 10,
  repairRingRadius: 0.6,
  repairJitter: 0.02,
};

/** The defaults with `overrides` on top, checked: a bad value throws, naming the setting. */
export function resolveSettings(overrides: Partial<ViewerSettings> = {}): Readonly<ViewerSettings> {
  const settings = { ...DEFAULT_SETTINGS, ...overrides };
  validateSettings(settings);
  return Object.freeze(settings);
}

/** The settings the viewer runs with. */
export const viewerSettings: Readonly<ViewerSettings> = resolveSettings();
