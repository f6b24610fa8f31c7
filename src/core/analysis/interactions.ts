/**
 * The interaction network (CAMEO's event view): an edge from an actor to each recipient of its acts,
 * weighted on the Goldstein scale under the modality rules of the vocabulary (interactionWeight):
 * background left out, a denial counts zero, a hedge or a condition halves, a report counts as the
 * act. One statement counts once per recipient and origin: stances drawn from one utterance (a
 * threat and the warning in the same sentence) give one event, weighted by the strongest of them.
 * A stance with no recipient is no interaction; it is left out and counted.
 */
import { quadClassOf } from '../schema';
import type { Statement } from './statements';

/** One event: a statement from an actor to one recipient, as CAMEO/ICEWS users tabulate them. */
export interface InteractionEvent {
  actor: string;
  recipient: string;
  /** The stance the event's weight comes from, and every stance of the statement. */
  stance: string;
  stances: string[];
  origin: string;
  cameo: string;
  goldstein: number;
  quadClass: number;
  weight: number;
}

export interface InteractionEdge {
  actor: string;
  recipient: string;
  events: number;
  /** Sum of the events' weights; and its negative and positive parts, as magnitudes. */
  weight: number;
  conflict: number;
  cooperation: number;
}

export interface Interactions {
  events: InteractionEvent[];
  edges: InteractionEdge[];
  /** Stances with no recipient, left out. */
  withoutRecipient: number;
}

const round = (v: number) => Math.round(v * 1000) / 1000 || 0;

export function interactionEvents(statements: readonly Statement[]): {
  events: InteractionEvent[];
  withoutRecipient: number;
} {
  let withoutRecipient = 0;
  const byKey = new Map<
    string,
    { best: Statement; stances: string[]; actor: string; recipient: string; origin: string }
  >();
  for (const s of statements) {
    if (s.recipients.length === 0) {
      withoutRecipient++;
      continue;
    }
    for (const recipient of s.recipients) {
      for (const origin of s.origins) {
        const key = [s.principal, recipient, s.utterance, origin].join('\u0000');
        const found = byKey.get(key);
        if (!found) byKey.set(key, { best: s, stances: [s.id], actor: s.principal, recipient, origin });
        else {
          found.stances.push(s.id);
          const stronger =
            Math.abs(s.interaction) > Math.abs(found.best.interaction) ||
            (Math.abs(s.interaction) === Math.abs(found.best.interaction) && s.id < found.best.id);
          if (stronger) found.best = s;
        }
      }
    }
  }
  const events = [...byKey.values()].map(({ best, stances, actor, recipient, origin }) => ({
    actor,
    recipient,
    stance: best.id,
    stances: stances.sort(),
    origin,
    cameo: best.cameo,
    goldstein: best.goldstein,
    quadClass: quadClassOf(best.cameo),
    weight: best.interaction,
  }));
  events.sort(
    (a, b) =>
      cmp(a.actor, b.actor) ||
      cmp(a.recipient, b.recipient) ||
      cmp(a.stance, b.stance) ||
      cmp(a.origin, b.origin),
  );
  return { events, withoutRecipient };
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function interactionNetwork(statements: readonly Statement[]): Interactions {
  const { events, withoutRecipient } = interactionEvents(statements);
  const edges = new Map<string, InteractionEdge>();
  for (const e of events) {
    const key = `${e.actor}\u0000${e.recipient}`;
    let edge = edges.get(key);
    if (!edge)
      edges.set(
        key,
        (edge = {
          actor: e.actor,
          recipient: e.recipient,
          events: 0,
          weight: 0,
          conflict: 0,
          cooperation: 0,
        }),
      );
    edge.events += 1;
    edge.weight += e.weight;
    if (e.weight < 0) edge.conflict += -e.weight;
    else edge.cooperation += e.weight;
  }
  const list = [...edges.values()].map((e) => ({
    ...e,
    weight: round(e.weight),
    conflict: round(e.conflict),
    cooperation: round(e.cooperation),
  }));
  return { events, edges: list, withoutRecipient };
}
