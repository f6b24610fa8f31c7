/** The display step: colour, size and position of nodes, colour and size of edges. */
import type Graph from 'graphology';
import type { EdgeDomainAttributes, NodeDomainAttributes, NodeMetricAttributes } from '../schema';
import { assignLayout, type LayoutOptions } from './layout';
import { intensityColor, kindColor } from './palette';

export const MIN_NODE_SIZE = 3;
export const MAX_NODE_SIZE = 20;

/** Size by centrality: degree gives every node some weight, betweenness lifts the brokers. */
export function nodeSize(degree: number, betweenness: number, maxBetweenness: number): number {
  const byDegree = Math.log2(1 + degree) * 2;
  const byBetweenness = maxBetweenness > 0 ? Math.sqrt(betweenness / maxBetweenness) * 10 : 0;
  return Math.round(Math.min(MAX_NODE_SIZE, MIN_NODE_SIZE + byDegree + byBetweenness) * 100) / 100;
}

/** Thicker edges for claims with more evidence: 1, then half a unit per extra quote, up to 4. */
export function edgeSize(evidenceCount: number): number {
  return Math.min(4, 1 + 0.5 * Math.max(0, evidenceCount - 1));
}

/** Colours and sizes of nodes and edges (everything of the display step but the positions). */
export function assignStyles(graph: Graph): void {
  let maxBetweenness = 0;
  graph.forEachNode((_n, a) => {
    maxBetweenness = Math.max(maxBetweenness, (a as NodeMetricAttributes).betweenness ?? 0);
  });
  graph.forEachNode((node, a) => {
    const attrs = a as NodeDomainAttributes & Partial<NodeMetricAttributes>;
    graph.mergeNodeAttributes(node, {
      color: kindColor(attrs.kind),
      size: nodeSize(graph.degree(node), attrs.betweenness ?? 0, maxBetweenness),
    });
  });
  graph.forEachEdge((edge, a) => {
    const attrs = a as EdgeDomainAttributes;
    graph.mergeEdgeAttributes(edge, {
      color: intensityColor(attrs.intensity),
      size: edgeSize(attrs.evidence.length),
    });
  });
}

export function assignDisplay(graph: Graph, layout: LayoutOptions = { seed: 1 }): void {
  assignStyles(graph);
  assignLayout(graph, layout);
}
