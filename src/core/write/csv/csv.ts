/**
 * CSV as RFC 4180 writes it: comma-separated, CRLF line ends, a field quoted when it holds a comma,
 * a quote or a line break, quotes doubled inside. One header line, columns in the order given.
 * Streamed in chunks like the other writers.
 */
import { DEFAULT_CHUNK_SIZE } from '../gexf';

export type CsvValue = string | number | boolean | undefined | null;

export function csvField(value: CsvValue): string {
  if (value === undefined || value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function* csvChunks<Row>(
  columns: readonly (keyof Row & string)[],
  rows: Iterable<Row>,
  chunkSize = DEFAULT_CHUNK_SIZE,
): Generator<string> {
  let chunk = `${columns.join(',')}\r\n`;
  for (const row of rows) {
    chunk += `${columns.map((c) => csvField(row[c] as CsvValue)).join(',')}\r\n`;
    if (chunk.length >= chunkSize) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk !== '') yield chunk;
}
