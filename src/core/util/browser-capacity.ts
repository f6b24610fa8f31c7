/**
 * Whether a browser tab can hold a graph.json at all: the build warns before writing one that no
 * tab can open, and the viewer refuses such a file with the same words.
 */

/** V8's longest string (2^29 − 24 UTF-16 units): Chromium cannot read a larger file as one text. */
export const BROWSER_STRING_LIMIT = 2 ** 29 - 24;
/** A Chromium tab's JavaScript heap stops near 4 GB on 64-bit systems. */
export const BROWSER_HEAP_BYTES = 4 * 2 ** 30;
/**
 * Heap a tab needs per byte of graph.json once parsed into a graphology graph and drawn by Sigma
 * (objects, strings, WebGL buffers), with a margin above what the bench's graphs take.
 */
export const VIEWER_HEAP_PER_JSON_BYTE = 5;

export type ViewerCapacity =
  { fits: true } | { fits: false; limit: 'browser-string-length' | 'browser-heap'; message: string };

const gb = (bytes: number) => `${(bytes / 2 ** 30).toFixed(1)} GB`;

/** Whether a graph.json of `bytes` can be opened in a browser tab; if not, which limit and what to do. */
export function viewerCapacity(bytes: number): ViewerCapacity {
  const advice =
    'Open graph.gexf in Gephi instead, or build a smaller corpus for the viewer (for instance one data folder per year or per desk).';
  const needed = bytes * VIEWER_HEAP_PER_JSON_BYTE;
  if (needed > BROWSER_HEAP_BYTES) {
    return {
      fits: false,
      limit: 'browser-heap',
      message: `graph.json is ${gb(bytes)}: a browser tab would need about ${gb(needed)} of memory to show it, past the 4 GB a tab's JavaScript heap can hold. ${advice}`,
    };
  }
  if (bytes > BROWSER_STRING_LIMIT) {
    return {
      fits: false,
      limit: 'browser-string-length',
      message: `graph.json is ${gb(bytes)}: longer than the longest text a browser can hold in one piece (2^29 characters, about 0.5 GB). ${advice}`,
    };
  }
  return { fits: true };
}
