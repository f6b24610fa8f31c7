/**
 * GEXF (1.1 to 1.3, and the older drafts Gephi still writes) → a graph, through graphology-gexf's
 * browser parser (DOMParser). Malformed XML, a root that is not `<gexf>` and edges to missing nodes
 * become clear messages.
 */
import Graph from 'graphology';
// The parser alone: the browser entry point would also bundle graphology-gexf's writer, and the
// viewer writes GEXF with the project's own writer (src/export), the same as the command line.
import parse from 'graphology-gexf/browser/parser.js';
import { GraphFileError } from './errors';
import { checkGexfText } from './gexf-guard';

export function parseGexf(text: string): Graph {
  checkGexfText(text);
  const doc = new DOMParser().parseFromString(text, 'application/xml');
  const parserError = doc.getElementsByTagName('parsererror')[0];
  if (parserError) {
    // Chromium's message names the line and column: show it as text.
    const detail = (parserError.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 300);
    throw new GraphFileError(`This GEXF file is not well-formed XML: ${detail}`);
  }
  const root = doc.documentElement;
  if (root.localName !== 'gexf') {
    throw new GraphFileError(
      `This XML file is not GEXF: its root element is <${root.localName}>, not <gexf>.`,
    );
  }
  if (root.getElementsByTagName('graph').length === 0) {
    throw new GraphFileError('This GEXF file has no <graph> element.');
  }
  try {
    return parse(Graph, doc, { allowUndeclaredAttributes: true });
  } catch (error) {
    const message = (error as Error).message.replace(/^graphology-gexf\/parser: /, '');
    throw new GraphFileError(`This GEXF file cannot be read: ${message}`);
  }
}
