/** Opening files: the picker (a button for the hidden input) and drag-and-drop anywhere on the page. */
import { byId } from './dom';

export function setUpFileOpening(open: (file: File) => void): void {
  const input = byId<HTMLInputElement>('file-input');
  byId('open-file').addEventListener('click', () => input.click());
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    // Cleared so that choosing the same file again fires `change` again.
    if (file) open(file);
    input.value = '';
  });
  const overlay = byId('drop-overlay');
  let depth = 0;
  const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
  window.addEventListener('dragenter', (event) => {
    if (!hasFiles(event)) return;
    depth += 1;
    overlay.hidden = false;
  });
  window.addEventListener('dragleave', () => {
    depth = Math.max(0, depth - 1);
    if (depth === 0) overlay.hidden = true;
  });
  window.addEventListener('dragover', (event) => {
    if (hasFiles(event)) event.preventDefault();
  });
  window.addEventListener('drop', (event) => {
    event.preventDefault();
    depth = 0;
    overlay.hidden = true;
    const file = event.dataTransfer?.files[0];
    if (file) open(file);
  });
}
