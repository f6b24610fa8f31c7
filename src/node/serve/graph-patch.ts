/**
 * The difference between two builds of the graph, as a patch the page applies to the graph it
 * shows: nodes and edges added (with all their attributes), changed (only the attributes that
 * differ, and those that went) and removed; an edge whose ends changed is removed and added again.
 * The sources (graph attribute holding every text) travel as sources added, changed and removed.
 * Apply in this order: edges removed, nodes removed, nodes added and changed, edges added and changed.
 */
import { isDeepStrictEqual } from 'node:util';
import { displayAttributes, nodeMetricAttributes, type SourceRecord, type StanceGraph } from '../../core';

export interface AttributeChange {
  key: string;
  /** The attributes whose value changed, with their new value. */
  attributes: Record<string, unknown>;
  /** The attributes that are no longer set. */
  removed?: string[];
}

export interface GraphPatch {
  graph: {
    /** The graph's other attributes that changed (its name). */
    attributes: Record<string, unknown>;
    sources: { added: SourceRecord[]; changed: SourceRecord[]; removed: string[] };
  };
  nodes: {
    added: { key: string; attributes: Record<string, unknown> }[];
    changed: AttributeChange[];
    removed: string[];
  };
  edges: {
    added: { key: string; source: string; target: string; attributes: Record<string, unknown> }[];
    changed: AttributeChange[];
    removed: string[];
  };
}

function attributeChange(
  key: string,
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): AttributeChange | undefined {
  const attributes: Record<string, unknown> = {};
  const removed: string[] = [];
  for (const [name, value] of Object.entries(after))
    if (!isDeepStrictEqual(before[name], value)) attributes[name] = value;
  for (const name of Object.keys(before)) if (!(name in after)) removed.push(name);
  if (Object.keys(attributes).length === 0 && removed.length === 0) return undefined;
  return { key, attributes, ...(removed.length > 0 ? { removed } : {}) };
}

function sourcesPatch(before: SourceRecord[], after: SourceRecord[]): GraphPatch['graph']['sources'] {
  const old = new Map(before.map((s) => [s.id, s]));
  const added: SourceRecord[] = [];
  const changed: SourceRecord[] = [];
  for (const source of after) {
    const was = old.get(source.id);
    if (!was) added.push(source);
    else if (!isDeepStrictEqual(was, source)) changed.push(source);
    old.delete(source.id);
  }
  return { added, changed, removed: [...old.keys()] };
}

/**
 * What may have changed, when the caller knows: the edges and nodes whose records (or the sources
 * they cite) changed. Other edges are compared by their ends only, other nodes by the attributes
 * computed over the whole graph (position, metrics, style) only. Without a scope, all is compared.
 */
export interface DiffScope {
  edges: ReadonlySet<string>;
  nodes: ReadonlySet<string>;
}

/** Node attributes that depend on the whole graph, not on the node's record. */
const GLOBAL_NODE_ATTRIBUTES = [
  ...Object.keys(nodeMetricAttributes.shape),
  ...Object.keys(displayAttributes.shape),
];

function pick(attributes: Record<string, unknown>, names: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of names) if (name in attributes) out[name] = attributes[name];
  return out;
}

export function diffGraphs(before: StanceGraph, after: StanceGraph, scope?: DiffScope): GraphPatch {
  const { sources: oldSources, ...oldRest } = before.getAttributes();
  const { sources: newSources, ...newRest } = after.getAttributes();
  const patch: GraphPatch = {
    graph: {
      attributes: attributeChange('', oldRest, newRest)?.attributes ?? {},
      sources: sourcesPatch(oldSources, newSources),
    },
    nodes: { added: [], changed: [], removed: [] },
    edges: { added: [], changed: [], removed: [] },
  };
  after.forEachNode((key, attributes) => {
    if (!before.hasNode(key)) patch.nodes.added.push({ key, attributes });
    else {
      const old = before.getNodeAttributes(key);
      const change =
        !scope || scope.nodes.has(key)
          ? attributeChange(key, old, attributes)
          : attributeChange(key, pick(old, GLOBAL_NODE_ATTRIBUTES), pick(attributes, GLOBAL_NODE_ATTRIBUTES));
      if (change) patch.nodes.changed.push(change);
    }
  });
  before.forEachNode((key) => {
    if (!after.hasNode(key)) patch.nodes.removed.push(key);
  });
  after.forEachEdge((key, attributes, source, target) => {
    const same = before.hasEdge(key) && before.source(key) === source && before.target(key) === target;
    if (!same) {
      if (before.hasEdge(key)) patch.edges.removed.push(key);
      patch.edges.added.push({ key, source, target, attributes });
      return;
    }
    if (scope && !scope.edges.has(key)) return;
    const change = attributeChange(key, before.getEdgeAttributes(key), attributes);
    if (change) patch.edges.changed.push(change);
  });
  before.forEachEdge((key) => {
    if (!after.hasEdge(key)) patch.edges.removed.push(key);
  });
  return patch;
}

/** Whether the patch changes nothing. */
export function isEmptyPatch(patch: GraphPatch): boolean {
  const { graph, nodes, edges } = patch;
  return (
    Object.keys(graph.attributes).length === 0 &&
    graph.sources.added.length + graph.sources.changed.length + graph.sources.removed.length === 0 &&
    nodes.added.length + nodes.changed.length + nodes.removed.length === 0 &&
    edges.added.length + edges.changed.length + edges.removed.length === 0
  );
}

/** Applies a patch to a graph (what the page does), for tests and scripts. */
export function applyPatch(graph: StanceGraph, patch: GraphPatch): void {
  for (const key of patch.edges.removed) graph.dropEdge(key);
  for (const key of patch.nodes.removed) graph.dropNode(key);
  for (const { key, attributes } of patch.nodes.added) graph.addNode(key, attributes as never);
  for (const change of [...patch.nodes.changed]) {
    graph.mergeNodeAttributes(change.key, change.attributes as never);
    for (const name of change.removed ?? []) graph.removeNodeAttribute(change.key, name as never);
  }
  for (const { key, source, target, attributes } of patch.edges.added)
    graph.addDirectedEdgeWithKey(key, source, target, attributes as never);
  for (const change of patch.edges.changed) {
    graph.mergeEdgeAttributes(change.key, change.attributes as never);
    for (const name of change.removed ?? []) graph.removeEdgeAttribute(change.key, name as never);
  }
  const sources = new Map(graph.getAttribute('sources').map((s) => [s.id, s]));
  for (const id of patch.graph.sources.removed) sources.delete(id);
  for (const s of [...patch.graph.sources.changed, ...patch.graph.sources.added]) sources.set(s.id, s);
  graph.mergeAttributes({
    ...patch.graph.attributes,
    sources: [...sources.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
  });
}
