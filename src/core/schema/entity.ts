/**
 * Entities: the actors and things stances are about. One schema per kind (a discriminated union on
 * `kind`), built from a shared base and each kind's own fields.
 */
import { z } from 'zod';
import { entityRef, id, nameText, partialDate, text, wikidataId } from './primitives';
import { actorKinds, entityKinds, NARRATOR, type EntityKind } from './vocabulary';

const base = {
  id: id
    .refine((value) => value !== NARRATOR, {
      message: `an id other than "${NARRATOR}", which attributions use for the article's own voice`,
      params: { rule: 'reserved-id' },
    })
    .meta({ description: 'Unique slug id of the entity, shared across articles: "russia", "new-start"' }),
  label: nameText.meta({ description: 'The name shown in the graph (runs of whitespace become one space)' }),
  aliases: z
    .array(nameText)
    .default([])
    .meta({ description: 'Other names texts use for it: "Moscow", "the Kremlin", "U.S."' }),
  description: text.optional().meta({ description: 'One or two sentences on what it is' }),
  wikidata: wikidataId.optional(),
  note: text.optional().meta({ description: "The analyst's note: coding decisions, doubts" }),
};

/**
 * Each kind's own fields. `satisfies Record<EntityKind, …>` makes a new kind in the vocabulary fail to
 * compile until it is given its fields here (an empty object if it has none).
 */
export const kindFields = {
  state: {
    iso3166: z
      .string()
      .regex(/^[A-Z]{2}$/, { message: 'an ISO 3166-1 alpha-2 code (e.g. RU)' })
      .optional()
      .meta({ description: 'ISO 3166-1 alpha-2 country code' }),
  },
  organization: {
    founded: partialDate.optional().meta({ description: 'When it was founded' }),
  },
  government_body: {},
  person: {
    office: text
      .optional()
      .meta({ description: 'The office held in the period of the sources: "Deputy Foreign Minister"' }),
    serves: entityRef
      .optional()
      .meta({ description: 'The entity the person serves (a state, organisation or body)' }),
  },
  treaty: {
    signed: partialDate.optional().meta({ description: 'Date of signature' }),
    inForce: partialDate.optional().meta({ description: 'Date of entry into force' }),
    expires: partialDate.optional().meta({ description: 'Date of expiry' }),
  },
  weapon_system: {},
  issue: {},
  place: {},
} as const satisfies Record<EntityKind, z.ZodRawShape>;

/** Entity fields that refer to other entities, with the kinds they may name. */
export const entityFieldRefs = {
  serves: actorKinds,
} as const satisfies Record<string, readonly EntityKind[]>;

function kindSchema<K extends EntityKind>(kind: K) {
  return z
    .strictObject({
      ...base,
      kind: z.literal(kind).meta({ description: entityKinds[kind].label }),
      ...kindFields[kind],
    })
    .meta({ title: entityKinds[kind].label, description: entityKinds[kind].description });
}

export const entity = z.discriminatedUnion('kind', [
  kindSchema('state'),
  kindSchema('organization'),
  kindSchema('government_body'),
  kindSchema('person'),
  kindSchema('treaty'),
  kindSchema('weapon_system'),
  kindSchema('issue'),
  kindSchema('place'),
]);

export type Entity = z.output<typeof entity>;
export type EntityInput = z.input<typeof entity>;
