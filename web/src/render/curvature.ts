/**
 * Curvature of parallel edges, so that none hides another: @sigma/edge-curve's
 * indexParallelEdgesIndex numbers the edges between each pair of nodes, and each index gets a
 * curvature that grows with the number of parallels (as in sigma's parallel-edges example). The
 * index runs on a copy holding only the structure: the data graph keeps no display-only attributes
 * (they would travel into the GEXF export and the panel).
 */
import type Graph from 'graphology';
import { DEFAULT_EDGE_CURVATURE, indexParallelEdgesIndex } from '@sigma/edge-curve';
import { viewerSettings } from '../settings';

export function curvatureFor(index: number, maxIndex: number): number {
  if (maxIndex <= 0 || index === 0) return 0;
  if (index < 0) return -curvatureFor(-index, maxIndex);
  const amplitude = viewerSettings.parallelEdgeSpread;
  const maxCurvature = amplitude * (1 - Math.exp(-maxIndex / amplitude)) * DEFAULT_EDGE_CURVATURE;
  return (maxCurvature * index) / maxIndex;
}

export function parallelEdgeCurvatures(graph: Graph): Map<string, number> {
  const curvatures = new Map<string, number>();
  // Only a simple undirected graph cannot have two edges between one pair of nodes.
  if (!graph.multi && graph.type === 'undirected') return curvatures;
  const structure = graph.nullCopy();
  graph.forEachNode((node) => structure.addNode(node));
  graph.forEachEdge((edge, _a, source, target, _sa, _ta, undirected) => {
    if (undirected) structure.addUndirectedEdgeWithKey(edge, source, target);
    else structure.addDirectedEdgeWithKey(edge, source, target);
  });
  indexParallelEdgesIndex(structure as never, {
    edgeIndexAttribute: 'parallelIndex',
    edgeMinIndexAttribute: 'parallelMinIndex',
    edgeMaxIndexAttribute: 'parallelMaxIndex',
  });
  structure.forEachEdge((edge, a) => {
    const index = a.parallelIndex;
    const max = a.parallelMaxIndex;
    if (typeof index === 'number' && typeof max === 'number') {
      const curvature = curvatureFor(index, max);
      if (curvature !== 0) curvatures.set(edge, curvature);
    }
  });
  return curvatures;
}
