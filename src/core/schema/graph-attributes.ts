/**
 * The contract of the built graph (`dist/graph.json`, graphology's `graph.export()` format): the
 * attributes of its nodes, edges and the graph itself. Domain attributes, metrics and display
 * attributes are separate schemas because separate steps write them. GEXF attribute declarations are
 * derived from these schemas (see gexf-types.ts).
 */
import { z } from 'zod';
import { resolvedEvidence } from './evidence';
import { kindFields } from './entity';
import { dateOrUnknown, isoDay, partialDate } from './primitives';
import { entityKindIds, modalityIds, relationTypeIds, stanceTypeIds } from './vocabulary';

type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void
  ? I
  : never;
type KindSpecificShape = UnionToIntersection<(typeof kindFields)[keyof typeof kindFields]>;
/** Every kind's own fields on one shape: a node carries those of its kind. */
const kindSpecific = Object.assign({}, ...Object.values(kindFields)) as KindSpecificShape;

/** What the builder copies from the data onto each node. */
export const nodeDomainAttributes = z.object({
  label: z.string(),
  kind: z.enum(entityKindIds),
  aliases: z.array(z.string()),
  description: z.string().optional(),
  wikidata: z.string().optional(),
  note: z.string().optional(),
  ...kindSpecific,
});

/** What the metrics step computes. */
export const nodeMetricAttributes = z.object({
  inDegree: z.int(),
  outDegree: z.int(),
  /** Sum of |intensity| of the conflictual stances the node takes (intensity < 0). */
  conflict: z.number(),
  /** Sum of the intensity of the cooperative stances the node takes (intensity > 0). */
  cooperation: z.number(),
  /** The same sums over the stances that target the node or are addressed to it. */
  conflictReceived: z.number(),
  cooperationReceived: z.number(),
  /** Betweenness centrality on the undirected projection, normalised to 0…1 (sampled on large graphs). */
  betweenness: z.number(),
  /** Louvain community index (0 = largest), on the undirected graph weighted by edge count. */
  community: z.int(),
});

/** What the display step writes: sigma's and Gephi's viz attributes. */
export const displayAttributes = z.object({
  x: z.number(),
  y: z.number(),
  size: z.number(),
  color: z.string().regex(/^#[0-9a-f]{6}$/),
});

export const nodeAttributes = nodeDomainAttributes
  .extend(nodeMetricAttributes.shape)
  .extend(displayAttributes.shape);

export const edgeDomainAttributes = z.object({
  /** The relation or stance type id: "member_of", "demands". */
  relation: z.enum([...relationTypeIds, ...stanceTypeIds]),
  /** Human label: "member of", "demands", "not party to". */
  label: z.string(),
  category: z.enum(['relation', 'stance']),
  /** Stances: Goldstein-scale intensity, −10 (conflict) … +10 (cooperation). */
  intensity: z.number().optional(),
  /** Stances: CAMEO root code. */
  cameo: z.string().optional(),
  modality: z.enum(modalityIds).optional(),
  /** Relations: whether the source states that the relation does not hold. */
  negated: z.boolean().optional(),
  title: z.string().optional(),
  /** Stances: the date as known (2011, 2011-05, 2011-05-16). */
  date: partialDate.optional(),
  dateText: z.string().optional(),
  /** Relations: the validity period as written. */
  validFrom: partialDate.optional(),
  validUntil: partialDate.optional(),
  /** First and last day the edge covers on the timeline (GEXF start/end). */
  start: isoDay.optional(),
  end: isoDay.optional(),
  speaker: z.string().optional(),
  reportedBy: z.string().optional(),
  addressee: z.string().optional(),
  /** Ids of the sources of the evidence, sorted. */
  sources: z.array(z.string()),
  /** Independent sources: distinct publishers, each source of unknown publisher counting alone. */
  sourceCount: z.int(),
  evidence: z.array(resolvedEvidence),
  note: z.string().optional(),
});

export const edgeDisplayAttributes = z.object({
  color: z.string().regex(/^#[0-9a-f]{6}$/),
  size: z.number(),
});

export const edgeAttributes = edgeDomainAttributes.extend(edgeDisplayAttributes.shape);

export const sourceRecord = z.object({
  id: z.string(),
  title: z.string(),
  publisher: z.string().optional(),
  published: dateOrUnknown,
  language: z.string(),
  url: z.string().optional(),
  /** Path of the text under the data folder. */
  path: z.string(),
  note: z.string().optional(),
  /** The full text, so that a viewer can show each quote in context. */
  text: z.string(),
});

export const graphAttributes = z.object({
  name: z.string(),
  generator: z.string(),
  sources: z.array(sourceRecord),
});

export type NodeDomainAttributes = z.output<typeof nodeDomainAttributes>;
export type NodeMetricAttributes = z.output<typeof nodeMetricAttributes>;
export type DisplayAttributes = z.output<typeof displayAttributes>;
export type NodeAttributes = z.output<typeof nodeAttributes>;
export type EdgeDomainAttributes = z.output<typeof edgeDomainAttributes>;
export type EdgeDisplayAttributes = z.output<typeof edgeDisplayAttributes>;
export type EdgeAttributes = z.output<typeof edgeAttributes>;
export type SourceRecord = z.output<typeof sourceRecord>;
export type GraphAttributes = z.output<typeof graphAttributes>;
