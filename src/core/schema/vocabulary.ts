/**
 * The controlled vocabulary: entity kinds, relation types, stance types with their CAMEO codes,
 * Goldstein values and default positions, and how modality weighs in the interaction network.
 *
 * Everything else (the zod schemas, the JSON Schema for editors, validation of relation ends, the
 * graph's edge labels, CAMEO codes and intensities, the README's reference) is derived from these
 * tables, so adding a stance type or a relation type is one entry here.
 */

export interface EntityKindSpec {
  /** Human label, shown in the legend and the README. */
  readonly label: string;
  readonly description: string;
}

export const entityKinds = {
  state: { label: 'State', description: 'A sovereign state: Russia, the United States.' },
  organization: {
    label: 'International organisation or alliance',
    description: 'NATO, the United Nations, the European Union.',
  },
  government_body: {
    label: 'Government body',
    description: 'A ministry, parliament, agency or office: the Russian Foreign Ministry, the State Duma.',
  },
  person: { label: 'Person', description: 'An official, politician or other individual.' },
  treaty: { label: 'Treaty or agreement', description: 'New START, the ABM Treaty.' },
  weapon_system: {
    label: 'Weapon system or programme',
    description: 'A weapon, a defence system or a programme to build one: the U.S.-led missile shield.',
  },
  issue: {
    label: 'Issue or concept',
    description:
      'What stances are about when it is not an actor: "legally binding guarantees", "arms race", "jointly operated missile shield".',
  },
  place: { label: 'Place', description: 'A region, city or geographic feature: the Urals.' },
} as const satisfies Record<string, EntityKindSpec>;

export type EntityKind = keyof typeof entityKinds;
export const entityKindIds = Object.keys(entityKinds) as [EntityKind, ...EntityKind[]];

/** The kinds that can act: take a stance, be addressed, speak, report. */
export const actorKinds = [
  'state',
  'organization',
  'government_body',
  'person',
] as const satisfies readonly EntityKind[];
const allKinds = entityKindIds;
const allButPeople = entityKindIds.filter((k) => k !== 'person');

export interface RelationTypeSpec {
  readonly label: string;
  /** Label when the relation is stated not to hold (`negated: true`). */
  readonly negatedLabel: string;
  readonly description: string;
  /** Kinds allowed at the `from` end. */
  readonly from: readonly EntityKind[];
  /** Kinds allowed at the `to` end. */
  readonly to: readonly EntityKind[];
  /** Whether the relation needs a `title` (the office held, the post). */
  readonly title?: 'required' | 'optional';
}

export const relationTypes = {
  member_of: {
    label: 'member of',
    negatedLabel: 'not a member of',
    description: 'A state or organisation belongs to an organisation or alliance.',
    from: ['state', 'organization'],
    to: ['organization'],
  },
  party_to: {
    label: 'party to',
    negatedLabel: 'not party to',
    description: 'A state or organisation has signed or ratified a treaty.',
    from: ['state', 'organization'],
    to: ['treaty'],
  },
  holds_office_in: {
    label: 'holds office in',
    negatedLabel: 'does not hold office in',
    description: 'A person holds an office (the `title`) in a state, organisation or government body.',
    from: ['person'],
    to: ['state', 'organization', 'government_body'],
    title: 'required',
  },
  speaks_for: {
    label: 'speaks for',
    negatedLabel: 'does not speak for',
    description: 'A person or body is entitled to speak for a state, organisation or body.',
    from: ['person', 'government_body'],
    to: ['state', 'organization', 'government_body'],
  },
  envoy_to: {
    label: 'envoy to',
    negatedLabel: 'not envoy to',
    description:
      'A person represents their principal to a state or organisation (the `title` names the post).',
    from: ['person'],
    to: ['state', 'organization'],
    title: 'optional',
  },
  leads: {
    label: 'leads',
    negatedLabel: 'does not lead',
    description: 'An actor leads a programme, organisation, body or effort (the "U.S.-led" shield).',
    from: actorKinds,
    to: ['organization', 'government_body', 'weapon_system', 'issue'],
  },
  develops: {
    label: 'develops',
    negatedLabel: 'does not develop',
    description: 'An actor builds or deploys a weapon system or programme.',
    from: actorKinds,
    to: ['weapon_system'],
  },
  part_of: {
    label: 'part of',
    negatedLabel: 'not part of',
    description:
      'A component of a larger whole: a ministry of a state, a region of a country, an element of a system.',
    from: allButPeople,
    to: allButPeople,
  },
  concerns: {
    label: 'concerns',
    negatedLabel: 'does not concern',
    description:
      'An issue or treaty is about an entity ("a jointly operated shield" concerns the missile shield).',
    from: ['issue', 'treaty'],
    to: allKinds,
  },
  restricts: {
    label: 'restricts',
    negatedLabel: 'does not restrict',
    description: 'A treaty or agreement limits an actor, weapon system or activity.',
    from: ['treaty'],
    to: allKinds,
  },
  improves: {
    label: 'improves',
    negatedLabel: 'does not improve',
    description:
      'Something has improved a relationship or situation (New START improved Russia–U.S. relations).',
    from: ['treaty', 'issue', 'weapon_system', 'organization'],
    to: ['issue'],
  },
  reaches: {
    label: 'reaches',
    negatedLabel: 'does not reach',
    description:
      "A weapon system's range covers a place, state or region (the shield's range reaches the Urals).",
    from: ['weapon_system'],
    to: ['place', 'state', 'organization'],
  },
  negotiates_with: {
    label: 'negotiates with',
    negatedLabel: 'does not negotiate with',
    description: 'Two actors are in talks or a joint effort (say on what in the note).',
    from: actorKinds,
    to: actorKinds,
  },
} as const satisfies Record<string, RelationTypeSpec>;

