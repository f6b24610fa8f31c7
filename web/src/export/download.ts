import { viewerSettings } from '../settings';

/** Saves a Blob under a file name through a temporary link (the browser's download). */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), viewerSettings.downloadRevokeMs);
}

/** A file name from a graph name: letters, digits, dashes. */
export function fileStem(name: string): string {
  const stem = name
    .replace(/\.[a-z0-9]+$/i, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return stem === '' ? 'graph' : stem.slice(0, viewerSettings.fileStemMaxChars);
}
