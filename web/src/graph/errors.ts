/**
 * Errors for people: the shared reader's (src/import, the same as `stancegraph inspect`) and the
 * viewer's own limits: the size cap, checked before a file is read at all, and the counts, checked
 * by the reader as it goes, so that a file past them stops early.
 */
import type { ReadLimits } from 'stancegraph';
export { GraphFileError } from 'stancegraph';

/** Files past this size are refused before reading: the reader streams, but the graph they hold does not fit a tab. */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

/**
 * What the viewer draws at most. Past it, a tab would be frozen for minutes (sigma indexes and
 * draws on the page's thread: about 10 s of script per 185,000 edges, measured) or run out of memory,
 * so the file is refused while it is read, with a pointer to Gephi. `maxChars` matches the size cap.
 */
export const VIEWER_LIMITS: Partial<ReadLimits> = {
  maxChars: MAX_FILE_BYTES,
  maxNodes: 100_000,
  maxEdges: 250_000,
};

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
