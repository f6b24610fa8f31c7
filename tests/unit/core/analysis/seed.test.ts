/**
 * Who stands where in the seed article, checked by hand against the text: positions (DNA's actor ×
 * concept network), alignment, interactions under the modality rules, voices, and the event table.
 */
import { describe, expect, it } from 'vitest';
import {
  alignmentNetwork,
  eventsTable,
  interactionNetwork,
  positionsNetwork,
  selectStatements,
  voicesNetwork,
} from '../../../../src/core/analysis';
import { graphOf } from '../../../support/pipeline';

const graph = graphOf('graph-data');
const { statements, excluded } = selectStatements(graph);
const positions = positionsNetwork(statements);
const position = (actor: string, target: string) =>
  positions.find((p) => p.actor === actor && p.target === target)?.position;

describe('positions on the seed', () => {
  it('says who is for and who against each issue', () => {
    expect(position('russia', 'legally-binding-guarantees')).toBe('for');
    expect(position('united-states', 'legally-binding-guarantees')).toBe('against');
    expect(position('russia', 'jointly-operated-missile-shield')).toBe('for');
    expect(position('nato', 'jointly-operated-missile-shield')).toBe('against');
    expect(position('russia', 'nato-russia-missile-defense-cooperation')).toBe('for');
    expect(position('nato', 'nato-russia-missile-defense-cooperation')).toBe('for');
    // For the treaty in one warning, against it in the threat to withdraw.
    expect(position('russia', 'new-start')).toBe('mixed');
    expect(position('russia', 'existing-missile-defense-elements')).toBe('neutral');
  });

  it('counts a statement once, and leaves the background claim out (and counts it)', () => {
    expect(excluded).toEqual({ background: 1, undated: 0, outsideWindow: 0 });
    const shield = positions.find((p) => p.actor === 'russia' && p.target === 'missile-shield')!;
    expect(shield).toMatchObject({ position: 'against', statements: 3, sources: 1 });
    expect(shield.stances).toEqual([
      'russia-criticizes-shield-range',
      'russia-sees-shield-as-threat',
      'russia-warns-shield-may-change',
    ]);
    expect(positions).toHaveLength(14);
  });
});

describe('interactions on the seed', () => {
  const { edges, events, withoutRecipient } = interactionNetwork(statements);

  it('weighs acts on their recipients under the modality rules', () => {
    expect(edges).toEqual([
      { actor: 'nato', recipient: 'russia', events: 3, weight: 0, conflict: 4, cooperation: 4 },
      { actor: 'russia', recipient: 'nato', events: 3, weight: -8.5, conflict: 8.5, cooperation: 0 },
      {
        actor: 'russia',
        recipient: 'united-states',
        events: 8,
        weight: -12.6,
        conflict: 12.6,
        cooperation: 0,
      },
      { actor: 'united-states', recipient: 'russia', events: 1, weight: -4, conflict: 4, cooperation: 0 },
    ]);
    expect(withoutRecipient).toBe(0);
  });

  it('adds no conflict for the denied threat', () => {
    const denial = statements.find((s) => s.id === 'russia-denies-threat-from-existing-elements')!;
    expect([denial.negated, denial.interaction]).toEqual([true, 0]);
    const without = interactionNetwork(statements.filter((s) => s !== denial)).edges;
    expect(without.find((e) => e.actor === 'russia' && e.recipient === 'united-states')).toMatchObject({
      conflict: 12.6,
    });
  });

  it("counts Medvedev's sentence once: the threat and the warning of an arms race are one event per recipient", () => {
    const medvedev = events.filter((e) => e.stances.includes('russia-warns-of-arms-race'));
    expect(medvedev.map((e) => [e.recipient, e.stance, e.weight, e.stances])).toEqual([
      [
        'nato',
        'russia-threatens-new-offensive-weapons',
        -1.5,
        ['russia-threatens-new-offensive-weapons', 'russia-warns-of-arms-race'],
      ],
      [
        'united-states',
        'russia-threatens-new-offensive-weapons',
        -1.5,
        ['russia-threatens-new-offensive-weapons', 'russia-warns-of-arms-race'],
      ],
    ]);
  });
});

describe('attributions and voices on the seed', () => {
  it("has NATO's rejection as one statement with two attributions", () => {
    expect(graph.edges('nato', 'jointly-operated-missile-shield')).toEqual(['nato-rejects-joint-operation']);
    expect(graph.getEdgeAttribute('nato-rejects-joint-operation', 'reportedBy')).toEqual([
      { by: 'narrator' },
      { by: 'dmitry-rogozin', date: '2011-05-16' },
    ]);
  });

  it('links every speaker to what they said and to the actor they speak for', () => {
    const voices = voicesNetwork(statements);
    const spoken = new Map<string, string[]>();
    for (const v of voices)
      if (v.role === 'said-about') spoken.set(v.speaker, [...(spoken.get(v.speaker) ?? []), ...v.stances]);
    const withSpeaker = statements.filter((s) => s.speaker !== undefined);
    for (const s of withSpeaker) expect(spoken.get(s.speaker!), s.id).toContain(s.id);
    expect(
      voices.filter((v) => v.role === 'speaks-for').map((v) => [v.speaker, v.to, v.stances.length]),
    ).toEqual([
      ['dmitry-medvedev', 'russia', 2],
      ['dmitry-rogozin', 'russia', 1],
      ['sergei-ryabkov', 'russia', 7],
    ]);
  });
});

describe('alignment on the seed', () => {
  it('puts NATO and Russia together on cooperation and apart on the jointly run shield; Russia and the U.S. apart', () => {
    expect(alignmentNetwork(positions)).toEqual([
      { actorA: 'nato', actorB: 'russia', congruence: 1, conflict: 1, targetsShared: 2 },
      { actorA: 'russia', actorB: 'united-states', congruence: 0, conflict: 1, targetsShared: 1 },
    ]);
  });
});

describe('the event table of the seed', () => {
  const rows = eventsTable(graph);

  it('has a row per stance and recipient, the background claim left out', () => {
    const withRecipients = statements.reduce((n, s) => n + s.recipients.length, 0);
    expect(rows).toHaveLength(withRecipients);
    expect(rows.some((r) => r.stance === 'russia-views-shield-with-suspicion')).toBe(false);
  });

  it('gives the CAMEO code, Goldstein value, quad class, modality and quote of each', () => {
    expect(rows.find((r) => r.stance === 'russia-agrees-to-consider-cooperation')).toEqual({
      date: '2010',
      actor: 'russia',
      actor_label: 'Russia',
      recipient: 'nato',
      recipient_label: 'NATO',
      cameo: '014',
      cameo_label: 'Consider policy option',
      goldstein: 0,
      quad_class: 1,
      weight: 0,
      // The demand of the same utterance is stronger: it is the row the statement counts with.
      counted: false,
      negated: false,
      hedged: false,
      conditional: true,
      reported_by: undefined,
      stance: 'russia-agrees-to-consider-cooperation',
      utterance: 'russia-answer-to-nato-proposal',
      quote: "It has agreed to consider NATO's proposal last fall to cooperate on the missile shield",
      source: '000_05cd6d67e97d83d5',
      url: 'https://www.foxnews.com/world/russia-wants-us-guarantees-on-missile-shield',
    });
    expect(rows.find((r) => r.stance === 'us-rejects-binding-guarantees')).toMatchObject({
      cameo: '12',
      goldstein: -4,
      quad_class: 3,
      counted: true,
      reported_by: 'sergei-ryabkov (2011-05-16)',
    });
  });
});
