/**
 * The filtered graph as GEXF 1.3, through the project's one writer (src/export: the same gexfChunks
 * as `stancegraph build`). A stancegraph graph gets the columns its schema declares; an opened file
 * gets columns inferred from its values.
 */
import type Graph from 'graphology';
import { gexfChunks, inferGexfSpecs, stancegraphGexfSpecs, type GexfWarning } from 'stancegraph';
import { isStancegraph } from '../input';
import { filteredCopy } from './filtered-copy';
import type { Visibility } from '../state';

export interface GexfExport {
  blob: Blob;
  warnings: GexfWarning[];
}

export function exportGexf(graph: Graph, visible: Visibility): GexfExport {
  const copy = filteredCopy(graph, visible);
  const warnings: GexfWarning[] = [];
  const stancegraph = isStancegraph(graph);
  const specs = stancegraph ? stancegraphGexfSpecs() : inferGexfSpecs(copy);
  const name = graph.getAttribute('name');
  const chunks = [
    ...gexfChunks(copy, {
      ...specs,
      creator: 'stancegraph viewer',
      ...(typeof name === 'string' ? { description: name } : {}),
      onWarning: (warning) => warnings.push(warning),
    }),
  ];
  // A Blob of chunks: the document is never one string.
  return { blob: new Blob(chunks, { type: 'application/gexf+xml' }), warnings };
}
