/**
 * Stage 6, style: the colour and size of every node and edge (sigma's and Gephi's viz attributes),
 * from the domain data and the metrics. Appearance only: nothing here changes what the data says.
 */
import type Graph from 'graphology';
import type { EdgeDomainAttributes, NodeDomainAttributes } from '../schema';
import type { NodeMetrics } from '../metrics';
import { edgeColor, kindColor } from './palette';

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

export interface Style {
  color: string;
  size: number;
}

export interface GraphStyles {
  nodes: Map<string, Style>;
  edges: Map<string, Style>;
}

export function computeStyles(
  graph: Graph<NodeDomainAttributes, EdgeDomainAttributes>,
  metrics: NodeMetrics,
): GraphStyles {
  let maxBetweenness = 0;
  for (const m of metrics.values()) maxBetweenness = Math.max(maxBetweenness, m.betweenness);
  const nodes = new Map<string, Style>();
  graph.forEachNode((node, attrs) => {
    nodes.set(node, {
      color: kindColor(attrs.kind),
      size: nodeSize(graph.degree(node), metrics.get(node)?.betweenness ?? 0, maxBetweenness),
    });
  });
  const edges = new Map<string, Style>();
  graph.forEachEdge((edge, attrs) => {
    edges.set(edge, { color: edgeColor(attrs.position), size: edgeSize(attrs.evidence.length) });
  });
  return { nodes, edges };
}
