/**
 * The positions network (two-mode, DNA's affiliation network): an edge from each actor to each
 * target it takes a position on, `for`, `against`, `mixed` (both) or `neutral` (neither), with its
 * statements counted once per utterance and origin, its independent origins, and its dates.
 */
import type { Position } from '../schema';
import { statementKeys, type Statement } from './statements';

export type AggregatePosition = Position | 'mixed';

export interface PositionEdge {
  actor: string;
  target: string;
  position: AggregatePosition;
  /** Which positions the actor took on the target, for the alignment network. */
  taken: { for: boolean; against: boolean; neutral: boolean };
  statements: number;
  sources: number;
  firstDate?: string;
  lastDate?: string;
  /** The stances behind the edge, by id. */
  stances: string[];
}

export function aggregatePosition(taken: PositionEdge['taken']): AggregatePosition {
  if (taken.for && taken.against) return 'mixed';
  return taken.for ? 'for' : taken.against ? 'against' : 'neutral';
}

const byKey = (a: { actor: string; target: string }, b: { actor: string; target: string }) =>
  a.actor < b.actor ? -1 : a.actor > b.actor ? 1 : a.target < b.target ? -1 : a.target > b.target ? 1 : 0;

/** Earliest and latest date as written, compared by the days they cover. */
function dateRange(statements: readonly Statement[]): { firstDate?: string; lastDate?: string } {
  let first: Statement | undefined;
  let last: Statement | undefined;
  for (const s of statements) {
    if (s.date === undefined) continue;
    if (!first || s.start! < first.start!) first = s;
    if (!last || s.end! > last.end!) last = s;
  }
  return { ...(first ? { firstDate: first.date! } : {}), ...(last ? { lastDate: last.date! } : {}) };
}

export function positionsNetwork(statements: readonly Statement[]): PositionEdge[] {
  const groups = new Map<string, Statement[]>();
  for (const s of statements) {
    const key = `${s.actor}\u0000${s.target}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = []));
    group.push(s);
  }
  const edges: PositionEdge[] = [];
  for (const group of groups.values()) {
    const taken = {
      for: group.some((s) => s.position === 'for'),
      against: group.some((s) => s.position === 'against'),
      neutral: group.some((s) => s.position === 'neutral'),
    };
    edges.push({
      actor: group[0]!.actor,
      target: group[0]!.target,
      position: aggregatePosition(taken),
      taken,
      statements: statementKeys(group).size,
      sources: new Set(group.flatMap((s) => s.origins)).size,
      ...dateRange(group),
      stances: group.map((s) => s.id).sort(),
    });
  }
  return edges.sort(byKey);
}
