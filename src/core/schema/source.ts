/** Sources: the texts claims are quoted from. */
import { z } from 'zod';
import { dateOrUnknown, id, languageTag, nonEmptyText, text, url } from './primitives';

export const source = z
  .strictObject({
    id: id.meta({ description: 'Unique slug id of the source' }),
    title: nonEmptyText.meta({ description: 'Headline or title' }),
    publisher: nonEmptyText.optional().meta({ description: 'Who published it, when known' }),
    origin: nonEmptyText.optional().meta({
      description:
        'The wire or first publisher (Associated Press): sources of one origin count as one independent source',
    }),
    published: dateOrUnknown.meta({
      description: 'Publication date to the precision known (2011-05-16, 2011-05, 2011) or "unknown"',
    }),
    language: languageTag,
    url: url.optional(),
    text: z
      .string()
      .regex(/^(?!\/)(?!.*(?:^|\/)\.\.(?:\/|$))[^\\]+$/, {
        message: 'a relative path inside the data folder, with "/" separators and no ".."',
      })
      .meta({ description: 'Path of the full text (UTF-8) relative to the data folder: texts/000.txt' }),
    note: text.optional().meta({ description: 'What is known of the source, and how' }),
  })
  .meta({ title: 'Source' });

export type Source = z.output<typeof source>;
