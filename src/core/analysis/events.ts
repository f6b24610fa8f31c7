/**
 * The event table CAMEO/ICEWS users expect, one row per stance and recipient: date, actor,
 * recipient, CAMEO code, Goldstein value and quad class, the weight under the modality rules and
 * whether it is the row its statement counts with (stances of one utterance count once), the
 * modality fields, the first quote, and the source with its URL.
 */
import { stanceTypes, type StanceType } from '../schema';
import { interactionEvents } from './interactions';
import { selectStatements, type AnalysisGraph, type Statement } from './statements';
import type { TableRow } from './networks';

export const EVENT_COLUMNS = [
  'date',
  'actor',
  'actor_label',
  'recipient',
  'recipient_label',
  'cameo',
  'cameo_label',
  'goldstein',
  'quad_class',
  'weight',
  'counted',
  'negated',
  'hedged',
  'conditional',
  'reported_by',
  'stance',
  'utterance',
  'quote',
  'source',
  'url',
] as const;

/** The rows, from the statements of a selection (by principals), or from every one. */
export function eventsTable(
  graph: AnalysisGraph,
  statements: readonly Statement[] = selectStatements(graph).statements,
): TableRow[] {
  const counted = new Set(interactionEvents(statements).events.map((e) => `${e.stance}\u0000${e.recipient}`));
  const urls = new Map((graph.getAttribute('sources') ?? []).map((s) => [s.id, s.url]));
  const label = (id: string) => (graph.hasNode(id) ? graph.getNodeAttribute(id, 'label') : id);
  const rows: TableRow[] = [];
  for (const s of statements) {
    const edge = graph.getEdgeAttributes(s.id);
    const first = edge.evidence[0];
    for (const recipient of s.recipients) {
      rows.push({
        date: s.date,
        actor: s.principal,
        actor_label: label(s.principal),
        recipient,
        recipient_label: label(recipient),
        cameo: s.cameo,
        cameo_label: stanceTypes[s.type as StanceType]?.cameoLabel,
        goldstein: s.goldstein,
        quad_class: s.quadClass,
        weight: s.interaction,
        counted: counted.has(`${s.id}\u0000${recipient}`),
        negated: s.negated,
        hedged: s.hedged,
        conditional: s.conditional,
        reported_by:
          (edge.reportedBy ?? []).map((r) => (r.date ? `${r.by} (${r.date})` : r.by)).join('; ') || undefined,
        stance: s.id,
        utterance: s.utterance,
        quote: first?.quote,
        source: first?.source,
        url: first ? urls.get(first.source) : undefined,
      });
    }
  }
  return rows.sort(
    (a, b) =>
      cmp(String(a.actor), String(b.actor)) ||
      cmp(String(a.stance), String(b.stance)) ||
      cmp(String(a.recipient), String(b.recipient)),
  );
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
