/** One message line for errors and notices (role=alert): a broken file says so here, and the graph stays. */
import { byId } from './dom';

export function showMessage(text: string, kind: 'error' | 'info' = 'info'): void {
  const box = byId('message');
  box.textContent = text;
  box.className = `message ${kind}`;
  box.hidden = false;
}

export function hideMessage(): void {
  byId('message').hidden = true;
}
