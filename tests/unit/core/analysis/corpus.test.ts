/**
 * The analysis on a corpus of three sources (tests/fixtures/valid/positions: one AP story carried by
 * two outlets, and a Reuters story), where de-duplication, date windows, actor modes and DNA's
 * normalisations change the numbers. Every figure here was computed by hand from data.yaml.
 */
import { describe, expect, it } from 'vitest';
import {
  alignmentNetwork,
  analyse,
  defaultParameters,
  interactionNetwork,
  positionsNetwork,
  selectStatements,
  AlignmentTooLargeError,
} from '../../../../src/core/analysis';
import { graphOf } from '../../../support/pipeline';

const graph = graphOf('tests/fixtures/valid/positions');
const all = selectStatements(graph).statements;

describe('positions over several sources', () => {
  it('counts one statement carried by two outlets of one origin once, and independent origins apart', () => {
    const positions = positionsNetwork(all);
    expect(
      positions.map((p) => [p.actor, p.target, p.position, p.statements, p.sources, p.firstDate, p.lastDate]),
    ).toEqual([
      ['alpha', 'xeno', 'for', 2, 2, '2020-03-01', '2020-06-09'],
      ['alpha', 'ypsilon', 'mixed', 2, 2, '2020-03-01', '2020-06-09'],
      ['alpha', 'zeta', 'neutral', 1, 1, '2020-06-09', '2020-06-09'],
      ['beta', 'xeno', 'against', 1, 1, '2020-03-01', '2020-03-01'],
      ['beta', 'ypsilon', 'for', 1, 1, '2020-06-09', '2020-06-09'],
      ['gamma', 'xeno', 'against', 1, 1, undefined, undefined],
      ['gamma', 'ypsilon', 'for', 1, 1, '2020-06-09', '2020-06-09'],
      ['gamma', 'zeta', 'neutral', 1, 1, '2020-06-09', '2020-06-09'],
    ]);
    // Both outlets' copies are behind alpha → xeno, yet they are one statement.
    expect(positions[0]!.stances).toEqual([
      'alpha-demands-xeno-ap-1',
      'alpha-demands-xeno-ap-2',
      'alpha-supports-xeno',
    ]);
  });

  it('keeps only acts in a date window, leaving undated ones out and counting them', () => {
    const june = selectStatements(graph, { from: '2020-06-01', to: '2020-06-30' });
    expect(june.excluded).toEqual({ background: 1, undated: 1, outsideWindow: 4 });
    expect(positionsNetwork(june.statements).map((p) => `${p.actor} ${p.target} ${p.position}`)).toEqual([
      'alpha xeno for',
      'alpha ypsilon for',
      'alpha zeta neutral',
      'beta ypsilon for',
      'gamma ypsilon for',
      'gamma zeta neutral',
    ]);
    expect(selectStatements(graph).excluded).toEqual({ background: 1, undated: 0, outsideWindow: 0 });
  });

  it('takes the speakers as actors on request', () => {
    const bySpeakers = positionsNetwork(selectStatements(graph, { actors: 'speakers' }).statements);
    expect(bySpeakers.find((p) => p.actor === 'person-one')).toMatchObject({
      target: 'xeno',
      position: 'for',
      statements: 1,
    });
    expect(bySpeakers.find((p) => p.actor === 'alpha' && p.target === 'xeno')).toMatchObject({
      statements: 1,
    });
  });
});

describe('alignment over several sources', () => {
  const positions = positionsNetwork(all);

  it('counts congruence and conflict per target as DNA does, a mixed actor on both sides, neutral in shared only', () => {
    expect(alignmentNetwork(positions)).toEqual([
      { actorA: 'alpha', actorB: 'beta', congruence: 1, conflict: 2, targetsShared: 2 },
      { actorA: 'alpha', actorB: 'gamma', congruence: 1, conflict: 2, targetsShared: 3 },
      { actorA: 'beta', actorB: 'gamma', congruence: 2, conflict: 0, targetsShared: 2 },
    ]);
  });

  it("normalises as DNA's exporter: Jaccard by the cells of either actor, cosine by the product of their cells", () => {
    // Cells (target, position): alpha 3 (xeno for, ypsilon for and against), beta 2, gamma 2.
    expect(
      alignmentNetwork(positions, { normalize: 'jaccard' }).map((e) => [e.congruence, e.conflict]),
    ).toEqual([
      [1 / 4, 2 / 4],
      [1 / 4, 2 / 4],
      [2 / 2, 0],
    ]);
    expect(
      alignmentNetwork(positions, { normalize: 'cosine' }).map((e) => [e.congruence, e.conflict]),
    ).toEqual([
      [1 / 6, 2 / 6],
      [1 / 6, 2 / 6],
      [2 / 4, 0],
    ]);
  });

  it('refuses a target with more actors than the cap, naming it, and goes on when the cap is raised', () => {
    expect(() => alignmentNetwork(positions, { maxActorsPerTarget: 2 })).toThrow(AlignmentTooLargeError);
    expect(() => alignmentNetwork(positions, { maxActorsPerTarget: 2 })).toThrow(
      'alignment: the target "xeno" has 3 actors with a position on it, 3 pairs to compare, past the limit of 2 actors per target.',
    );
    expect(alignmentNetwork(positions, { maxActorsPerTarget: 3 })).toHaveLength(3);
  });
});

describe('interactions over several sources', () => {
  it('counts the AP statement once though two outlets carried it', () => {
    expect(interactionNetwork(all).edges).toEqual([
      { actor: 'alpha', recipient: 'beta', events: 1, weight: -5, conflict: 5, cooperation: 0 },
      { actor: 'beta', recipient: 'alpha', events: 1, weight: -4, conflict: 4, cooperation: 0 },
      { actor: 'gamma', recipient: 'beta', events: 1, weight: 4, conflict: 0, cooperation: 4 },
    ]);
    expect(interactionNetwork(all).withoutRecipient).toBe(7);
  });
});

describe('the networks as data', () => {
  it('record the parameters that made them and what they left out', () => {
    const result = analyse(graph, {
      ...defaultParameters('positions'),
      from: '2020-06-01',
      to: '2020-06-30',
    });
    expect(result.parameters).toEqual({
      network: 'positions',
      normalize: 'none',
      actors: 'principals',
      background: false,
      from: '2020-06-01',
      to: '2020-06-30',
    });
    expect(result.excluded).toEqual({ background: 1, undated: 1, outsideWindow: 4 });
    expect(result.table.columns).toEqual([
      'actor',
      'actor_label',
      'target',
      'target_label',
      'position',
      'statements',
      'sources',
      'first_date',
      'last_date',
    ]);
    expect(result.toGraph().order).toBe(6);
    expect(result.toGraph().getNodeAttributes('alpha')).toEqual({
      label: 'Alpha',
      kind: 'state',
      mode: 'actor',
    });
  });
});
