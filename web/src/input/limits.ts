/**
 * The viewer's limits on what it reads: the size cap, checked before a file is read at all, and
 * the counts, checked by the shared reader as it goes, so that a file past them stops early with a
 * pointer to Gephi. The figures are settings (settings/).
 */
import type { ReadLimits } from 'stancegraph';
import { viewerSettings } from '../settings';

/** What the reader accepts; `maxChars` matches the size cap. */
export const VIEWER_LIMITS: Partial<ReadLimits> = {
  maxChars: viewerSettings.maxFileBytes,
  maxNodes: viewerSettings.maxNodes,
  maxEdges: viewerSettings.maxEdges,
};
