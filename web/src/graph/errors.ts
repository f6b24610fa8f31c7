/**
 * Errors for people: the shared reader's (src/import, the same as `stancegraph inspect`) and the
 * viewer's own size cap, checked before a file is read at all.
 */
export { GraphFileError } from '../../../src/import';

/** Files past this size are refused before reading: a tab holding several copies of 200 MB of XML runs out of memory. */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
