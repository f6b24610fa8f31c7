/**
 * Small schema pieces shared by the data files: ids, text that XML can carry, partial dates, periods.
 */
import { z } from 'zod';
import { gexfTypes } from './gexf-types';
import { findXmlForbidden, describeCodePoint } from './xml-chars';

/** Longest text value accepted in a data file. Quotes are sentences; this rejects pasted dumps. */
export const MAX_TEXT_LENGTH = 100_000;

export const ID_PATTERN = /^[a-z0-9]+(?:[-_.][a-z0-9]+)*$/;

/** A slug id: lower-case letters and digits, words joined by `-`, `_` or `.`. */
export const id = z
  .string()
  .regex(ID_PATTERN, {
    message: 'a slug id: lower-case letters and digits joined by "-", "_" or "." (e.g. "new-start")',
  })
  .max(200)
  .meta({ description: 'A slug id: lower-case letters and digits joined by "-", "_" or "."' });

/** A reference to an entity by id. */
export const entityRef = id.meta({ description: 'The id of an entity' });

/** Text from the user: any Unicode that XML 1.0 can carry, up to MAX_TEXT_LENGTH characters. */
export const text = z
  .string()
  .max(MAX_TEXT_LENGTH)
  .superRefine((value, ctx) => {
    const found = findXmlForbidden(value);
    if (found) {
      ctx.addIssue({
        code: 'custom',
        message: 'a text without the characters XML 1.0 forbids',
        params: {
          rule: 'xml-forbidden-char',
          found: `${describeCodePoint(found.codePoint)} at character ${found.index + 1}`,
        },
      });
    }
  });

export const nonEmptyText = text.min(1, { message: 'a non-empty text' });

/**
 * A name (label, alias): one line. Runs of tabs, newlines and spaces become one space and the ends
 * are trimmed, as XML's token type does for GEXF labels, so graph.json and graph.gexf agree.
 */
export const nameText = text
  .transform((value) => value.replace(/[\t\n\r ]+/g, ' ').trim())
  .pipe(z.string().min(1, { message: 'a non-empty name' }));

export const DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export interface PartialDateParts {
  year: number;
  month?: number;
  day?: number;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` and checks that the day exists; undefined if not. */
export function parsePartialDate(value: string): PartialDateParts | undefined {
  const m = DATE_PATTERN.exec(value);
  if (!m) return undefined;
  const year = Number(m[1]);
  if (m[2] === undefined) return { year };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return undefined;
  if (m[3] === undefined) return { year, month };
  const day = Number(m[3]);
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** First day covered by a partial date, as `YYYY-MM-DD`. */
export function firstDay(value: string): string {
  const p = parsePartialDate(value);
  if (!p) throw new Error(`not a date: ${value}`);
  return `${pad(p.year, 4)}-${pad(p.month ?? 1)}-${pad(p.day ?? 1)}`;
}

/** Last day covered by a partial date, as `YYYY-MM-DD`. */
export function lastDay(value: string): string {
  const p = parsePartialDate(value);
  if (!p) throw new Error(`not a date: ${value}`);
  const month = p.month ?? 12;
  return `${pad(p.year, 4)}-${pad(month)}-${pad(p.day ?? daysInMonth(p.year, month))}`;
}

const DATE_MESSAGE = 'a date written YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2011, 2011-05, 2011-05-16)';

/** Checks a written date; `unknown` passes only where the field allows it. */
function partialDateSchema(allowUnknown: boolean) {
  return z
    .union([z.string(), z.int()], { error: allowUnknown ? `${DATE_MESSAGE} or "unknown"` : DATE_MESSAGE })
    .transform((raw, ctx) => {
      const value = String(raw);
      if (allowUnknown && value === 'unknown') return value;
      if (!DATE_PATTERN.test(value)) {
        ctx.addIssue({
          code: 'custom',
          message: allowUnknown ? `${DATE_MESSAGE} or "unknown"` : DATE_MESSAGE,
          params: { rule: 'date-format' },
        });
        return z.NEVER;
      }
      if (!parsePartialDate(value)) {
        ctx.addIssue({
          code: 'custom',
          message: 'a date that exists in the calendar (month 01–12, a day the month has)',
          params: { rule: 'impossible-date' },
        });
        return z.NEVER;
      }
      return value;
    });
}

/**
 * A date known to the day, the month or the year: `2011-05-16`, `2011-05`, `2011`. An unquoted year
 * (a YAML number) is accepted. The precision is the form written: nothing is invented.
 */
export const partialDate = partialDateSchema(false).meta({
  description: 'A date known to the day, month or year: 2011-05-16, 2011-05 or 2011',
  examples: ['2011-05-16', '2011-05', '2011'],
});

/** Like partialDate, or the word `unknown` when the date is not known (never invent one). */
export const dateOrUnknown = partialDateSchema(true).meta({
  description: 'A date (2011-05-16, 2011-05, 2011) or "unknown"',
  examples: ['2011-05-16', '2011-05', '2011', 'unknown'],
});

/** A validity period; either end may be open. An end before the start is an error. */
export const period = z
  .strictObject({
    start: partialDate.optional(),
    end: partialDate.optional(),
  })
  .superRefine((p, ctx) => {
    if (p.start && p.end && lastDay(p.end) < firstDay(p.start)) {
      ctx.addIssue({
        code: 'custom',
        path: ['end'],
        message: `an end on or after the start (${p.start})`,
        params: { rule: 'period-order' },
      });
    }
  })
  .meta({ description: 'When the relation held: start and/or end, each a partial date' });

export const wikidataId = z
  .string()
  .regex(/^Q[1-9][0-9]*$/, { message: 'a Wikidata item id: Q followed by digits (e.g. Q159)' })
  .meta({ description: 'Wikidata item id, e.g. Q159 for Russia' });

export const languageTag = z
  .string()
  .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, { message: 'a BCP 47 language tag (e.g. en, ru, pt-BR)' })
  .meta({ description: 'BCP 47 language tag: en, ru, pt-BR' });

export const url = z
  .url({ protocol: /^https?$/, message: 'an http(s) URL' })
  .max(2000)
  .meta({ description: 'Web address (http or https)' });

/** A day, `YYYY-MM-DD`: the bounds of dated edges on the timeline. */
export const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

gexfTypes.add(partialDate, { gexfType: 'date' });
gexfTypes.add(isoDay, { gexfType: 'date' });
