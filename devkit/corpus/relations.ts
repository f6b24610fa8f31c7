/**
 * Standing relations: every entity is the `from` end of at least one (so none is unreferenced),
 * plus memberships and treaty parties with periods. People hold offices in actors chosen by
 * popularity, so big actors have many officials to speak for them.
 */
import type { RelationType } from '../../src/core/schema';
import type { GenEntity } from './entities';
import { ZipfPicker, type Random } from './random';
import { OFFICES } from './words';

export interface GenRelation {
  id: string;
  type: RelationType;
  from: string;
  to: string;
  title?: string;
  negated?: boolean;
  period?: { start?: string; end?: string };
  /** Quotes found in articles that state the relation (filled in while writing articles). */
  evidence: { source: string; quote: string }[];
  note?: string;
}

export interface RelationSet {
  relations: GenRelation[];
  /** For each actor id, the people who may speak for it (an office in it, or in one of its bodies). */
  speakers: Map<string, GenEntity[]>;
  /** For each person id, their office relation (to cite as evidence when an article names the office). */
  offices: Map<string, GenRelation>;
}

function period(random: Random): { start?: string; end?: string } {
  const start = 1950 + random.int(70);
  const p: { start?: string; end?: string } = { start: String(start) };
  if (random.chance(0.25))
    p.end = `${start + 1 + random.int(10)}-${String(1 + random.int(12)).padStart(2, '0')}`;
  return p;
}

export function generateRelations(entities: readonly GenEntity[], random: Random): RelationSet {
  const byKind = (kind: string) => entities.filter((e) => e.kind === kind);
  const states = byKind('state');
  const organizations = byKind('organization');
  const bodies = byKind('government_body');
  const weapons = byKind('weapon_system');
  const issues = byKind('issue');
  const treaties = byKind('treaty');
  const employers = new ZipfPicker([...states, ...organizations, ...bodies], random, 0.9);
  const relations: GenRelation[] = [];
  const speakers = new Map<string, GenEntity[]>();
  const offices = new Map<string, GenRelation>();
  const bodyOf = new Map<string, string>();
  const add = (r: Omit<GenRelation, 'id' | 'evidence'>): GenRelation => {
    const relation: GenRelation = {
      id: `rel-${String(relations.length + 1).padStart(7, '0')}`,
      evidence: [],
      ...r,
    };
    relations.push(relation);
    return relation;
  };

  for (const e of entities) {
    switch (e.kind) {
      case 'state':
        add({ type: 'member_of', from: e.id, to: random.pick(organizations).id, period: period(random) });
        break;
      case 'organization':
        add({ type: 'leads', from: e.id, to: random.pick(issues).id });
        break;
      case 'government_body': {
        const state = random.pick(states).id;
        bodyOf.set(e.id, state);
        add({ type: 'part_of', from: e.id, to: state });
        break;
      }
      case 'person':
        break; // after the bodies know their states
      case 'treaty':
        add({ type: 'restricts', from: e.id, to: random.pick(weapons).id });
        break;
      case 'weapon_system':
        add({ type: 'part_of', from: e.id, to: random.pick(states).id });
        break;
      case 'issue':
        add({ type: 'concerns', from: e.id, to: random.pick(entities).id });
        break;
      case 'place':
        add({ type: 'part_of', from: e.id, to: random.pick(states).id });
        break;
    }
  }
  const speakerFor = (actor: string, person: GenEntity) => {
    let list = speakers.get(actor);
    if (!list) speakers.set(actor, (list = []));
    list.push(person);
  };
  for (const person of entities) {
    if (person.kind !== 'person') continue;
    const employer = employers.pick(random);
    const office = add({
      type: 'holds_office_in',
      from: person.id,
      to: employer.id,
      title: person.fields.office ?? random.pick(OFFICES),
      ...(random.chance(0.3) ? { period: period(random) } : {}),
    });
    offices.set(person.id, office);
    speakerFor(employer.id, person);
    const state = bodyOf.get(employer.id);
    if (state !== undefined) speakerFor(state, person); // person → body → state: two affiliation steps
    if (random.chance(0.2)) add({ type: 'speaks_for', from: person.id, to: employer.id });
  }
  // Memberships, treaties and programmes beyond the first relation of each entity.
  for (let i = 0; i < Math.round(entities.length * 0.15); i++) {
    const state = random.pick(states).id;
    const roll = random.next();
    if (roll < 0.5)
      add({ type: 'party_to', from: state, to: random.pick(treaties).id, period: period(random) });
    else if (roll < 0.75) add({ type: 'develops', from: state, to: random.pick(weapons).id });
    else
      add({
        type: 'member_of',
        from: state,
        to: random.pick(organizations).id,
        negated: random.chance(0.2),
        period: period(random),
      });
  }
  return { relations, speakers, offices };
}
