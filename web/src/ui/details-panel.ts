/**
 * The side panel: a node's kind, aliases, description, Wikidata link, its relations and stances
 * (outgoing and incoming, visible ones only) with their quotes; or one edge's full record. Every
 * value is set as text.
 */
import type Graph from 'graphology';
import type { Attributes } from 'graphology-types';
import { viewerSettings } from '../settings';
import { modalitiesOf, type Visibility } from '../state';
import { append, button, clear, el, externalLink } from './dom';
import { edgeCard, evidenceList, type EdgeCardContext } from './edge-card';
import { kindLabel, modalityLabels, typeLabel, valueText } from './labels';

export interface PanelContext extends EdgeCardContext {
  graph: Graph;
  visible: Visibility;
}

/** Attributes the panel shows in its own rows, or that are drawing data: left out of the attribute table. */
const NODE_SHOWN = new Set([
  'label',
  'kind',
  'aliases',
  'description',
  'wikidata',
  'note',
  'x',
  'y',
  'z',
  'size',
  'color',
]);
const EDGE_SHOWN = new Set([
  'label', 'relation', 'category', 'cameo', 'goldstein', 'quadClass', 'position', 'interaction', 'negated', 'hedged',
  'background', 'condition', 'conditionStance', 'recipient', 'audience', 'audienceEntity', 'reportedBy', 'inReplyTo',
  'utterance', 'title', 'date', 'dateText', 'validFrom', 'validUntil', 'speaker', 'sources', 'evidence', 'note',
  'color', 'size',
]); // prettier-ignore

function row(term: string, ...value: (Node | string)[]): HTMLElement[] {
  return [el('dt', { text: term }), el('dd', {}, ...value)];
}

function attributeTable(
  attributes: Attributes,
  shown: ReadonlySet<string>,
  title: string,
): HTMLElement | null {
  const names = Object.keys(attributes).filter((name) => !shown.has(name) && attributes[name] !== undefined);
  if (names.length === 0) return null;
  const list = el('dl', { class: 'attributes' });
  for (const name of names) append(list, ...row(name, valueText(attributes[name])));
  return el('details', { class: 'more' }, el('summary', { text: `${title} (${names.length})` }), list);
}

export function nodeName(graph: Graph, node: string): string {
  if (!graph.hasNode(node)) return node;
  const label = graph.getNodeAttribute(node, 'label');
  return typeof label === 'string' && label !== '' ? label : node;
}

export function renderNodeDetails(container: HTMLElement, node: string, ctx: PanelContext): void {
  clear(container);
  const { graph } = ctx;
  const a = graph.getNodeAttributes(node);
  const swatch = el('span', { class: 'swatch', attrs: { 'aria-hidden': 'true' } });
  swatch.style.background = typeof a.color === 'string' ? a.color : viewerSettings.defaultNodeColor;
  append(container, el('h2', { attrs: { id: 'panel-title' } }, swatch, nodeName(graph, node)));
  const facts = el('dl', { class: 'facts' });
  if (typeof a.kind === 'string') append(facts, ...row('Kind', kindLabel(a.kind)));
  if (Array.isArray(a.aliases) && a.aliases.length > 0)
    append(facts, ...row('Also called', valueText(a.aliases)));
  if (typeof a.wikidata === 'string' && /^Q\d+$/.test(a.wikidata)) {
    append(
      facts,
      ...row('Wikidata', externalLink(a.wikidata, `https://www.wikidata.org/wiki/${a.wikidata}`)),
    );
  }
  append(container, facts);
  if (typeof a.description === 'string')
    append(container, el('p', { class: 'description', text: a.description }));
  if (typeof a.note === 'string') append(container, el('p', { class: 'note', text: a.note }));

  const outgoing: string[] = [];
  const incoming: string[] = [];
  graph.forEachEdge(node, (edge, _attributes, source) => {
    if (!ctx.visible.edges.has(edge)) return;
    (source === node ? outgoing : incoming).push(edge);
  });
  for (const [title, edges, side] of [
    ['Outgoing', outgoing, 'target'],
    ['Incoming', incoming, 'source'],
  ] as const) {
    const section = el('section', { class: 'edges' }, el('h3', { text: `${title} (${edges.length})` }));
    if (edges.length === 0) append(section, el('p', { class: 'empty', text: 'None shown.' }));
    const list = el('ul', { class: 'edge-list' });
    for (const edge of edges) append(list, el('li', {}, edgeCard(edge, ctx, side)));
    append(section, list);
    append(container, section);
  }
  append(container, attributeTable(a, NODE_SHOWN, 'Attributes'));
}

