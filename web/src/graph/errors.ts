/** An error whose message is meant for the person who opened the file, as it stands. */
export class GraphFileError extends Error {
  override name = 'GraphFileError';
}

/** Files past this size are refused before reading: a tab holding several copies of 200 MB of XML runs out of memory. */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
