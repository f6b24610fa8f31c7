/**
 * The seeded corpus generator: writes a data folder shaped like a newsroom's coding of N stances —
 * articles of 5 to 34 stances each with their texts, entities whose mentions follow a power law,
 * aliases, standing relations with periods, dates over 25 years — that validates without an error
 * or a warning. The same seed and size give the same bytes.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { generateArticle, type ArticleContext } from './articles';
import { ACTOR_KINDS, generateEntities } from './entities';
import { seededRandom, ZipfPicker } from './random';
import { generateRelations } from './relations';
import { articleYaml, entitiesYaml, relationsYaml } from './yaml';

export interface CorpusOptions {
  stances: number;
  seed?: number;
}

export interface CorpusSummary {
  stances: number;
  sources: number;
  entities: number;
  relations: number;
  files: number;
  bytes: number;
}

/** Entities grow with the corpus (a tenth of the stances), up to 50,000 actors and things. */
export function entityCountFor(stances: number): number {
  return Math.min(50_000, Math.max(60, Math.round(stances / 10)));
}

const FILE_ITEMS = 1000;
const pad = (n: number, width: number) => String(n).padStart(width, '0');

export function generateCorpus(dir: string, options: CorpusOptions): CorpusSummary {
  const random = seededRandom(options.seed ?? 1);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const summary: CorpusSummary = { stances: 0, sources: 0, entities: 0, relations: 0, files: 0, bytes: 0 };
  const write = (rel: string, text: string) => {
    const path = join(dir, rel);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    summary.files++;
    summary.bytes += Buffer.byteLength(text);
  };

  const entities = generateEntities(entityCountFor(options.stances), random);
  const relations = generateRelations(entities, random);
  const ctx: ArticleContext = {
    random,
    entities: new Map(entities.map((e) => [e.id, e])),
    actors: new ZipfPicker(
      entities.filter((e) => ACTOR_KINDS.includes(e.kind)),
      random,
    ),
    everything: new ZipfPicker(entities, random),
    relations,
  };
  for (let i = 0; i < entities.length; i += FILE_ITEMS) {
    write(`entities/${pad(i / FILE_ITEMS + 1, 4)}.yaml`, entitiesYaml(entities.slice(i, i + FILE_ITEMS)));
  }
  let index = 0;
  while (summary.stances < options.stances) {
    const count = Math.min(5 + random.int(30), options.stances - summary.stances);
    const article = generateArticle(++index, count, ctx);
    const folder = pad(Math.floor(index / 1000), 4);
    write(`articles/${folder}/${article.source.id}.yaml`, articleYaml(article));
    write(article.source.text, article.content);
    summary.stances += article.stances.length;
    summary.sources++;
  }
  // Relations last: the articles have added the quotes that state offices.
  const all = relations.relations;
  for (let i = 0; i < all.length; i += FILE_ITEMS) {
    write(`relations/${pad(i / FILE_ITEMS + 1, 4)}.yaml`, relationsYaml(all.slice(i, i + FILE_ITEMS)));
  }
  summary.entities = entities.length;
  summary.relations = all.length;
  return summary;
}
