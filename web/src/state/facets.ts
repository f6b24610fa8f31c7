/** The values each filter can take in a graph, with how many elements carry each: the filter panel's rows. */
import type Graph from 'graphology';
import {
  edgeDays,
  edgeTypeOf,
  modalitiesOf,
  nodeKindOf,
  polarityOf,
  sourcesOf,
  type Polarity,
} from './filters';

export interface Facets {
  kinds: Map<string, number>;
  types: Map<string, number>;
  polarities: Map<Polarity, number>;
  modalities: Map<string, number>;
  sources: Map<string, number>;
  /** First and last ISO day of the dated edges; undefined when no edge carries a date. */
  dates: { min: string; max: string } | undefined;
}

function count<K>(map: Map<K, number>, key: K): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/** Maps in first-seen order would follow the file; sorted keys give a stable panel. */
function sorted<K extends string>(map: Map<K, number>): Map<K, number> {
  return new Map([...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export function computeFacets(graph: Graph): Facets {
  const kinds = new Map<string, number>();
  const types = new Map<string, number>();
  const polarities = new Map<Polarity, number>();
  const modalities = new Map<string, number>();
  const sources = new Map<string, number>();
  let min: string | undefined;
  let max: string | undefined;
  graph.forEachNode((_node, attributes) => {
    const kind = nodeKindOf(attributes);
    if (kind !== undefined) count(kinds, kind);
  });
  graph.forEachEdge((_edge, attributes) => {
    const type = edgeTypeOf(attributes);
    if (type !== undefined) count(types, type);
    count(polarities, polarityOf(attributes));
    for (const modality of modalitiesOf(attributes)) count(modalities, modality);
    for (const source of sourcesOf(attributes)) count(sources, source);
    const days = edgeDays(attributes);
    if (days) {
      if (min === undefined || days.start < min) min = days.start;
      if (max === undefined || days.end > max) max = days.end;
    }
  });
  return {
    kinds: sorted(kinds),
    types: sorted(types),
    polarities,
    modalities: sorted(modalities),
    sources: sorted(sources),
    dates: min !== undefined && max !== undefined ? { min, max } : undefined,
  };
}

const DAY_MS = 86_400_000;

/** Days from the epoch for an ISO day (UTC): the timeline slider's integer scale. */
export function dayNumber(isoDay: string): number {
  return Math.round(Date.parse(`${isoDay}T00:00:00Z`) / DAY_MS);
}

export function isoDayOf(dayNumber: number): string {
  return new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
}
