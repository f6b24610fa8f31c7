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
import { attribution } from './attribution';
import { entityKindIds, positionIds, relationTypeIds, stanceTypeIds } from './vocabulary';

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
  /** Conflict the node takes part in as an actor: the sum of |interaction| of its negative interactions (see analysis/interactions). */
  conflict: z.number(),
  /** Cooperation it takes part in as an actor: the sum of its positive interactions. */
  cooperation: z.number(),
  /** The same sums over the interactions the node receives as a recipient. */
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
  /** Human label: "member of", "demands", "not party to", "denies a threat from". */
  label: z.string(),
  category: z.enum(['relation', 'stance']),
  /** Stances: CAMEO event code of the type (2 to 4 digits). */
  cameo: z.string().optional(),
  /** Stances: the code's Goldstein value, −10 (conflict) … +10 (cooperation). */
  goldstein: z.number().optional(),
  /** Stances: CAMEO quad class, 1 verbal cooperation … 4 material conflict. */
  quadClass: z.int().optional(),
  /** Stances: where the actor stands on the target, the type's default unless the coder said otherwise. */
  position: z.enum(positionIds).optional(),
  /** Stances: the Goldstein value as it counts between actor and recipients (modality rules; 0 for background). */
  interaction: z.number().optional(),
  /** The source states that the relation does not hold, or the words deny the stance's act. */
  negated: z.boolean().optional(),
  /** Stances: the content is hedged ("could", "may"). */
  hedged: z.boolean().optional(),
  /** Stances: the narrator's background claim, left out of counts. */
  background: z.boolean().optional(),
  /** Stances: the condition the stance depends on, in words. */
  condition: z.string().optional(),
  /** Stances: the stance the condition is, when it is one. */
  conditionStance: z.string().optional(),
  /** Stances: the actors the act is aimed at. */
  recipient: z.array(z.string()).optional(),
  /** Stances: to whom or where it was said, in words, and the entity when it is one. */
  audience: z.string().optional(),
  audienceEntity: z.string().optional(),
  /** Who reports the claim, one entry per report, with the report's date (the narrator's own account: none). */
  reportedBy: z.array(attribution).optional(),
  /** Stances: the stance this one answers. */
  inReplyTo: z.string().optional(),
  /** Stances: the statement this one is drawn from (the stance's own id when none is given). */
  utterance: z.string().optional(),
  title: z.string().optional(),
  /** Stances: the date of the act as known (2011, 2011-05, 2011-05-16). */
  date: partialDate.optional(),
  dateText: z.string().optional(),
  /** Relations: the validity period as written. */
  validFrom: partialDate.optional(),
  validUntil: partialDate.optional(),
  /** First and last day the edge covers on the timeline (GEXF start/end). */
  start: isoDay.optional(),
  end: isoDay.optional(),
  speaker: z.string().optional(),
  /** Ids of the sources of the evidence, sorted. */
  sources: z.array(z.string()),
  /** Independent sources: distinct origins (the wire or first publisher), else publishers, else sources. */
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
  origin: z.string().optional(),
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
