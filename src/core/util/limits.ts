/**
 * Hard limits of the JavaScript engine, and the error that names them. A corpus past one of them
 * must stop with a message that says which limit it hit and what to do, never with a bare
 * RangeError from deep inside a library.
 */

/** V8 keeps at most 2^24 entries in one Map or Set; graphology keeps every edge of a graph in one Map. */
export const V8_MAX_MAP_ENTRIES = 2 ** 24;
/** V8's longest string, in UTF-16 code units (64-bit builds). */
export const V8_MAX_STRING_LENGTH = 2 ** 29 - 24;

export type LimitKind = 'map-entries' | 'string-length' | 'memory';

export class LimitError extends Error {
  constructor(
    readonly limit: LimitKind,
    message: string,
  ) {
    super(message);
    this.name = 'LimitError';
  }
}

const SPLIT =
  'Split the corpus into several data folders (for instance one per year or per desk) and build each.';

/**
 * The RangeErrors V8 throws at its hard limits, as LimitErrors that say so; any other error is
 * returned as it is. `what` says what was being done ("validating", "building the graph").
 */
export function explainLimit(error: unknown, what: string): unknown {
  if (!(error instanceof RangeError)) return error;
  if (/Map maximum size exceeded|Set maximum size exceeded/i.test(error.message)) {
    return new LimitError(
      'map-entries',
      `while ${what}: more than ${V8_MAX_MAP_ENTRIES.toLocaleString('en')} (2^24) items of one kind — V8, Node's JavaScript engine, keeps at most that many entries in one Map, and the graph keeps all its edges (relations and stances together) in one. ${SPLIT}`,
    );
  }
  if (/Invalid string length/i.test(error.message)) {
    return new LimitError(
      'string-length',
      `while ${what}: a text longer than ${V8_MAX_STRING_LENGTH.toLocaleString('en')} characters (2^29, V8's longest string) was needed. ${SPLIT}`,
    );
  }
  return error;
}

/** Runs `f`, turning V8's limit errors into LimitErrors. */
export function withinLimits<T>(what: string, f: () => T): T {
  try {
    return f();
  } catch (error) {
    throw explainLimit(error, what);
  }
}
