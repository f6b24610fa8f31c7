/**
 * An analysis network in the format asked for: CSV (its table), GEXF (Gephi, networkx), GraphML
 * (igraph, visone, R, networkx) or JSON (the graph in graphology's format with the table). Each
 * records the parameters that made it: GEXF in its meta description, GraphML as graph data, JSON
 * as a field; a CSV keeps its one header line, and its parameters go in a sidecar (parametersJson).
 */
import type { NetworkResult } from '../analysis';
import { csvChunks } from './csv';
import { gexfChunks } from './gexf';
import { graphmlChunks } from './graphml';

export const NETWORK_FORMATS = ['csv', 'gexf', 'graphml', 'json'] as const;
export type NetworkFormat = (typeof NETWORK_FORMATS)[number];

/** The parameters as a stable JSON text (keys in a fixed order, absent ones left out). */
export function parametersJson(result: NetworkResult): string {
  const p = result.parameters;
  const ordered = {
    generator: 'stancegraph',
    network: p.network,
    from: p.from,
    to: p.to,
    normalize: p.normalize,
    actors: p.actors,
    background: p.background,
    maxActorsPerTarget: p.maxActorsPerTarget,
    dataDigest: p.dataDigest,
    excluded: result.excluded,
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

export function networkChunks(result: NetworkResult, format: NetworkFormat): Iterable<string> {
  const parameters = parametersJson(result).trim();
  switch (format) {
    case 'csv':
      return csvChunks(result.table.columns, result.table.rows);
    case 'gexf':
      return gexfChunks(result.toGraph(), {
        nodeAttributes: result.nodeColumns,
        edgeAttributes: result.edgeColumns,
        creator: 'stancegraph',
        description: `stancegraph analyse ${parameters.replace(/\s+/g, ' ')}`,
        kindAttribute: result.kindAttribute,
        weightAttribute: result.weightAttribute,
      });
    case 'graphml':
      return graphmlChunks(result.toGraph(), {
        nodeColumns: result.nodeColumns,
        edgeColumns: result.edgeColumns,
        graphData: { parameters },
      });
    case 'json':
      return [
        `${JSON.stringify({ parameters: JSON.parse(parameters), graph: result.toGraph().export(), table: result.table }, null, 2)}\n`,
      ];
  }
}
