/** Types for graphology-gexf's browser parser, imported on its own (the package types only its entry points). */
declare module 'graphology-gexf/browser/parser.js' {
  import type Graph from 'graphology';
  import type { GraphConstructor } from 'graphology-types';
  import type { GexfParserOptions } from 'graphology-gexf/common/types';
  export default function parse(
    Graph: GraphConstructor,
    source: string | Document,
    options?: GexfParserOptions,
  ): Graph;
}
