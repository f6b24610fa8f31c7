/**
 * Type-ahead search (an ARIA combobox): typing lists matching nodes, arrows move through them,
 * Enter or a click chooses one. Matching and ranking are state/search-index's.
 */
import { viewerSettings } from '../settings';
import type { SearchResult } from '../state';
import { append, byId, clear, el } from './dom';

export class SearchBox {
  readonly input = byId<HTMLInputElement>('search');
  private readonly list = byId<HTMLUListElement>('search-results');
  private results: SearchResult[] = [];
  private active = -1;

  constructor(
    private readonly find: (query: string) => SearchResult[],
    private readonly choose: (node: string) => void,
  ) {
    this.input.addEventListener('input', () => this.update());
    this.input.addEventListener('focus', () => this.update());
    this.input.addEventListener('keydown', (event) => this.onKey(event));
    this.input.addEventListener('blur', () => {
      // Later than the option's own click, which must still land.
      setTimeout(() => this.close(), viewerSettings.searchCloseDelayMs);
    });
  }

  focus(): void {
    this.input.focus();
    this.input.select();
  }

  isOpen(): boolean {
    return !this.list.hidden;
  }

  close(): void {
    this.list.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
    this.active = -1;
  }

  /** Runs the query again (after a filter change, the results shrink or grow). */
  update(): void {
    const query = this.input.value;
    this.results = query.trim() === '' ? [] : this.find(query);
    clear(this.list);
    this.active = this.results.length > 0 ? 0 : -1;
    this.results.forEach((result, i) => {
      const option = el(
        'li',
        { attrs: { role: 'option', id: `search-option-${i}`, 'data-node': result.node } },
        el('span', { class: 'result-label', text: result.label }),
        result.alias !== undefined ? el('span', { class: 'result-alias', text: ` (${result.alias})` }) : null,
      );
      option.addEventListener('mousedown', (event) => event.preventDefault());
      option.addEventListener('click', () => this.pick(i));
      append(this.list, option);
    });
    if (query.trim() !== '' && this.results.length === 0)
      append(this.list, el('li', { class: 'no-result', text: 'No match among the shown nodes' }));
    this.list.hidden = query.trim() === '';
    this.input.setAttribute('aria-expanded', String(!this.list.hidden));
    this.highlight();
  }

  private highlight(): void {
    this.list
      .querySelectorAll('[role=option]')
      .forEach((option, i) => option.setAttribute('aria-selected', String(i === this.active)));
    if (this.active >= 0) this.input.setAttribute('aria-activedescendant', `search-option-${this.active}`);
    else this.input.removeAttribute('aria-activedescendant');
  }

  private pick(index: number): void {
    const result = this.results[index];
    if (!result) return;
    this.input.value = result.label;
    this.close();
    this.choose(result.node);
  }

  private onKey(event: KeyboardEvent): void {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (this.results.length === 0) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      this.active = (this.active + step + this.results.length) % this.results.length;
      this.highlight();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      this.pick(Math.max(0, this.active));
    } else if (event.key === 'Escape' && this.isOpen()) {
      // The first Escape closes the list; the next one (outside) clears the selection.
      event.stopPropagation();
      this.close();
    }
  }
}
