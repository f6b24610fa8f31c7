/**
 * The graph the writers and the viewer read: the built graph's domain attributes with each node's
 * position and metrics and each element's style added, in that order (the order of graph.json's
 * fields). A new graph, so that every stage before it keeps the value it returned.
 */
import { MultiDirectedGraph } from 'graphology';
import type { DomainGraph, StanceGraph } from '../build';
import type { NodePositions } from '../layout';
import type { NodeMetrics } from '../metrics';
import type { GraphStyles } from '../style';

export function assembleGraph(
  domain: DomainGraph,
  metrics: NodeMetrics,
  positions: NodePositions,
  styles: GraphStyles,
): StanceGraph {
  const graph: StanceGraph = new MultiDirectedGraph({ allowSelfLoops: domain.allowSelfLoops });
  graph.replaceAttributes(domain.getAttributes());
  domain.forEachNode((node, attributes) => {
    graph.addNode(node, {
      ...attributes,
      ...positions.get(node)!,
      ...metrics.get(node)!,
      ...styles.nodes.get(node)!,
    });
  });
  domain.forEachEdge((edge, attributes, source, target) => {
    graph.addDirectedEdgeWithKey(edge, source, target, { ...attributes, ...styles.edges.get(edge)! });
  });
  return graph;
}
