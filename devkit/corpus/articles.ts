/**
 * Synthetic news articles: a text of reported speech with direct quotations, and the stances an
 * analyst would code from it, each quote taken verbatim from the text. Quotes end in a run of
 * random filler words, so no quote occurs twice in its text (an ambiguous quote is an error).
 */
import { defaultPosition, type Position, type StanceType } from '../../src/core/schema';
import type { GenEntity } from './entities';
import type { RelationSet } from './relations';
import type { Random, ZipfPicker } from './random';
import { FILLER, PUBLISHERS } from './words';

export interface GenSource {
  id: string;
  title: string;
  publisher?: string;
  published: string;
  language: string;
  url?: string;
  text: string;
}

export interface GenStance {
  id: string;
  type: StanceType;
  actor: string;
  speaker?: string;
  target: string;
  position?: Position;
  recipient?: string[];
  negated?: boolean;
  hedged?: boolean;
  condition?: string;
  reportedBy?: { by: string }[];
  date?: string;
  dateText?: string;
  source: string;
  evidence: { quote: string }[];
  note?: string;
}

export interface GenArticle {
  source: GenSource;
  /** The text file's content. */
  content: string;
  stances: GenStance[];
}

/** How each stance type reads in a sentence: past tense, and first person for direct quotations. */
const VERBS: Record<StanceType, [string, string]> = {
  asserts: ['stated its position on', 'our position on'],
  warns: ['warned about', 'we warn about'],
  proposes: ['proposed talks on', 'we propose talks on'],
  considers: ['agreed to consider', 'we will consider'],
  agrees: ['agreed to discuss', 'we agree to discuss'],
  supports: ['backed', 'we fully support'],
  demands: ['demanded guarantees on', 'we demand guarantees on'],
  criticizes: ['criticised', 'we are disappointed by'],
  perceives_threat: ['sees a threat in', 'we see a threat in'],
  opposes: ['opposed', 'we oppose'],
  rejects: ['rejected', 'we reject'],
  threatens: ['threatened to respond to', 'we will respond to'],
};
const STANCE_TYPES = Object.keys(VERBS) as StanceType[];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'last week', 'on Sunday'];

