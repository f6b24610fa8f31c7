/**
 * The sigma renderer: WebGL programs for straight and curved (parallel) edges with arrows, label
 * settings that keep node labels from piling up (sigma's label grid shows at most a few labels per
 * cell, the biggest nodes first, and label-collision skips the ones that would still overlap), and reducers that delegate to the pure functions of state/.
 */
import EdgeCurveProgram, { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import type Graph from 'graphology';
import Sigma from 'sigma';
import { EdgeArrowProgram, EdgeRectangleProgram } from 'sigma/rendering';
import { viewerSettingsFor } from '../settings/viewer-settings';
import { edgeDisplay, nodeDisplay, type ReducerContext } from '../state';
import { createLabelDrawer, type LabelDrawer } from './label-collision';

export const LABEL_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

export function createRenderer(
  container: HTMLElement,
  graph: Graph,
  context: () => ReducerContext,
): { renderer: Sigma; labels: LabelDrawer } {
  const labels = createLabelDrawer();
  const renderer = new Sigma(graph, container, {
    defaultDrawNodeLabel: labels.draw,
    allowInvalidContainer: true,
    zIndex: true,
    labelFont: LABEL_FONT,
    edgeLabelFont: LABEL_FONT,
    labelSize: 13,
    edgeLabelSize: 11,
    labelWeight: '500',
    labelColor: { color: '#1f2937' },
    edgeLabelColor: { color: '#4b5563' },
    labelGridCellSize: 110,
    // By graph size (measured with `npm run bench`): edge labels and edge events on small graphs;
    // on large ones, edges and labels hidden while the camera moves and fewer labels per grid cell.
    // On the seed graph: a label per 110 px cell at most, none for nodes drawn under 6 px.
    ...viewerSettingsFor({ nodes: graph.order, edges: graph.size }),
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
