/**
 * Stances: what an actor said or did at a time, each tied to verbatim evidence. A stance says both
 * where the actor stands on its target (DNA: actor, concept, agreement) and whom the act is aimed at
 * (CAMEO: source actor, target actor, event code); modality fields say how firmly it was said.
 */
import { z } from 'zod';
import { attributions } from './attribution';
import { evidenceSelector } from './evidence';
import { entityRef, id, nonEmptyText, partialDate, text } from './primitives';
import { defaultPosition, positionIds, stanceTypeIds, stanceTypes } from './vocabulary';

/** To whom or where it was said: free text, with an entity when the audience is one. */
export const audience = z
  .union([
    nonEmptyText,
    z.strictObject({
      text: nonEmptyText.meta({
        description: 'The audience in words: "lawmakers at parliamentary hearings"',
      }),
      entity: entityRef.optional().meta({ description: 'The entity the audience is, if it is one' }),
    }),
  ])
  .meta({ description: 'To whom or where it was said: text, or { text, entity }' });

/** A real condition the stance depends on: its words, or the stance it depends on. */
export const condition = z
  .union([
    nonEmptyText,
    z.strictObject({
      stance: id.meta({ description: 'The id of the stance this one depends on' }),
      text: nonEmptyText.optional().meta({ description: 'The condition in words' }),
    }),
  ])
  .meta({ description: 'The condition ("if it feels threatened"), or { stance, text? }' });

export const stance = z
  .strictObject({
    id: id.meta({ description: 'Unique slug id of the stance' }),
    type: z.enum(stanceTypeIds).meta({ description: 'The stance type (see the vocabulary)' }),
    actor: entityRef.meta({ description: 'Who takes the stance: a state, organisation, body or person' }),
    speaker: entityRef.optional().meta({
      description: 'Who voiced it, when not the actor itself: a deputy minister speaking for his state',
    }),
    target: entityRef.meta({ description: 'What the stance is about: an issue, a plan, a treaty, an actor' }),
    position: z.enum(positionIds).optional().meta({
      description:
        "Where the actor stands on the target: for, against or neutral; defaults to the type's (required for types without one)",
    }),
    recipient: z
      .array(entityRef)
      .min(1, { message: 'at least one recipient (leave the field out when there is none)' })
      .optional()
      .meta({ description: 'The actors the act is aimed at (the party threatened, asked, rejected)' }),
    audience: audience.optional(),
    negated: z.boolean().default(false).meta({
      description: 'The words deny the act ("does not pose a threat"); code the position actually taken',
    }),
    hedged: z
      .boolean()
      .default(false)
      .meta({ description: 'The content is hedged ("could", "may") but the stance is made' }),
    condition: condition.optional(),
    reportedBy: attributions.optional(),
    background: z
      .boolean()
      .default(false)
      .meta({ description: "The narrator's background claim, not a statement: shown, left out of counts" }),
    inReplyTo: id.optional().meta({ description: 'The stance this one answers' }),
    utterance: id
      .optional()
      .meta({ description: 'An id shared by stances drawn from one statement: counted once per origin' }),
    date: partialDate.optional().meta({ description: 'When the act took place, to the precision known' }),
    dateText: text
      .optional()
      .meta({ description: 'The words the source uses for the time: "Monday", "last fall"' }),
    source: id.meta({ description: 'The source id the evidence comes from' }),
    evidence: z
      .array(evidenceSelector)
      .min(1, { message: 'at least one evidence quote' })
      .meta({ description: 'Verbatim quotes from the source that carry the stance' }),
    note: text.optional().meta({ description: "The analyst's note: coding decisions, doubts" }),
  })
  .superRefine((s, ctx) => {
    if (s.position === undefined && defaultPosition(s.type) === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['position'],
        message: `a position (for, against or neutral): a "${s.type}" stance has no default (${stanceTypes[s.type].description})`,
        params: { rule: 'missing-position' },
      });
    }
    if (s.inReplyTo !== undefined && s.inReplyTo === s.id) {
      ctx.addIssue({
        code: 'custom',
        path: ['inReplyTo'],
        message: 'the id of another stance: a stance cannot answer itself',
        params: { rule: 'reply-to-self' },
      });
    }
  })
  .meta({ title: 'Stance' });

export type Stance = z.output<typeof stance>;
export type Audience = z.output<typeof audience>;
export type Condition = z.output<typeof condition>;
