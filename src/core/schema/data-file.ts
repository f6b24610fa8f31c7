/** A data file: any mix of sources, entities, relations and stances. */
import { z } from 'zod';
import { entity } from './entity';
import { relation } from './relation';
import { source } from './source';
import { stance } from './stance';

/** The four sections, in the order the builder reads them. */
export const sections = ['sources', 'entities', 'relations', 'stances'] as const;
export type Section = (typeof sections)[number];

/** Each section's item schema. Validation parses items one by one, so one bad item spoils nothing else. */
export const sectionItems = {
  sources: source,
  entities: entity,
  relations: relation,
  stances: stance,
} as const;

export const dataFile = z
  .strictObject({
    $schema: z.string().optional(),
    sources: z.array(source).optional(),
    entities: z.array(entity).optional(),
    relations: z.array(relation).optional(),
    stances: z.array(stance).optional(),
  })
  .meta({
    title: 'stancegraph data file',
    description: 'Sources, entities, relations and stances. Any file may hold any mix; ids are global.',
  });

export type DataFile = z.output<typeof dataFile>;
