/**
 * What the viewer asks of Sigma for a graph of a given size. Pure: the viewer imports it, the bench
 * measures it (bench/browser). The thresholds are settings (settings.ts), measured with `npm run
 * bench` in headless Chromium (SwiftShader): past a few tens of thousands of edges, drawing every
 * edge on every frame of a pan or zoom is what costs; hiding them while the camera moves keeps
 * frames near an empty graph's. Labels are drawn on a 2D canvas, one text call each: fewer, bigger
 * ones on large graphs.
 */
import { viewerSettings, type ViewerSettings } from './settings';

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

export function viewerSettingsFor(
  { nodes, edges }: GraphSize,
  settings: Readonly<ViewerSettings> = viewerSettings,
): SizeDependentSigmaSettings {
  // The last row is unbounded (validateSettings checks it), so a row is always found.
  const labels = settings.labelRows.find((row) => nodes < row.belowNodes)!;
  return {
    hideEdgesOnMove: edges >= settings.hideEdgesOnMoveFromEdges,
    hideLabelsOnMove: nodes >= settings.hideLabelsOnMoveFromNodes,
    renderEdgeLabels: edges <= settings.edgeLabelsUpToEdges,
    enableEdgeEvents: edges <= settings.edgeEventsUpToEdges,
    labelDensity: labels.labelDensity,
    labelRenderedSizeThreshold: labels.labelRenderedSizeThreshold,
  };
}

/** The names of the size-dependent settings, for reading them back from a renderer (tests, bench). */
export const SIZE_DEPENDENT_SETTINGS = Object.keys(
  viewerSettingsFor({ nodes: 0, edges: 0 }),
) as (keyof SizeDependentSigmaSettings)[];
