/**
 * Filters: which nodes and edges stay in the drawing, the search and the panels. Pure functions over
 * a graphology graph, so that the same rules run in the browser and in the unit tests.
 *
 * Every filter is a list of HIDDEN values, so that the empty state shows everything and a value the
 * URL has never heard of (a new stance type, another file's kinds) is shown by default.
 */
import type Graph from 'graphology';
import type { Attributes } from 'graphology-types';

/** Where a stance puts its actor on its target; relations (no position) apart. */
export type Polarity = 'for' | 'against' | 'neutral' | 'relation';
export const POLARITIES: readonly Polarity[] = ['for', 'against', 'neutral', 'relation'];

/** How a stance was said: its modality flags, or `asserted` when it has none. */
export const MODALITIES = ['asserted', 'negated', 'hedged', 'conditional', 'reported', 'background'] as const;

export interface FilterState {
  hiddenKinds: readonly string[];
  hiddenTypes: readonly string[];
  hiddenPolarities: readonly Polarity[];
  hiddenModalities: readonly string[];
  hiddenSources: readonly string[];
  /** Inclusive ISO days; undefined = open. */
  dateFrom?: string | undefined;
  dateTo?: string | undefined;
}

export const EMPTY_FILTERS: FilterState = {
  hiddenKinds: [],
  hiddenTypes: [],
  hiddenPolarities: [],
  hiddenModalities: [],
  hiddenSources: [],
};

/** The node facet: stancegraph's `kind`; foreign graphs without it fall in one bucket. */
export function nodeKindOf(attributes: Attributes): string | undefined {
  return typeof attributes.kind === 'string' ? attributes.kind : undefined;
}

/** The edge facet: stancegraph's `relation` (type id), else a GEXF edge `kind`. */
export function edgeTypeOf(attributes: Attributes): string | undefined {
  if (typeof attributes.relation === 'string') return attributes.relation;
  return typeof attributes.kind === 'string' ? attributes.kind : undefined;
}

export function polarityOf(attributes: Attributes): Polarity {
  const position = attributes.position;
  return position === 'for' || position === 'against' || position === 'neutral' ? position : 'relation';
}

/** A stance's modalities (several may hold); none for a relation. */
export function modalitiesOf(attributes: Attributes): string[] {
  if (attributes.category !== 'stance') return [];
  const found: string[] = [];
  if (attributes.negated === true) found.push('negated');
  if (attributes.hedged === true) found.push('hedged');
  if (typeof attributes.condition === 'string' || typeof attributes.conditionStance === 'string')
    found.push('conditional');
  if (Array.isArray(attributes.reportedBy) && attributes.reportedBy.some((r) => r?.by !== 'narrator'))
    found.push('reported');
  if (attributes.background === true) found.push('background');
  return found.length > 0 ? found : ['asserted'];
}

export function sourcesOf(attributes: Attributes): string[] {
  const sources = attributes.sources;
  return Array.isArray(sources) ? sources.filter((s): s is string => typeof s === 'string') : [];
}

/** The days an edge covers, from its `start`/`end` (ISO days); undefined when undated. */
export function edgeDays(attributes: Attributes): { start: string; end: string } | undefined {
  const start = isoDay(attributes.start);
  const end = isoDay(attributes.end);
  if (start === undefined && end === undefined) return undefined;
  return { start: start ?? end!, end: end ?? start! };
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
function isoDay(value: unknown): string | undefined {
  return typeof value === 'string' && ISO_DAY.test(value) ? value : undefined;
}

/** Whether any filter that acts on edges is set: then nodes left with no visible edge go too. */
export function hasEdgeFilters(filters: FilterState): boolean {
  return (
    filters.hiddenTypes.length > 0 ||
    filters.hiddenPolarities.length > 0 ||
    filters.hiddenModalities.length > 0 ||
    filters.hiddenSources.length > 0 ||
    filters.dateFrom !== undefined ||
    filters.dateTo !== undefined
  );
}

/** The edge's own tests (not its ends'). Undated edges, and relations without modality, pass the date and modality tests. */
export function edgePasses(attributes: Attributes, filters: FilterState): boolean {
  const type = edgeTypeOf(attributes);
  if (type !== undefined && filters.hiddenTypes.includes(type)) return false;
  if (filters.hiddenPolarities.includes(polarityOf(attributes))) return false;
  if (modalitiesOf(attributes).some((m) => filters.hiddenModalities.includes(m))) return false;
  const sources = sourcesOf(attributes);
  if (sources.length > 0 && sources.every((s) => filters.hiddenSources.includes(s))) return false;
  const days = edgeDays(attributes);
  if (days !== undefined) {
    // ISO days compare as strings. An edge stays while any of its days lies in the range.
    if (filters.dateFrom !== undefined && days.end < filters.dateFrom) return false;
    if (filters.dateTo !== undefined && days.start > filters.dateTo) return false;
  }
  return true;
}

export function nodePasses(attributes: Attributes, filters: FilterState): boolean {
  const kind = nodeKindOf(attributes);
  return kind === undefined || !filters.hiddenKinds.includes(kind);
}

export interface Visibility {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

/**
 * What stays: a node of a shown kind, and an edge that passes its own tests between two such nodes.
 * When an edge filter is set, a node that had edges but keeps none goes too (filtering by source
 * should not leave the actors of other articles floating); a node that never had edges stays.
 */
export function computeVisibility(graph: Graph, filters: FilterState): Visibility {
  const nodes = new Set<string>();
  graph.forEachNode((node, attributes) => {
    if (nodePasses(attributes, filters)) nodes.add(node);
  });
  const edges = new Set<string>();
  graph.forEachEdge((edge, attributes, source, target) => {
    if (nodes.has(source) && nodes.has(target) && edgePasses(attributes, filters)) edges.add(edge);
  });
  if (hasEdgeFilters(filters)) {
    const kept = new Set<string>();
    for (const edge of edges) {
      kept.add(graph.source(edge));
      kept.add(graph.target(edge));
    }
    for (const node of [...nodes]) if (graph.degree(node) > 0 && !kept.has(node)) nodes.delete(node);
  }
  return { nodes, edges };
}

/** "17 of 23 nodes, 30 of 41 edges" (singular for one). */
export function formatCounts(visible: Visibility, graph: Graph): string {
  const part = (shown: number, total: number, noun: string) =>
    `${shown} of ${total} ${noun}${total === 1 ? '' : 's'}`;
  return `${part(visible.nodes.size, graph.order, 'node')}, ${part(visible.edges.size, graph.size, 'edge')}`;
}

/** Adds or removes one value of a hidden list, keeping the list sorted (stable URLs). */
export function toggleHidden<T extends string>(list: readonly T[], value: T, hidden: boolean): T[] {
  const rest = list.filter((v) => v !== value);
  return hidden ? [...rest, value].sort() : rest;
}
