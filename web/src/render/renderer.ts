/**
 * The sigma renderer: WebGL programs for straight and curved (parallel) edges with arrows, label
 * settings that keep node labels from piling up (sigma's label grid shows at most a few labels per
 * cell, the biggest nodes first, and label-collision skips the ones that would still overlap), and
 * reducers that delegate to the pure functions of state/. Every figure is a setting (settings/).
 */
import EdgeCurveProgram, { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import type Graph from 'graphology';
import Sigma from 'sigma';
import { EdgeArrowProgram, EdgeRectangleProgram } from 'sigma/rendering';
import { viewerSettings, viewerSettingsFor } from '../settings';
import { edgeDisplay, nodeDisplay, type ReducerContext } from '../state';
import { createLabelDrawer, type LabelDrawer } from './label-collision';

export function createRenderer(
  container: HTMLElement,
  graph: Graph,
  context: () => ReducerContext,
): { renderer: Sigma; labels: LabelDrawer } {
  const labels = createLabelDrawer();
  const settings = viewerSettings;
  const renderer = new Sigma(graph, container, {
    defaultDrawNodeLabel: labels.draw,
    allowInvalidContainer: true,
    zIndex: true,
    labelFont: settings.labelFont,
    edgeLabelFont: settings.labelFont,
    labelSize: settings.labelSize,
    edgeLabelSize: settings.edgeLabelSize,
    labelWeight: settings.labelWeight,
    labelColor: { color: settings.labelColor },
    edgeLabelColor: { color: settings.edgeLabelColor },
    labelGridCellSize: settings.labelGridCellSize,
    // By graph size (measured with `npm run bench`): edge labels and edge events on small graphs;
    // on large ones, edges and labels hidden while the camera moves and fewer labels per grid cell.
    ...viewerSettingsFor({ nodes: graph.order, edges: graph.size }, settings),
    defaultEdgeType: 'arrow',
    edgeProgramClasses: {
      arrow: EdgeArrowProgram,
      line: EdgeRectangleProgram,
      curved: EdgeCurveProgram,
      curvedArrow: EdgeCurvedArrowProgram,
    },
    nodeReducer: (node, attributes) => nodeDisplay(node, attributes, context()),
    edgeReducer: (edge, attributes) =>
      edgeDisplay(
        edge,
        attributes,
        { source: graph.source(edge), target: graph.target(edge), directed: graph.isDirected(edge) },
        context(),
      ),
  });
  // The constructor drew the first frame with a drawer that had nothing drawn yet, as a reset
  // leaves it; drawing it again cost a second full frame (at 50,000 edges, seconds of software WebGL).
  renderer.on('beforeRender', () => labels.reset());
  return { renderer, labels };
}
