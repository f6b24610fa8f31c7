/** Stances: what an actor said or did at a time, each tied to verbatim evidence. */
import { z } from 'zod';
import { evidenceSelector } from './evidence';
import { entityRef, id, partialDate, text } from './primitives';
import { modalityIds, stanceTypeIds } from './vocabulary';

export const stance = z
  .strictObject({
    id: id.meta({ description: 'Unique slug id of the stance' }),
    type: z.enum(stanceTypeIds).meta({ description: 'The stance type (see the vocabulary)' }),
    actor: entityRef.meta({ description: 'Who takes the stance: a state, organisation, body or person' }),
    speaker: entityRef.optional().meta({
      description: 'Who voiced it, when not the actor itself: a deputy minister speaking for his state',
    }),
    reportedBy: entityRef
      .optional()
      .meta({ description: 'Who relays the stance, when it is known only through a third party' }),
    target: entityRef.meta({ description: 'What the stance is about: an entity or an issue' }),
    addressee: entityRef
      .optional()
      .meta({ description: 'To whom it is addressed, when that is not the target' }),
    modality: z.enum(modalityIds).default('asserted'),
    date: partialDate.optional().meta({ description: 'When the stance was taken, to the precision known' }),
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
  .meta({ title: 'Stance' });

export type Stance = z.output<typeof stance>;
