/** Synthetic entities: states, organisations, bodies, people, treaties, weapons, issues, places. */
import type { EntityKind } from '../../src/core/schema';
import type { Random } from './random';
import { capitalize, GIVEN_NAMES, OFFICES, pseudoWord } from './words';

export interface GenEntity {
  id: string;
  kind: EntityKind;
  label: string;
  aliases: string[];
  description?: string;
  /** Kind-specific fields, written as they are. */
  fields: Record<string, string>;
}

/** Shares of each kind, about those of a foreign-affairs desk's coding. */
const KIND_SHARES: readonly [EntityKind, number][] = [
  ['state', 0.06],
  ['organization', 0.06],
  ['government_body', 0.14],
  ['person', 0.46],
  ['treaty', 0.06],
  ['weapon_system', 0.06],
  ['issue', 0.12],
  ['place', 0.04],
];

const ISO_LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

function year(random: Random, from = 1950, to = 2024): number {
  return from + random.int(to - from + 1);
}

function dateOf(random: Random, from = 1950, to = 2024): string {
  const y = year(random, from, to);
  const precision = random.next();
  if (precision < 0.3) return String(y);
  const m = String(1 + random.int(12)).padStart(2, '0');
  if (precision < 0.6) return `${y}-${m}`;
  return `${y}-${m}-${String(1 + random.int(28)).padStart(2, '0')}`;
}

function entityOf(kind: EntityKind, index: number, random: Random): GenEntity {
  const word = capitalize(pseudoWord(index));
  const id = `${kind.replace('_', '-')}-${pseudoWord(index)}`;
  const fields: Record<string, string> = {};
  switch (kind) {
    case 'state':
      fields.iso3166 = ISO_LETTERS[random.int(26)]! + ISO_LETTERS[random.int(26)]!;
      return { id, kind, label: `Republic of ${word}`, aliases: [word, `the ${word} government`], fields };
    case 'organization':
      fields.founded = dateOf(random, 1945, 2015);
      return { id, kind, label: `${word} Cooperation Council`, aliases: [`the ${word} alliance`], fields };
    case 'government_body':
      return { id, kind, label: `${word} Ministry of Foreign Affairs`, aliases: [], fields };
    case 'person': {
      const given = random.pick(GIVEN_NAMES);
      if (random.chance(0.5)) fields.office = random.pick(OFFICES);
      return { id, kind, label: `${given} ${word}`, aliases: random.chance(0.6) ? [word] : [], fields };
    }
    case 'treaty':
      fields.signed = dateOf(random, 1960, 2020);
      if (random.chance(0.4)) fields.expires = String(year(random, 2021, 2040));
      return { id, kind, label: `${word} Treaty`, aliases: [`the ${word} accord`], fields };
    case 'weapon_system':
      return { id, kind, label: `${word} missile shield`, aliases: [], fields };
    case 'issue':
      return { id, kind, label: `${word} guarantees`, aliases: [], fields };
    case 'place':
      return { id, kind, label: `${word} Mountains`, aliases: [], fields };
  }
}

/** `count` entities, each kind at least once; word indices are consumed in order so names never clash. */
export function generateEntities(count: number, random: Random): GenEntity[] {
  const out: GenEntity[] = [];
  let word = 0;
  for (const [kind, share] of KIND_SHARES) {
    const n = Math.max(2, Math.round(count * share));
    for (let i = 0; i < n; i++) {
      const e = entityOf(kind, word++, random);
      if (random.chance(0.3))
        e.description = `A synthetic ${kind.replace('_', ' ')} for measurements & tests.`;
      out.push(e);
    }
  }
  return out;
}

export const ACTOR_KINDS: readonly EntityKind[] = ['state', 'organization', 'government_body', 'person'];
