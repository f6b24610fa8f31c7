/**
 * The filter panel: a fieldset of checkboxes per facet (kind, type, position, modality,
 * source) with counts, and a two-handle timeline when edges carry dates. Checked = shown. Only the
 * facets the graph has are offered.
 */
import { kindColor } from 'stancegraph';
import {
  dayNumber,
  isoDayOf,
  POLARITIES,
  toggleHidden,
  type Facets,
  type FilterState,
  type Polarity,
} from '../state';
import { append, button, clear, el } from './dom';
import { kindLabel, modalityLabels, polarityLabels, typeLabel } from './labels';

export interface FilterPanelOptions {
  sourceTitle(id: string): string;
  onChange(filters: FilterState): void;
}

type ListField = 'hiddenKinds' | 'hiddenTypes' | 'hiddenPolarities' | 'hiddenModalities' | 'hiddenSources';

let groupCounter = 0;

function checkboxGroup(
  title: string,
  field: ListField,
  values: Map<string, number>,
  label: (value: string) => string,
  filters: FilterState,
  onChange: (filters: FilterState) => void,
  swatch?: (value: string) => string,
): HTMLElement | null {
  if (values.size === 0) return null;
  const group = el(
    'fieldset',
    { class: 'facet', attrs: { 'data-facet': field } },
    el('legend', { text: title }),
  );
  const hidden = filters[field] as readonly string[];
  for (const [value, count] of values) {
    const id = `f${++groupCounter}`;
    const input = el('input', { attrs: { type: 'checkbox', id, 'data-value': value } });
    input.checked = !hidden.includes(value);
    input.addEventListener('change', () => {
      onChange({ ...filters, [field]: toggleHidden(hidden as string[], value, !input.checked) });
    });
    const dot = swatch ? el('span', { class: 'swatch', attrs: { 'aria-hidden': 'true' } }) : null;
    if (dot && swatch) dot.style.background = swatch(value);
    append(
      group,
      el(
        'div',
        { class: 'check' },
        input,
        el(
          'label',
          { attrs: { for: id } },
          dot,
          label(value),
          el('span', { class: 'count', text: ` ${count}` }),
        ),
      ),
    );
  }
  return group;
}

function timeline(
  facets: Facets,
  filters: FilterState,
  onChange: (filters: FilterState) => void,
): HTMLElement | null {
  if (!facets.dates) return null;
  const min = dayNumber(facets.dates.min);
  const max = dayNumber(facets.dates.max);
  const from = filters.dateFrom !== undefined ? Math.max(min, dayNumber(filters.dateFrom)) : min;
  const to = filters.dateTo !== undefined ? Math.min(max, dayNumber(filters.dateTo)) : max;
  const output = el('output', {
    attrs: { id: 'date-range-text' },
    text: `${isoDayOf(from)} – ${isoDayOf(to)}`,
  });
  const slider = (id: string, value: number, name: string) =>
    el('input', {
      attrs: {
        type: 'range',
        id,
        min: String(min),
        max: String(max),
        step: '1',
        value: String(value),
        'aria-label': name,
      },
    });
  const fromInput = slider('date-from', from, 'Earliest date');
  const toInput = slider('date-to', to, 'Latest date');
  const update = (moved: 'from' | 'to') => {
    let f = Number(fromInput.value);
    let t = Number(toInput.value);
    // The handles never cross: the one moved pushes the other.
    if (f > t) {
      if (moved === 'from') t = f;
      else f = t;
    }
    output.textContent = `${isoDayOf(f)} – ${isoDayOf(t)}`;
    onChange({
      ...filters,
      dateFrom: f > min ? isoDayOf(f) : undefined,
      dateTo: t < max ? isoDayOf(t) : undefined,
    });
  };
  fromInput.addEventListener('change', () => update('from'));
  toInput.addEventListener('change', () => update('to'));
  // While dragging, only the text follows; the graph follows on release (`change`).
  const preview = () =>
    (output.textContent = `${isoDayOf(Number(fromInput.value))} – ${isoDayOf(Number(toInput.value))}`);
  fromInput.addEventListener('input', preview);
  toInput.addEventListener('input', preview);
  return el(
    'fieldset',
    { class: 'facet timeline', attrs: { 'data-facet': 'dates' } },
    el('legend', { text: 'Date (dated edges; undated ones stay)' }),
    el('label', { attrs: { for: 'date-from' }, text: 'From' }),
    fromInput,
    el('label', { attrs: { for: 'date-to' }, text: 'To' }),
    toInput,
    output,
  );
}

export function renderFilterPanel(
  container: HTMLElement,
  facets: Facets,
  filters: FilterState,
  options: FilterPanelOptions,
): void {
  clear(container);
  const { onChange } = options;
  const polarities = new Map<string, number>(
    POLARITIES.filter((p) => facets.polarities.has(p)).map((p) => [p, facets.polarities.get(p)!]),
  );
  append(
    container,
    el('h2', { text: 'Filters' }),
    button(
      'Show all',
      () =>
        onChange({
          hiddenKinds: [],
          hiddenTypes: [],
          hiddenPolarities: [],
          hiddenModalities: [],
          hiddenSources: [],
        }),
      {
        class: 'small',
        attrs: { id: 'filters-reset' },
      },
    ),
    checkboxGroup('Entity kind', 'hiddenKinds', facets.kinds, kindLabel, filters, onChange, kindColor),
    checkboxGroup(
      'Position',
      'hiddenPolarities',
      polarities,
      (p) => polarityLabels[p as Polarity],
      filters,
      onChange,
    ),
    checkboxGroup('Relation or stance type', 'hiddenTypes', facets.types, typeLabel, filters, onChange),
    checkboxGroup(
      'Modality',
      'hiddenModalities',
      facets.modalities,
      (m) => modalityLabels[m] ?? m,
      filters,
      onChange,
    ),
    checkboxGroup('Source', 'hiddenSources', facets.sources, options.sourceTitle, filters, onChange),
    timeline(facets, filters, onChange),
  );
}
