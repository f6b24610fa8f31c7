/** The graph as filtered: the visible nodes and edges with all their attributes, for export. */
import type Graph from 'graphology';
import type { Visibility } from '../state';

export function filteredCopy(graph: Graph, visible: Visibility): Graph {
  const copy = graph.nullCopy();
  copy.replaceAttributes({ ...graph.getAttributes() });
  graph.forEachNode((node, attributes) => {
    if (visible.nodes.has(node)) copy.addNode(node, { ...attributes });
  });
  graph.forEachEdge((edge, attributes, source, target, _sa, _ta, undirected) => {
    if (!visible.edges.has(edge)) return;
    if (undirected) copy.addUndirectedEdgeWithKey(edge, source, target, { ...attributes });
    else copy.addDirectedEdgeWithKey(edge, source, target, { ...attributes });
  });
  return copy;
}
