/**
 * Makes any graph drawable while keeping what the file says: colours and sizes in the file stay;
 * what is missing is filled in (colour by kind, size by degree, positions by repairPositions). The
 * built stancegraph graph has all of it already and passes through unchanged.
 */
import type Graph from 'graphology';
import { kindColor, nodeSize } from 'stancegraph';
import { repairPositions, type PositionRepair } from './positions';

function finiteNonNegative(value: unknown): boolean {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

export function prepareGraph(graph: Graph): PositionRepair {
  const repair = repairPositions(graph);
  graph.forEachNode((node, attributes) => {
    const patch: Record<string, unknown> = {};
    if (typeof attributes.color !== 'string' || attributes.color === '') {
      patch.color = kindColor(typeof attributes.kind === 'string' ? attributes.kind : '');
    }
    if (!finiteNonNegative(attributes.size) || attributes.size === 0)
      patch.size = nodeSize(graph.degree(node), 0, 0);
    if (Object.keys(patch).length > 0) graph.mergeNodeAttributes(node, patch);
  });
  graph.forEachEdge((edge, attributes) => {
    // GEXF carries edge width as viz:thickness, which graphology-gexf reads as `thickness`.
    if (!finiteNonNegative(attributes.size) && finiteNonNegative(attributes.thickness)) {
      graph.setEdgeAttribute(edge, 'size', attributes.thickness);
    }
  });
  return repair;
}

/** Whether the graph is one `stancegraph build` wrote (its schema-typed GEXF columns apply). */
export function isStancegraph(graph: Graph): boolean {
  return graph.getAttribute('generator') === 'stancegraph';
}