export function renderEdgeDetails(container: HTMLElement, edge: string, ctx: PanelContext): void {
  clear(container);
  const { graph } = ctx;
  const a = graph.getEdgeAttributes(edge);
  const source = graph.source(edge);
  const target = graph.target(edge);
  const type = typeof a.relation === 'string' ? a.relation : undefined;
  const verb =
    typeof a.label === 'string' ? a.label : type ? typeLabel(type) : graph.isDirected(edge) ? '→' : '—';
  append(
    container,
    el(
      'h2',
      { attrs: { id: 'panel-title' } },
      button(nodeName(graph, source), () => ctx.selectNode(source), { class: 'link' }),
      ` ${verb} `,
      button(nodeName(graph, target), () => ctx.selectNode(target), { class: 'link' }),
    ),
  );
  const facts = el('dl', { class: 'facts' });
  if (type) append(facts, ...row(a.category === 'stance' ? 'Stance' : 'Relation', typeLabel(type)));
  if (typeof a.position === 'string') append(facts, ...row('Position', `${a.position} the target`));
  if (typeof a.cameo === 'string') append(facts, ...row('CAMEO', a.cameo));
  if (typeof a.goldstein === 'number')
    append(
      facts,
      ...row('Goldstein', `${a.goldstein > 0 ? '+' : ''}${a.goldstein} (−10 conflict … +10 cooperation)`),
    );
  if (a.category === 'stance')
    append(
      facts,
      ...row(
        'Modality',
        modalitiesOf(a)
          .map((m) => modalityLabels[m] ?? m)
          .join(', '),
      ),
    );
  if (a.negated === true && a.category !== 'stance')
    append(facts, ...row('Negated', 'the source says it does not hold'));
  if (typeof a.condition === 'string') append(facts, ...row('Condition', a.condition));
  if (typeof a.title === 'string') append(facts, ...row('Title', a.title));
  if (typeof a.date === 'string')
    append(facts, ...row('Date', typeof a.dateText === 'string' ? `${a.date} (“${a.dateText}”)` : a.date));
  if (typeof a.validFrom === 'string' || typeof a.validUntil === 'string') {
    append(facts, ...row('Valid', `${valueText(a.validFrom) || '…'} – ${valueText(a.validUntil) || '…'}`));
  }
  const people: [string, unknown[]][] = [
    ['Speaker', [a.speaker]],
    ['Recipient', Array.isArray(a.recipient) ? a.recipient : []],
    ['Audience', [a.audienceEntity]],
    ['Reported by', Array.isArray(a.reportedBy) ? a.reportedBy.map((r: { by?: unknown }) => r?.by) : []],
  ];
  for (const [name, list] of people) {
    const ids = list.filter((id): id is string => typeof id === 'string' && graph.hasNode(id));
    if (ids.length > 0)
      append(
        facts,
        ...row(
          name,
          ...ids.map((who) => button(nodeName(graph, who), () => ctx.selectNode(who), { class: 'link' })),
        ),
      );
  }
  if (Array.isArray(a.sources) && a.sources.length > 0) {
    append(facts, ...row('Sources', a.sources.map((id: unknown) => ctx.sourceTitle(String(id))).join('; ')));
  }
  append(container, facts);
  if (typeof a.note === 'string') append(container, el('p', { class: 'note', text: a.note }));
  append(container, evidenceList(a, ctx, verb));
  append(container, attributeTable(a, EDGE_SHOWN, 'Attributes'));
}