export type RelationType = keyof typeof relationTypes;
export const relationTypeIds = Object.keys(relationTypes) as [RelationType, ...RelationType[]];

/** Where an actor stands on a stance's target: DNA's agreement qualifier, with a neutral third value. */
export const positions = {
  for: 'The actor agrees with the target: wants it, backs it, asks for it.',
  against: 'The actor disagrees with the target: rejects it, opposes it, fears it.',
  neutral: 'The actor takes no side on the target (considers it, comments on it, reassures about it).',
} as const;
export type Position = keyof typeof positions;
export const positionIds = Object.keys(positions) as [Position, ...Position[]];

/**
 * A stance type, coded as an event in CAMEO (Schrodt, "CAMEO Conflict and Mediation Event
 * Observations Event and Actor Codebook", version 1.1b3, 2012) at the depth that fits, 2 to 4 digits,
 * with that code's value on the Goldstein scale (Goldstein, "A Conflict-Cooperation Scale for WEIS
 * Events Data", Journal of Conflict Resolution 36(2), 1992), −10 conflict … +10 cooperation, as
 * GDELT's lookup table CAMEO.goldsteinscale.txt gives it per code. `position` is where a stance of
 * the type puts its actor by default; a type without one makes the coder say it on every stance.
 */
export interface StanceTypeSpec {
  readonly label: string;
  /** Label when the words deny the act (`negated: true`): "denies perceiving a threat from". */
  readonly negatedLabel: string;
  readonly description: string;
  /** CAMEO event code, 2 to 4 digits. */
  readonly cameo: string;
  readonly cameoLabel: string;
  /** The code's Goldstein value, −10 … +10. */
  readonly goldstein: number;
  readonly position?: Position;
}