export interface ArticleContext {
  random: Random;
  entities: Map<string, GenEntity>;
  actors: ZipfPicker<GenEntity>;
  everything: ZipfPicker<GenEntity>;
  relations: RelationSet;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function tail(random: Random, min = 7, max = 13): string {
  const n = min + random.int(max - min + 1);
  const words: string[] = [];
  for (let i = 0; i < n; i++) words.push(random.pick(FILLER));
  return words.join(' ');
}

/** Wraps a paragraph at about 90 columns, as wire copy is: quotes then span line breaks. */
function wrap(paragraph: string): string {
  const lines: string[] = [];
  let line = '';
  for (const word of paragraph.split(' ')) {
    if (line.length + word.length + 1 > 90 && line !== '') {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines.join('\n');
}

export function generateArticle(index: number, stanceCount: number, ctx: ArticleContext): GenArticle {
  const { random, entities } = ctx;
  const id = `art-${pad(index, 7)}`;
  const year = 2000 + random.int(25);
  const month = 1 + random.int(12);
  const day = 8 + random.int(21);
  const published = random.chance(0.9) ? `${year}-${pad(month)}-${pad(day)}` : `${year}-${pad(month)}`;
  const focus = Array.from({ length: 2 + random.int(3) }, () => ctx.actors.pick(random));
  const paragraphs: string[] = [];
  const stances: GenStance[] = [];
  const introduced = new Set<string>();
  const label = (entityId: string) => entities.get(entityId)!.label;

  for (let k = 0; k < stanceCount; k++) {
    const actor = random.chance(0.7) ? random.pick(focus) : ctx.actors.pick(random);
    let target = ctx.everything.pick(random);
    if (target.id === actor.id) target = ctx.everything.pick(random);
    const type = random.pick(STANCE_TYPES);
    const stance: GenStance = {
      id: `${id}-${pad(k + 1, 3)}`,
      type,
      actor: actor.id,
      target: target.id,
      source: id,
      evidence: [],
    };
    const candidates = ctx.relations.speakers.get(actor.id);
    const speaker =
      actor.kind !== 'person' && candidates && random.chance(0.6) ? random.pick(candidates) : undefined;
    if (speaker) stance.speaker = speaker.id;
    // Types without a default position get one by turns, so that the corpus has both sides.
    if (defaultPosition(type) === undefined) stance.position = k % 2 === 0 ? 'for' : 'against';
    const roll = random.next();
    const modality =
      roll < 0.12 ? 'reported' : roll < 0.22 ? 'conditional' : roll < 0.26 ? 'denied' : 'asserted';
    if (modality === 'conditional') {
      stance.hedged = true;
      stance.condition = 'if the talks fail';
    }
    if (modality === 'denied') stance.negated = true;
    if (random.chance(0.4)) {
      const recipient = ctx.actors.pick(random);
      if (recipient.id !== actor.id) stance.recipient = [recipient.id];
    }
    const dateRoll = random.next();
    if (dateRoll < 0.7 && published.length === 10)
      stance.date = `${year}-${pad(month)}-${pad(day - random.int(7))}`;
    else if (dateRoll < 0.85) stance.date = `${year}-${pad(month)}`;
    if (stance.date !== undefined && random.chance(0.2)) stance.dateText = random.pick(WEEKDAYS);
    if (random.chance(0.05))
      stance.note = 'Coded from the paragraph that reports the exchange; the wording is hedged.';

    // A speaker's office is stated the first time the article names them: evidence for the office relation.
    if (speaker && !introduced.has(speaker.id)) {
      introduced.add(speaker.id);
      const office = ctx.relations.offices.get(speaker.id)!;
      const quote = `${speaker.label}, ${office.title} at ${label(office.to)}`;
      paragraphs.push(`${quote}, spoke to reporters after the ${tail(random, 3, 5)}.`);
      if (office.evidence.length < 2) office.evidence.push({ source: id, quote });
    }
    const [past, firstPerson] = VERBS[type];
    const could = modality === 'conditional' ? 'could soon have ' : '';
    const not = modality === 'denied' ? 'has not ' : '';
    const words = tail(random);
    let sentence: string;
    let quote: string;
    if (modality === 'reported') {
      const reporter = ctx.actors.pick(random);
      if (reporter.id !== actor.id) stance.reportedBy = [{ by: reporter.id }];
      quote = `${actor.label} had ${past} ${target.label} ${words}`;
      sentence = `${reporter.label} said that ${quote}.`;
    } else if ((speaker || actor.kind === 'person') && random.chance(0.5)) {
      // A direct quotation: inside quotation marks, voiced by the speaker (or the person acting).
      quote = `${could}${not}${firstPerson} ${target.label} ${words}`;
      quote = quote[0]!.toUpperCase() + quote.slice(1);
      const who = speaker ?? actor;
      const [open, close] = random.chance(0.3) ? ['\u201c', '\u201d'] : ['"', '"'];
      sentence = `${open}${quote},${close} ${who.label} said.`;
    } else {
      quote = `${actor.label} ${could}${not}${past} ${target.label} ${words}`;
      sentence = speaker ? `${quote}, ${speaker.label} said.` : `${quote}.`;
    }
    stance.evidence.push({ quote });
    if (random.chance(0.15)) {
      const more = `The ${tail(random, 8, 12)}`;
      sentence += ` ${more}.`;
      stance.evidence.push({ quote: more });
    }
    paragraphs.push(sentence);
    if (random.chance(0.3)) paragraphs.push(`The ${tail(random, 10, 20)}.`);
    stances.push(stance);
  }

  const lead = stances[0]!;
  const title = `${label(lead.actor)} ${VERBS[lead.type][0]} ${label(lead.target)}`;
  const source: GenSource = {
    id,
    title,
    published,
    language: 'en',
    text: `texts/${pad(Math.floor(index / 1000), 4)}/${id}.txt`,
  };
  if (random.chance(0.9)) source.publisher = random.pick(PUBLISHERS);
  if (random.chance(0.7)) source.url = `https://news.example.org/${year}/${pad(month)}/${id}`;
  const content = `${title}\n\n${paragraphs.map(wrap).join('\n\n')}\n`;
  return { source, content, stances };
}
