/**
 * Evidence: a verbatim quote from a source, in the manner of the W3C Web Annotation
 * TextQuoteSelector (exact text, with optional prefix and suffix to pick one of several occurrences).
 * The builder resolves it to character offsets in the source text.
 */
import { z } from 'zod';
import { id, nonEmptyText, text } from './primitives';

export const evidenceSelector = z
  .strictObject({
    source: id.optional().meta({ description: "Source id; defaults to the claim's `source`" }),
    quote: nonEmptyText.meta({
      description:
        'The exact words of the source (whitespace may differ: runs of spaces and newlines match any run)',
    }),
    prefix: text
      .optional()
      .meta({ description: 'Text just before the quote, to pick one of several occurrences' }),
    suffix: text
      .optional()
      .meta({ description: 'Text just after the quote, to pick one of several occurrences' }),
  })
  .meta({ title: 'Evidence quote' });

export type EvidenceSelector = z.output<typeof evidenceSelector>;

/** Evidence as the builder resolved it: the exact source text and its offsets (UTF-16 code units). */
export const resolvedEvidence = z.strictObject({
  source: z.string(),
  /** The source's own text between start and end (its whitespace, not the data file's). */
  quote: z.string(),
  start: z.int().min(0),
  end: z.int().min(0),
  /** Up to 32 characters of context before and after, as in a TextQuoteSelector. */
  prefix: z.string(),
  suffix: z.string(),
  /** Whether the quote lies inside quotation marks in the source: a direct quotation. */
  direct: z.boolean(),
});

export type ResolvedEvidence = z.output<typeof resolvedEvidence>;
