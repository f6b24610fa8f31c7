/**
 * GEXF (1.1 to 1.3, and the older drafts Gephi still writes) → a graph, through graphology-gexf's
 * browser parser (DOMParser). Malformed XML, a root that is not `<gexf>` and edges to missing nodes
 * become clear messages.
 */
import Graph from 'graphology';
// The parser alone, from its factory: the browser entry point would also bundle graphology-gexf's
// writer (the viewer writes GEXF with the project's own writer, as the command line does), and it
// builds the parser at import time, which needs a DOMParser that Node has not (unit tests import
// this module). The parser is made on first use from the page's DOMParser.
import createParser from 'graphology-gexf/common/parser.js';
import { GraphFileError } from './errors';
import { checkGexfText } from './gexf-guard';

let parse: ReturnType<typeof createParser> | undefined;

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
    parse ??= createParser(DOMParser, Document);
    return parse(Graph, doc, { allowUndeclaredAttributes: true });
  } catch (error) {
    const message = (error as Error).message.replace(/^graphology-gexf\/parser: /, '');
    throw new GraphFileError(`This GEXF file cannot be read: ${message}`);
  }
}
