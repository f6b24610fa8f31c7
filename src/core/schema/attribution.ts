/**
 * Who a claim is known through: one entry per report ("Rogozin told lawmakers that NATO had
 * rejected…"), with the report's own date, apart from the date of the act; `via` for a nested
 * chain. `narrator` is the article's own voice; a claim with no attribution is the narrator's.
 */
import { z } from 'zod';
import { entityRef, partialDate } from './primitives';
import { NARRATOR } from './vocabulary';

export const attribution = z
  .strictObject({
    by: entityRef.meta({
      description: `Who reports the claim: an entity id, or "${NARRATOR}" for the article's own voice`,
    }),
    date: partialDate.optional().meta({ description: 'When they reported it (not when the act took place)' }),
    via: entityRef
      .optional()
      .meta({ description: 'Through whom the report came, for a nested chain (A told B, who said…)' }),
  })
  .meta({ title: 'Attribution' });

export type Attribution = z.output<typeof attribution>;

export const attributions = z
  .array(attribution)
  .min(1, { message: 'at least one attribution (leave the field out for the narrator alone)' })
  .meta({ description: 'Who reports it, one entry per report; leave out for the narrator alone' });