export const stanceTypes = {
  asserts: {
    label: 'asserts',
    negatedLabel: 'denies',
    description: 'States a position or a fact as the actor sees it; say the position.',
    cameo: '010',
    cameoLabel: 'Make statement, not specified below',
    goldstein: 0,
  },
  warns: {
    label: 'warns',
    negatedLabel: 'does not warn',
    description:
      'Warns of consequences without threatening an act of its own; say whether the actor is for or against what it warns about.',
    cameo: '012',
    cameoLabel: 'Make pessimistic comment',
    goldstein: -0.4,
  },
  considers: {
    label: 'agrees to consider',
    negatedLabel: 'refuses to consider',
    description: 'Agrees to consider a proposal or policy option, without accepting it.',
    cameo: '014',
    cameoLabel: 'Consider policy option',
    goldstein: 0,
    position: 'neutral',
  },
  proposes: {
    label: 'proposes',
    negatedLabel: 'does not propose',
    description: 'Offers or proposes cooperation, a plan or a deal.',
    cameo: '03',
    cameoLabel: 'Express intent to cooperate',
    goldstein: 4,
    position: 'for',
  },
  agrees: {
    label: 'agrees',
    negatedLabel: 'does not agree',
    description: 'Accepts a proposal or joins a position.',
    cameo: '05',
    cameoLabel: 'Engage in diplomatic cooperation',
    goldstein: 3.5,
    position: 'for',
  },
  supports: {
    label: 'supports',
    negatedLabel: 'does not support',
    description: 'Endorses or backs a policy, actor or position.',
    cameo: '051',
    cameoLabel: 'Praise or endorse',
    goldstein: 3.4,
    position: 'for',
  },
  demands: {
    label: 'demands',
    negatedLabel: 'does not demand',
    description: 'Demands, insists on or asks for something from another actor.',
    cameo: '10',
    cameoLabel: 'Demand',
    goldstein: -5,
    position: 'for',
  },
  criticizes: {
    label: 'criticizes',
    negatedLabel: 'does not criticize',
    description: 'Criticises, denounces or expresses disappointment.',
    cameo: '111',
    cameoLabel: 'Criticize or denounce',
    goldstein: -2,
    position: 'against',
  },
  perceives_threat: {
    label: 'perceives a threat from',
    negatedLabel: 'denies a threat from',
    description: 'Considers something a threat to itself, or views it with suspicion.',
    cameo: '11',
    cameoLabel: 'Disapprove',
    goldstein: -2,
    position: 'against',
  },
  opposes: {
    label: 'opposes',
    negatedLabel: 'does not oppose',
    description: 'Opposes a policy, plan or actor.',
    cameo: '11',
    cameoLabel: 'Disapprove',
    goldstein: -2,
    position: 'against',
  },
  rejects: {
    label: 'rejects',
    negatedLabel: 'does not reject',
    description: 'Rejects a demand, proposal or request.',
    cameo: '12',
    cameoLabel: 'Reject',
    goldstein: -4,
    position: 'against',
  },
  threatens: {
    label: 'threatens',
    negatedLabel: 'does not threaten',
    description:
      'Threatens an act of its own (to deploy weapons, to withdraw from a treaty); say whether the actor is for or against what the threat is about.',
    cameo: '13',
    cameoLabel: 'Threaten',
    goldstein: -6,
  },
} as const satisfies Record<string, StanceTypeSpec>;

export type StanceType = keyof typeof stanceTypes;
export const stanceTypeIds = Object.keys(stanceTypes) as [StanceType, ...StanceType[]];

/** The position a stance of this type takes by default, if the type has one. */
export function defaultPosition(type: StanceType): Position | undefined {
  return (stanceTypes[type] as StanceTypeSpec).position;
}

/**
 * CAMEO's four quad classes, as GDELT's event codebook groups the root codes: verbal cooperation
 * (01–05), material cooperation (06–08), verbal conflict (09–13), material conflict (14–20).
 */
export const quadClasses = {
  1: 'Verbal cooperation',
  2: 'Material cooperation',
  3: 'Verbal conflict',
  4: 'Material conflict',
} as const;
export type QuadClass = keyof typeof quadClasses;

export function quadClassOf(cameo: string): QuadClass {
  const root = Number(cameo.slice(0, 2));
  return root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
}

/**
 * How a stance counts in the interaction network (actor → recipient, CAMEO's event view): its type's
 * Goldstein value times these factors. Background claims are left out; words that deny the act make
 * it count zero, so a denial never counts as conflict; a hedge ("could", "may") or a real condition
 * halves it (both: a quarter); a report by a third party counts as the act itself.
 */
export const interactionWeights = {
  negated: 0,
  hedged: 0.5,
  conditional: 0.5,
  reported: 1,
} as const;

/** What the interaction weight of a stance depends on. */
export interface InteractionModality {
  negated: boolean;
  hedged: boolean;
  conditional: boolean;
  background: boolean;
}

/** A stance's weight in the interaction network: its Goldstein value under the rules above. */
export function interactionWeight(goldstein: number, m: InteractionModality): number {
  if (m.background) return 0;
  let weight = goldstein;
  if (m.negated) weight *= interactionWeights.negated;
  if (m.hedged) weight *= interactionWeights.hedged;
  if (m.conditional) weight *= interactionWeights.conditional;
  // −0 would print as 0 but compare apart in tests and tables.
  return weight === 0 ? 0 : Math.round(weight * 1000) / 1000;
}

/** The one attribution id that is not an entity: the article's own narrator. */
export const NARRATOR = 'narrator';

/** Which kinds may fill each role of a stance. */
export const stanceRoles = {
  actor: actorKinds,
  speaker: ['person', 'government_body'],
  target: allKinds,
  recipient: actorKinds,
  audience: actorKinds,
  reportedBy: actorKinds,
  via: actorKinds,
} as const satisfies Record<string, readonly EntityKind[]>;
