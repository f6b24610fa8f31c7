/** A dialog with a source's full text and one quote marked in it, scrolled into view. */
import { locateQuote, splitAround } from '../state';
import { append, byId, clear, el, externalLink } from './dom';
import type { Evidence } from './edge-card';

export interface SourceRecordLike {
  id: string;
  title?: string;
  publisher?: string;
  published?: string;
  url?: string;
  text?: string;
}

export function sourcesOfGraph(value: unknown): Map<string, SourceRecordLike> {
  const sources = new Map<string, SourceRecordLike>();
  if (!Array.isArray(value)) return sources;
  for (const s of value) {
    if (typeof s === 'object' && s !== null && typeof s.id === 'string')
      sources.set(s.id, s as SourceRecordLike);
  }
  return sources;
}

export class SourceViewer {
  private readonly dialog = byId<HTMLDialogElement>('source-dialog');
  private readonly body = byId('source-body');

  constructor() {
    byId('source-close').addEventListener('click', () => this.dialog.close());
    // A click on the backdrop (the dialog element itself, outside its content) closes it.
    this.dialog.addEventListener('click', (event) => {
      if (event.target === this.dialog) this.dialog.close();
    });
  }

  isOpen(): boolean {
    return this.dialog.open;
  }

  show(evidence: Evidence, claim: string, source: SourceRecordLike | undefined): void {
    clear(this.body);
    append(this.body, el('h2', { attrs: { id: 'source-title' }, text: source?.title ?? evidence.source }));
    const meta = [source?.publisher, source?.published].filter((v): v is string => typeof v === 'string');
    append(
      this.body,
      el(
        'p',
        { class: 'source-meta' },
        meta.join(', '),
        meta.length > 0 && source?.url ? ' · ' : '',
        source?.url ? externalLink('original', source.url) : null,
      ),
      el('p', { class: 'claim', text: `Evidence for: ${claim}` }),
    );
    const text = el('div', { class: 'source-text', attrs: { tabindex: '0', 'aria-label': 'Source text' } });
    const span = source?.text !== undefined ? locateQuote(source.text, evidence) : undefined;
    if (source?.text !== undefined && span) {
      const [before, quote, after] = splitAround(source.text, span);
      const mark = el('mark', { text: quote });
      append(text, before, mark, after);
      append(this.body, text);
      this.dialog.showModal();
      mark.scrollIntoView({ block: 'center' });
    } else {
      append(text, el('mark', { text: evidence.quote }));
      const why =
        source?.text === undefined
          ? 'The source text is not in this graph; the quote alone:'
          : 'The quote was not found in the source text; the quote alone:';
      append(this.body, el('p', { class: 'note', text: why }), text);
      this.dialog.showModal();
    }
  }

  close(): void {
    if (this.dialog.open) this.dialog.close();
  }
}
