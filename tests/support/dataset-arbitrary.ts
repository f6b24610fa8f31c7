/**
 * fast-check arbitraries for whole datasets that follow the schema: sources with texts, entities of
 * every kind, relations whose ends have allowed kinds, stances whose quotes occur once in their
 * source. Written out as real YAML data folders, so the tests exercise the same path users do.
 */
import fc from 'fast-check';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import {
  entityKindIds,
  positionIds,
  relationTypeIds,
  relationTypes,
  replaceXmlForbidden,
  stanceRoles,
  stanceTypeIds,
  type EntityKind,
} from '../../src/core/schema';

export interface GeneratedSource {
  id: string;
  title: string;
  published: string;
  language: string;
  text: string;
  /** Sentences of the text: each holds a unique marker, so any part that includes it occurs once. */
  sentences: string[];
}

export interface GeneratedDataset {
  sources: GeneratedSource[];
  entities: { id: string; kind: EntityKind; label: string; aliases: string[]; description?: string }[];
  relations: {
    id: string;
    type: string;
    from: string;
    to: string;
    title?: string;
    period?: { start?: string; end?: string };
    evidence: { source: string; quote: string }[];
  }[];
  stances: {
    id: string;
    type: string;
    actor: string;
    target: string;
    speaker?: string;
    position: string;
    recipient?: string[];
    negated?: boolean;
    hedged?: boolean;
    background?: boolean;
    reportedBy?: { by: string; date?: string }[];
    date?: string;
    source: string;
    evidence: { quote: string }[];
  }[];
}

/** Text users might write: any Unicode XML can carry, with XML specials, quotes, tabs, emoji and RTL. */
export const userText = (maxLength = 30) =>
  fc
    .oneof(
      fc.string({ unit: 'grapheme', maxLength }),
      fc.string({
        unit: fc.constantFrom(
          '<',
          '>',
          '&',
          '"',
          "'",
          '\t',
          '\n',
          ' ',
          'é',
          '🛰️',
          'ش',
          'ע',
          'e\u0301',
          '\u200f',
          'Ж',
          ',',
        ),
        maxLength,
      }),
    )
    // The schema forbids what XML cannot carry; the generator stays within the schema.
    .map((s) =>
      replaceXmlForbidden(s)
        .replace(/\uFFFD/g, '?')
        .trim(),
    )
    .filter((s) => s.length > 0);

const dateArb = fc.oneof(
  fc.integer({ min: 1990, max: 2030 }).map(String),
  fc
    .tuple(fc.integer({ min: 1990, max: 2030 }), fc.integer({ min: 1, max: 12 }))
    .map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
  fc
    .tuple(
      fc.integer({ min: 1990, max: 2030 }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1, max: 28 }),
    )
    .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
);

const sentenceArb = fc
  .array(userText(40), { minLength: 1, maxLength: 3 })
  .map((words) => words.join(' ').replace(/\s+/g, ' '));

const sourceArb = (index: number) =>
  fc
    .record({
      title: userText(),
      published: dateArb,
      sentences: fc.array(sentenceArb, { minLength: 1, maxLength: 6 }),
    })
    .map(({ title, published, sentences }): GeneratedSource => {
      const marked = sentences.map((s, i) => `[S${index}x${i}] ${s}.`);
      return {
        id: `src-${index}`,
        title,
        published,
        language: 'en',
        sentences: marked,
        text: marked.join('\n\n') + '\n',
      };
    });

/** A quote: a prefix of one sentence that keeps its unique marker, so it occurs exactly once. */
const quoteArb = (sources: GeneratedSource[]) =>
  fc.nat().chain((s) => {
    const source = sources[s % sources.length]!;
    return fc.tuple(fc.nat(), fc.nat()).map(([i, cut]) => {
      // Cut between code points, never inside a surrogate pair.
      const chars = Array.from(source.sentences[i % source.sentences.length]!);
      const markerEnd = chars.indexOf(']') + 1;
      const end = markerEnd + (cut % (chars.length - markerEnd + 1));
      return { source: source.id, quote: chars.slice(0, end).join('').trim() };
    });
  });

const pick = <T>(list: readonly T[], n: number): T => list[n % list.length]!;

