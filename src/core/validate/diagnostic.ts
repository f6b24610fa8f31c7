/** Diagnostics: errors and warnings as data, each located in a file. */

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  severity: Severity;
  /** Stable kebab-case rule name: "unknown-id", "quote-not-found"… Tests and scripts match on it. */
  code: string;
  /** The file, as the user named the data folder: "graph-data/articles/000.yaml". */
  file: string;
  /** 1-based line and column. */
  line: number;
  column: number;
  /** The field, as a path into the file: "stances[3].evidence[0].quote"; "" for the whole file. */
  path: string;
  /** One sentence: what was expected and what was found. */
  message: string;
  /** Known ids close to an unknown one, best first. */
  suggestions?: string[];
}

/** Formats a path of keys and indices the way people write it: stances[3].evidence[0].quote */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

export function formatDiagnostic(d: Diagnostic): string {
  const where = `${d.file}:${d.line}:${d.column}`;
  const field = d.path ? ` ${d.path}:` : '';
  return `${where}: ${d.severity} [${d.code}]${field} ${d.message}`;
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.line - b.line ||
    a.column - b.column ||
    (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}

/** Describes a value found in the data, for "found …" in messages. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object') return 'a map';
  if (typeof value === 'string') {
    // JSON escapes control characters and lone surrogates, so the terminal shows them as \u codes.
    return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}…` : value);
  }
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return `the boolean ${value}`;
  return typeof value;
}

export function quoteList(items: readonly string[], conjunction = 'or'): string {
  const quoted = items.map((s) => `"${s}"`);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} ${conjunction} ${quoted[quoted.length - 1]}`;
}
