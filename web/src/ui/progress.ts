/**
 * The progress line while a file is read or graph.json loads: what, how far (bytes read of the
 * total, when the total is known), and a Cancel button. It lives outside the message line, so a
 * message shown meanwhile does not hide it.
 */
import { byId } from './dom';
import { formatBytes } from './format';

export class ProgressLine {
  private readonly box = byId('progress');
  private readonly text = byId('progress-text');
  private readonly bar = byId<HTMLProgressElement>('progress-bar');
  private readonly cancelButton = byId<HTMLButtonElement>('progress-cancel');
  private label = '';
  private onCancel: (() => void) | undefined;

  constructor() {
    this.cancelButton.addEventListener('click', () => this.onCancel?.());
  }

  show(label: string, onCancel: () => void): void {
    this.label = label;
    this.onCancel = onCancel;
    this.text.textContent = `${label}…`;
    // No value: an indeterminate bar until the first bytes are counted.
    this.bar.removeAttribute('value');
    this.box.hidden = false;
  }

  update(bytes: number, total: number): void {
    // A compressed response can deliver more bytes than its Content-Length: then the total is unknown.
    if (total > 0 && bytes <= total) {
      this.bar.max = total;
      this.bar.value = Math.min(bytes, total);
      this.text.textContent = `${this.label}: ${formatBytes(bytes)} of ${formatBytes(total)}`;
    } else this.text.textContent = `${this.label}: ${formatBytes(bytes)}`;
  }

  /** After the bytes, the graph is built and drawn: a step with no byte count. */
  step(text: string): void {
    this.text.textContent = text;
    this.bar.removeAttribute('value');
  }

  hide(): void {
    this.onCancel = undefined;
    this.box.hidden = true;
  }

  isShown(): boolean {
    return !this.box.hidden;
  }
}
