/**
 * Checks on GEXF text before any XML parser sees it. A DOCTYPE can declare entities that expand
 * without bound ("billion laughs") or reach for external files; GEXF never needs one, so a file
 * with a DOCTYPE or ENTITY declaration is refused.
 */
import { GraphFileError } from './errors';

/** The prolog: everything before the root element's start tag (declarations can only stand there). */
function prologOf(text: string): string {
  const root = /<(?![?!])/.exec(text);
  return root ? text.slice(0, root.index) : text;
}

export function checkGexfText(text: string): void {
  if (/<!(DOCTYPE|ENTITY)/i.test(prologOf(text))) {
    throw new GraphFileError(
      'This file declares a DOCTYPE or ENTITY, which GEXF never needs and which can make an XML parser expand text without bound: it was not opened.',
    );
  }
}

/** What the text looks like, by its first non-blank characters (the file name may lie). */
export function sniffFormat(text: string, fileName: string): 'json' | 'gexf' | 'unknown' {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('{') || start.startsWith('[')) return 'json';
  if (start.startsWith('<')) return /<gexf[\s>]/.test(text.slice(0, 4096)) ? 'gexf' : 'unknown';
  if (/\.json$/i.test(fileName)) return 'json';
  return 'unknown';
}
