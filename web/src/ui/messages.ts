/**
 * One message line for errors and notices (role=alert), with optional buttons (Retry, Reload): a
 * broken file or a failed load says so here, and says what can be done. The text is set as text.
 */
import { append, button, byId, clear } from './dom';

export interface MessageAction {
  label: string;
  run(): void;
}

export function showMessage(
  text: string,
  kind: 'error' | 'info' = 'info',
  actions: MessageAction[] = [],
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
  box.className = `message ${kind}`;
  box.hidden = false;
}

export function hideMessage(): void {
  byId('message').hidden = true;
}
