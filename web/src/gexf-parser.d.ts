/** Types for graphology-gexf's parser factory, imported on its own (the package types only its entry points). */
declare module 'graphology-gexf/common/parser.js' {
  import type Graph from 'graphology';
  import type { GraphConstructor } from 'graphology-types';
  import type { GexfParserOptions } from 'graphology-gexf/common/types';
  type Parse = (Graph: GraphConstructor, source: string | Document, options?: GexfParserOptions) => Graph;
  export default function createParserFunction(domParser: typeof DOMParser, document: typeof Document): Parse;
}
