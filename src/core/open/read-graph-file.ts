/** Opens a graph file of either format, telling them apart by content (a file name may lie). */
import { readGexf } from './gexf-reader';
import { readGraphJson } from './json-reader';
import { GraphFileError, type ImportResult, type ReadLimits } from './types';

export function sniffFormat(text: string, fileName = ''): 'json' | 'gexf' | 'unknown' {
  const start = text
    .slice(0, 4096)
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (start.startsWith('{')) return 'json';
  if (start.startsWith('<')) return 'gexf';
  if (/\.json$/i.test(fileName)) return 'json';
  if (/\.gexf$/i.test(fileName)) return 'gexf';
  return 'unknown';
}

export function readGraphText(text: string, fileName = '', limits: Partial<ReadLimits> = {}): ImportResult {
  switch (sniffFormat(text, fileName)) {
    case 'json':
      return readGraphJson(text, limits);
    case 'gexf':
      return readGexf(text.replace(/^\uFEFF/, ''), limits);
    default:
      throw new GraphFileError(`${fileName || 'This file'} is neither GEXF (XML) nor graph.json (JSON).`);
  }
}
