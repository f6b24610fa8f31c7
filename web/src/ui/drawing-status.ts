/**
 * What the page says about its drawing: lost (WebGL context loss, recovery under way), restored,
 * or failed for good (with Reload). body[data-drawing] says the same to scripts and tests.
 */
import { showMessage } from './messages';

export function showDrawingLost(): void {
  document.body.dataset.drawing = 'lost';
  showMessage(
    'The graphics context was lost (the GPU was reset, or the browser needed it elsewhere); restoring the drawing…',
    'error',
  );
}

export function showDrawingRestored(milliseconds: number): void {
  const ms = Math.round(milliseconds);
  document.body.dataset.drawing = 'ok';
  document.body.dataset.recoveryMs = String(ms);
  showMessage(`The drawing was restored after the graphics context was lost (in ${ms} ms).`);
}

/** `fromBuild`: the view is in the address, so Reload brings it back; an opened file must be opened again. */
export function showDrawingFailed(message: string, fromBuild: boolean): void {
  document.body.dataset.drawing = 'failed';
  const reload = fromBuild
    ? 'Reload the page to try again; the view is kept in its address.'
    : 'Reload the page to try again, then open the file again.';
  showMessage(`${message} ${reload}`, 'error', [{ label: 'Reload', run: () => location.reload() }]);
}
