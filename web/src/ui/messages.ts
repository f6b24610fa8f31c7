/**
 * One message line for errors and notices (role=alert), with optional buttons (Retry, Reload) and
 * an optional folded list (every repair a file needed): a broken file or a failed load says so
 * here, and says what can be done. Everything is set as text.
 */
import { append, button, byId, clear, el } from './dom';

export interface MessageAction {
  label: string;
  run(): void;
}

export interface MessageDetails {
  summary: string;
  items: string[];
}

export function showMessage(
  text: string,
  kind: 'error' | 'info' = 'info',
  actions: MessageAction[] = [],
  details?: MessageDetails,
): void {
  const box = byId('message');
  clear(box);
  append(box, text);
  for (const action of actions) {
    append(
      box,
      ' ',
      button(action.label, () => action.run(), { class: 'small message-action' }),
    );
  }
  if (details && details.items.length > 0) {
    const list = el('ol', {}, ...details.items.map((item) => el('li', { text: item })));
    append(box, el('details', { class: 'message-details' }, el('summary', { text: details.summary }), list));
  }
  box.className = `message ${kind}`;
  box.hidden = false;
}

export function hideMessage(): void {
  byId('message').hidden = true;
}