export const datasetArbitrary: fc.Arbitrary<GeneratedDataset> = fc
  .integer({ min: 1, max: 3 })
  .chain((sourceCount) => fc.tuple(...Array.from({ length: sourceCount }, (_, i) => sourceArb(i))))
  .chain((sources) =>
    fc
      .record({
        entities: fc.array(
          fc.record({
            kind: fc.constantFrom(...entityKindIds),
            label: userText(),
            aliases: fc.array(userText(15), { maxLength: 3 }),
            description: fc.option(userText(60), { nil: undefined }),
          }),
          { minLength: 2, maxLength: 14 },
        ),
        relationSeeds: fc.array(
          fc.record({
            type: fc.constantFrom(...relationTypeIds),
            from: fc.nat(),
            to: fc.nat(),
            period: fc.option(fc.tuple(dateArb, fc.nat({ max: 15 })), { nil: undefined }),
            quotes: fc.array(quoteArb(sources), { maxLength: 2 }),
          }),
          { maxLength: 12 },
        ),
        stanceSeeds: fc.array(
          fc.record({
            type: fc.constantFrom(...stanceTypeIds),
            actor: fc.nat(),
            target: fc.nat(),
            speaker: fc.option(fc.nat(), { nil: undefined }),
            recipient: fc.option(fc.nat(), { nil: undefined }),
            position: fc.constantFrom(...positionIds),
            flags: fc.record({ negated: fc.boolean(), hedged: fc.boolean(), background: fc.boolean() }),
            reporter: fc.option(fc.tuple(fc.nat(), fc.option(dateArb, { nil: undefined })), {
              nil: undefined,
            }),
            date: fc.option(dateArb, { nil: undefined }),
            quotes: fc.array(quoteArb(sources), { minLength: 1, maxLength: 3 }),
          }),
          { maxLength: 20 },
        ),
      })
      .map(({ entities, relationSeeds, stanceSeeds }): GeneratedDataset => {
        const ents = entities.map((e, i) => ({
          id: `e${i}`,
          ...e,
          ...(e.description === undefined ? {} : { description: e.description }),
        }));
        const ofKinds = (kinds: readonly string[]) => ents.filter((e) => kinds.includes(e.kind));
        const relations: GeneratedDataset['relations'] = [];
        relationSeeds.forEach((r, i) => {
          const spec = relationTypes[r.type as keyof typeof relationTypes];
          const froms = ofKinds(spec.from);
          const tos = ofKinds(spec.to);
          if (froms.length === 0 || tos.length === 0) return;
          const period = r.period
            ? { start: r.period[0], end: String(Number(r.period[0].slice(0, 4)) + r.period[1]) }
            : undefined;
          relations.push({
            id: `r${i}`,
            type: r.type,
            from: pick(froms, r.from).id,
            to: pick(tos, r.to).id,
            ...('title' in spec && spec.title === 'required' ? { title: 'Minister' } : {}),
            ...(period ? { period } : {}),
            evidence: r.quotes,
          });
        });
        const stances: GeneratedDataset['stances'] = [];
        stanceSeeds.forEach((s, i) => {
          const actors = ofKinds(stanceRoles.actor);
          if (actors.length === 0) return;
          const speakers = ofKinds(stanceRoles.speaker);
          const source = s.quotes[0]!.source;
          stances.push({
            id: `s${i}`,
            type: s.type,
            actor: pick(actors, s.actor).id,
            target: pick(ents, s.target).id,
            ...(s.speaker !== undefined && speakers.length ? { speaker: pick(speakers, s.speaker).id } : {}),
            position: s.position,
            ...(s.recipient !== undefined ? { recipient: [pick(actors, s.recipient).id] } : {}),
            ...(s.flags.negated ? { negated: true } : {}),
            ...(s.flags.hedged ? { hedged: true } : {}),
            ...(s.flags.background ? { background: true } : {}),
            ...(s.reporter !== undefined
              ? {
                  reportedBy: [
                    { by: pick(actors, s.reporter[0]).id, ...(s.reporter[1] ? { date: s.reporter[1] } : {}) },
                  ],
                }
              : {}),
            ...(s.date ? { date: s.date } : {}),
            source,
            evidence: s.quotes.filter((q) => q.source === source).map((q) => ({ quote: q.quote })),
          });
        });
        return { sources, entities: ents, relations, stances };
      }),
  );

export interface WrittenDataset {
  dir: string;
  /** The files written, by name, with their text: mutations and line checks work on these. */
  files: Record<string, string>;
}

/** Writes a dataset as a data folder: one file per section, and the source texts. */
export function writeDataset(dir: string, data: GeneratedDataset): WrittenDataset {
  mkdirSync(join(dir, 'texts'), { recursive: true });
  const files: Record<string, string> = {};
  for (const s of data.sources) writeFileSync(join(dir, 'texts', `${s.id}.txt`), s.text);
  const sections = {
    'sources.yaml': {
      sources: data.sources.map(({ id, title, published, language }) => ({
        id,
        title,
        published,
        language,
        text: `texts/${id}.txt`,
      })),
    },
    'entities.yaml': { entities: data.entities },
    'relations.yaml': { relations: data.relations },
    'stances.yaml': { stances: data.stances },
  };
  for (const [name, content] of Object.entries(sections)) {
    // Double-quoted scalars keep every character explicit (tabs, RTL marks) and one field per line.
    const text = stringify(content, {
      defaultStringType: 'QUOTE_DOUBLE',
      defaultKeyType: 'PLAIN',
      lineWidth: 0,
    });
    writeFileSync(join(dir, name), text);
    files[name] = text;
  }
  return { dir, files };
}
