/** The legend: node colour by kind (the kinds present), node size by centrality, stance colour by position. */
import { RELATION_EDGE_COLOR, kindColor, positionColors } from 'stancegraph';
import { append, clear, el } from './dom';
import { kindLabel } from './labels';

function item(color: string, text: string, shape: 'dot' | 'line'): HTMLElement {
  const mark = el('span', {
    class: shape === 'dot' ? 'swatch' : 'edge-swatch',
    attrs: { 'aria-hidden': 'true' },
  });
  mark.style.background = color;
  return el('li', {}, mark, text);
}

export function renderLegend(container: HTMLElement, kinds: Iterable<string>, stancegraph: boolean): void {
  clear(container);
  append(container, el('h2', { text: 'Legend' }));
  const kindList = [...kinds];
  if (kindList.length > 0) {
    append(
      container,
      el('ul', { class: 'legend' }, ...kindList.map((k) => item(kindColor(k), kindLabel(k), 'dot'))),
    );
  } else {
    append(container, el('p', { class: 'note', text: 'Node colours as the file sets them.' }));
  }
  if (!stancegraph) return;
  append(
    container,
    el('p', { class: 'note', text: 'Node size: centrality (degree and betweenness).' }),
    el(
      'ul',
      { class: 'legend' },
      item(positionColors.for, 'Stance for its target', 'line'),
      item(positionColors.against, 'Stance against its target', 'line'),
      item(positionColors.neutral, 'Neutral stance', 'line'),
      item(RELATION_EDGE_COLOR, 'Relation', 'line'),
    ),
    el('p', { class: 'note', text: 'Arrows point from actor to target; parallel edges curve apart.' }),
  );
}
