/**
 * Dataset → graphology MultiDirectedGraph with the domain attributes only (no metrics, no display).
 * Node key = entity id; edge key = relation or stance id, so parallel stances stay separate edges.
 */
import { MultiDirectedGraph } from 'graphology';
import type {
  EdgeAttributes,
  EdgeDomainAttributes,
  GraphAttributes,
  NodeAttributes,
  NodeDomainAttributes,
  ResolvedEvidence,
  SourceRecord,
} from '../schema';
import {
  firstDay,
  interactionWeight,
  lastDay,
  quadClassOf,
  relationTypes,
  stanceTypes,
  type StanceTypeSpec,
} from '../schema';
import type { Dataset, ResolvedRelation, ResolvedStance, SourceWithText } from '../validate';

/** The graph the writers and the viewer read: domain attributes with positions, metrics and styles (pipeline/assemble.ts). */
export type StanceGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;
/** The graph right after the build step. */
export type DomainGraph = MultiDirectedGraph<NodeDomainAttributes, EdgeDomainAttributes, GraphAttributes>;

export const GENERATOR = 'stancegraph';

/** Copies only the fields that are set, so that absent optional fields stay absent in the JSON. */
function defined<T extends object>(value: T): T {
  const out = {} as T;
  for (const key of Object.keys(value) as (keyof T)[]) if (value[key] !== undefined) out[key] = value[key];
  return out;
}

function sourceRecord(source: SourceWithText): SourceRecord {
  const { text: path, content, ...rest } = source;
  return defined({ ...rest, path, text: content });
}

/** What makes sources independent: their origin (the wire), else their publisher, else each on its own. */
export function originOf(
  source: { id: string; origin?: string; publisher?: string } | undefined,
  id: string,
): string {
  return source?.origin ?? source?.publisher ?? `source:${id}`;
}

/** Sorted ids of the sources behind the evidence, and how many independent origins they come from. */
function provenance(
  evidence: readonly ResolvedEvidence[],
  sources: Map<string, SourceWithText>,
): { sources: string[]; sourceCount: number } {
  const ids = [...new Set(evidence.map((e) => e.source))].sort();
  const origins = new Set(ids.map((id) => originOf(sources.get(id), id)));
  return { sources: ids, sourceCount: origins.size };
}

function relationAttributes(r: ResolvedRelation, sources: Map<string, SourceWithText>): EdgeDomainAttributes {
  const spec = relationTypes[r.type];
  return defined({
    relation: r.type,
    label: r.negated ? spec.negatedLabel : spec.label,
    category: 'relation' as const,
    negated: r.negated,
    reportedBy: r.reportedBy,
    title: r.title,
    validFrom: r.period?.start,
    validUntil: r.period?.end,
    start: r.period?.start === undefined ? undefined : firstDay(r.period.start),
    end: r.period?.end === undefined ? undefined : lastDay(r.period.end),
    ...provenance(r.evidence, sources),
    evidence: r.evidence,
    note: r.note,
  });
}

function stanceAttributes(s: ResolvedStance, sources: Map<string, SourceWithText>): EdgeDomainAttributes {
  const spec: StanceTypeSpec = stanceTypes[s.type];
  const condition =
    s.condition === undefined ? undefined : typeof s.condition === 'string' ? s.condition : s.condition.text;
  const audience =
    s.audience === undefined ? undefined : typeof s.audience === 'string' ? { text: s.audience } : s.audience;
  return defined({
    relation: s.type,
    label: s.negated ? spec.negatedLabel : spec.label,
    category: 'stance' as const,
    cameo: spec.cameo,
    goldstein: spec.goldstein,
    quadClass: quadClassOf(spec.cameo),
    position: s.position ?? spec.position,
    interaction: interactionWeight(spec.goldstein, {
      negated: s.negated,
      hedged: s.hedged,
      conditional: s.condition !== undefined,
      background: s.background,
    }),
    negated: s.negated,
    hedged: s.hedged,
    background: s.background,
    condition,
    conditionStance: typeof s.condition === 'object' ? s.condition.stance : undefined,
    recipient: s.recipient,
    audience: audience?.text,
    audienceEntity: audience?.entity,
    reportedBy: s.reportedBy,
    inReplyTo: s.inReplyTo,
    utterance: s.utterance ?? s.id,
    date: s.date,
    dateText: s.dateText,
    start: s.date === undefined ? undefined : firstDay(s.date),
    end: s.date === undefined ? undefined : lastDay(s.date),
    speaker: s.speaker,
    ...provenance(s.evidence, sources),
    evidence: s.evidence,
    note: s.note,
  });
}

export function buildGraph(dataset: Dataset, name = 'stancegraph'): DomainGraph {
  const graph: DomainGraph = new MultiDirectedGraph({ allowSelfLoops: true });
  graph.replaceAttributes({ name, generator: GENERATOR, sources: dataset.sources.map(sourceRecord) });
  for (const entity of dataset.entities) {
    const { id, ...fields } = entity;
    graph.addNode(id, defined(fields) as NodeDomainAttributes);
  }
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  // Relations and stances share one sorted key space, so edge order does not depend on the files.
  const edges: [string, string, string, EdgeDomainAttributes][] = [
    ...dataset.relations.map((r): [string, string, string, EdgeDomainAttributes] => [
      r.id,
      r.from,
      r.to,
      relationAttributes(r, sources),
    ]),
    ...dataset.stances.map((s): [string, string, string, EdgeDomainAttributes] => [
      s.id,
      s.actor,
      s.target,
      stanceAttributes(s, sources),
    ]),
  ].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  for (const [key, from, to, attributes] of edges) graph.addDirectedEdgeWithKey(key, from, to, attributes);
  return graph;
}
