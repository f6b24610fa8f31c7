/**
 * The controlled vocabulary: entity kinds, relation types, stance types and modalities.
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
} as const satisfies Record<string, RelationTypeSpec>;

export type RelationType = keyof typeof relationTypes;
export const relationTypeIds = Object.keys(relationTypes) as [RelationType, ...RelationType[]];

/**
 * A stance type: CAMEO root code (Schrodt's Conflict and Mediation Event Observations) and a signed
 * intensity on the Goldstein scale, −10 (conflict) to +10 (cooperation), taken at the root level.
 */
export interface StanceTypeSpec {
  readonly label: string;
  readonly description: string;
  /** CAMEO root code, two digits. */
  readonly cameo: string;
  readonly cameoLabel: string;
  /** Goldstein-scale intensity, −10 … +10. */
  readonly intensity: number;
}

export const stanceTypes = {
  asserts: {
    label: 'asserts',
    description: 'States a position or a fact as the actor sees it.',
    cameo: '01',
    cameoLabel: 'Make public statement',
    intensity: 0,
  },
  warns: {
    label: 'warns',
    description:
      'Warns of consequences without threatening an act of its own (CAMEO 012, pessimistic comment).',
    cameo: '01',
    cameoLabel: 'Make public statement',
    intensity: -2,
  },
  proposes: {
    label: 'proposes',
    description: 'Offers or proposes cooperation, a plan or a deal.',
    cameo: '03',
    cameoLabel: 'Express intent to cooperate',
    intensity: 4,
  },
  agrees: {
    label: 'agrees',
    description: 'Accepts a proposal, or agrees to consider or negotiate it.',
    cameo: '05',
    cameoLabel: 'Engage in diplomatic cooperation',
    intensity: 3.5,
  },
  supports: {
    label: 'supports',
    description: 'Endorses or backs a policy, actor or position.',
    cameo: '05',
    cameoLabel: 'Engage in diplomatic cooperation',
    intensity: 3.5,
  },
  demands: {
    label: 'demands',
    description: 'Demands, insists on or asks for something from another actor.',
    cameo: '10',
    cameoLabel: 'Demand',
    intensity: -5,
  },
  criticizes: {
    label: 'criticizes',
    description: 'Criticises, denounces or expresses disappointment.',
    cameo: '11',
    cameoLabel: 'Disapprove',
    intensity: -2,
  },
  perceives_threat: {
    label: 'perceives a threat from',
    description: 'Considers something a threat to itself, or views it with suspicion.',
    cameo: '11',
    cameoLabel: 'Disapprove',
    intensity: -2,
  },
  opposes: {
    label: 'opposes',
    description: 'Opposes a policy, plan or actor.',
    cameo: '11',
    cameoLabel: 'Disapprove',
    intensity: -2,
  },
  rejects: {
    label: 'rejects',
    description: 'Rejects a demand, proposal or request.',
    cameo: '12',
    cameoLabel: 'Reject',
    intensity: -4,
  },
  threatens: {
    label: 'threatens',
    description: 'Threatens an act of its own (to deploy weapons, to withdraw from a treaty).',
    cameo: '13',
    cameoLabel: 'Threaten',
    intensity: -6,
  },
} as const satisfies Record<string, StanceTypeSpec>;

export type StanceType = keyof typeof stanceTypes;
export const stanceTypeIds = Object.keys(stanceTypes) as [StanceType, ...StanceType[]];

export const modalities = {
  asserted: 'The actor takes the stance outright.',
  conditional: 'The stance depends on a condition ("could", "if").',
  denied: 'The actor is said not to take it ("does not pose a threat").',
  reported: 'A third party reports the stance (see `reportedBy`).',
} as const;

export type Modality = keyof typeof modalities;
export const modalityIds = Object.keys(modalities) as [Modality, ...Modality[]];

/** Which kinds may fill each role of a stance. */
export const stanceRoles = {
  actor: actorKinds,
  speaker: ['person', 'government_body'],
  reportedBy: actorKinds,
  addressee: actorKinds,
  target: allKinds,
} as const satisfies Record<string, readonly EntityKind[]>;
