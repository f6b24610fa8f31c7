/** One relation or stance as a compact card (type, other end, speaker, date, modality, quotes) and its evidence list. */
import type Graph from 'graphology';
import type { Attributes } from 'graphology-types';
import { modalitiesOf } from '../state';
import { append, button, el } from './dom';
import { typeLabel } from './labels';

export interface Evidence {
  source: string;
  quote: string;
  start?: number;
  end?: number;
  prefix?: string;
  suffix?: string;
  direct?: boolean;
}

export interface EdgeCardContext {
  graph: Graph;
  selectNode(node: string): void;
  selectEdge(edge: string): void;
  showEvidence(evidence: Evidence, claim: string): void;
  sourceTitle(id: string): string;
}

function name(graph: Graph, node: string): string {
  const label = graph.hasNode(node) ? graph.getNodeAttribute(node, 'label') : undefined;
  return typeof label === 'string' && label !== '' ? label : node;
}

export function evidenceOf(attributes: Attributes): Evidence[] {
  const evidence: unknown = attributes.evidence;
  if (!Array.isArray(evidence)) return [];
  return evidence.filter(
    (e): e is Evidence =>
      typeof e === 'object' && e !== null && typeof e.quote === 'string' && typeof e.source === 'string',
  );
}

export function evidenceList(
  attributes: Attributes,
  ctx: EdgeCardContext,
  claim: string,
): HTMLElement | null {
  const evidence = evidenceOf(attributes);
  if (evidence.length === 0) return null;
  const list = el('ul', { class: 'quotes' });
  for (const e of evidence) {
    const quote = button(`“${e.quote}”`, () => ctx.showEvidence(e, claim), {
      class: 'quote',
      title: `Show the quote in ${ctx.sourceTitle(e.source)}`,
    });
    append(list, el('li', {}, quote));
  }
  return list;
}

/** `side`: which end to name (the other end than the node whose panel lists the card). */
export function edgeCard(edge: string, ctx: EdgeCardContext, side: 'source' | 'target'): HTMLElement {
  const { graph } = ctx;
  const a = graph.getEdgeAttributes(edge);
  const other = side === 'target' ? graph.target(edge) : graph.source(edge);
  const verb =
    typeof a.label === 'string'
      ? a.label
      : typeof a.relation === 'string'
        ? typeLabel(a.relation)
        : 'linked to';
  const swatch = el('span', { class: 'edge-swatch', attrs: { 'aria-hidden': 'true' } });
  swatch.style.background = typeof a.color === 'string' ? a.color : '#a0aec0';
  const head = el(
    'div',
    { class: 'card-head' },
    swatch,
    button(side === 'target' ? verb : `← ${verb}`, () => ctx.selectEdge(edge), {
      class: 'link type',
      title: 'Show this edge',
    }),
    ' ',
    button(name(graph, other), () => ctx.selectNode(other), { class: 'link node', title: 'Show this node' }),
  );
  const details: string[] = [];
  if (typeof a.speaker === 'string') details.push(`speaker: ${name(graph, a.speaker)}`);
  if (typeof a.date === 'string')
    details.push(`date: ${a.date}${typeof a.dateText === 'string' ? ` (“${a.dateText}”)` : ''}`);
  if (typeof a.position === 'string') details.push(a.position);
  const modalities = modalitiesOf(a).filter((m) => m !== 'asserted');
  if (modalities.length > 0) details.push(modalities.join(', '));
  if (a.negated === true && a.category !== 'stance') details.push('negated');
  return el(
    'div',
    { class: 'edge-card' },
    head,
    details.length > 0 ? el('p', { class: 'card-meta', text: details.join(' · ') }) : null,
    evidenceList(a, ctx, `${name(graph, graph.source(edge))} ${verb} ${name(graph, graph.target(edge))}`),
  );
}
