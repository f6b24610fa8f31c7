/** Opening a file the user picked or dropped: size cap, format sniffing, parsing, preparation. */
import type Graph from 'graphology';
import { GraphFileError, MAX_FILE_BYTES, formatBytes } from './errors';
import { sniffFormat } from './gexf-guard';
import { parseGexf } from './parse-gexf';
import { parseGraphJson } from './parse-json';
import { prepareGraph } from './prepare';
import type { PositionRepair } from './positions';

export interface OpenedGraph {
  graph: Graph;
  name: string;
  format: 'json' | 'gexf';
  repair: PositionRepair;
}

export function graphFromText(text: string, name: string): OpenedGraph {
  const format = sniffFormat(text, name);
  if (format === 'unknown') {
    throw new GraphFileError(
      `"${name}" is neither GEXF nor graph.json: the viewer opens .gexf (1.1 to 1.3) and graph.json files.`,
    );
  }
  const graph = format === 'json' ? parseGraphJson(text) : parseGexf(text);
  const repair = prepareGraph(graph);
  return { graph, name, format, repair };
}

export async function openGraphFile(file: File): Promise<OpenedGraph> {
  if (file.size > MAX_FILE_BYTES) {
    throw new GraphFileError(
      `"${file.name}" is ${formatBytes(file.size)}; the viewer opens files up to ${formatBytes(MAX_FILE_BYTES)}.`,
    );
  }
  if (file.size === 0) throw new GraphFileError(`"${file.name}" is empty.`);
  return graphFromText(await file.text(), file.name);
}
