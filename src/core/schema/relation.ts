/** Relations: standing facts between entities (member of, party to, holds office in…). */
import { z } from 'zod';
import { attributions } from './attribution';
import { evidenceSelector } from './evidence';
import { entityRef, id, nonEmptyText, period, text } from './primitives';
import { relationTypeIds, relationTypes } from './vocabulary';

export const relation = z
  .strictObject({
    id: id.meta({ description: 'Unique slug id of the relation' }),
    type: z.enum(relationTypeIds).meta({ description: 'The relation type (see the vocabulary)' }),
    from: entityRef.meta({ description: 'Entity id at the start of the relation' }),
    to: entityRef.meta({ description: 'Entity id at the end of the relation' }),
    title: nonEmptyText
      .optional()
      .meta({ description: 'The office or post, for holds_office_in and envoy_to' }),
    negated: z
      .boolean()
      .default(false)
      .meta({ description: 'True when the source states that the relation does not hold' }),
    reportedBy: attributions.optional(),
    period: period.optional().meta({ description: 'When the relation held: start and/or end, each a date' }),
    source: id.optional().meta({ description: 'Default source id for the evidence quotes' }),
    evidence: z.array(evidenceSelector).default([]).meta({ description: 'Quotes that state the relation' }),
    note: text.optional().meta({ description: "The analyst's note: coding decisions, doubts" }),
  })
  .superRefine((r, ctx) => {
    const spec = relationTypes[r.type];
    if ('title' in spec && spec.title === 'required' && r.title === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['title'],
        message: `a title for a ${r.type} relation (the office held, e.g. "Deputy Foreign Minister")`,
        params: { rule: 'missing-title' },
      });
    }
    if (r.title !== undefined && !('title' in spec)) {
      ctx.addIssue({
        code: 'custom',
        path: ['title'],
        message: `no title: a ${r.type} relation has none (only holds_office_in and envoy_to do)`,
        params: { rule: 'unexpected-title' },
      });
    }
  })
  .meta({ title: 'Relation' });

export type Relation = z.output<typeof relation>;
