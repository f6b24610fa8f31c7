/** `stancegraph inspect FILE`: reads a GEXF or graph.json file as the viewer does, streaming, and reports on it. */
import { createReadStream, statSync } from 'node:fs';
import {
  GexfReader,
  GraphFileError,
  readGraphJson,
  sniffFormat,
  type ImportResult,
  type ReadLimits,
} from '../../core/open';
import type { Output } from './report';

export interface InspectReport {
  file: string;
  format: 'gexf' | 'json';
  version?: string;
  type: string;
  nodes: number;
  edges: number;
  positioned: boolean;
  nodeAttributes: string[];
  edgeAttributes: string[];
  warnings: string[];
}

/** The reader's limits the command line applies (the defaults: 2,000,000 nodes, 8,000,000 edges), characters as given. */
async function readFile(path: string, maxChars: number, limits: Partial<ReadLimits>): Promise<ImportResult> {
  const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 });
  let first = true;
  let reader: GexfReader | undefined;
  const jsonParts: string[] = [];
  let jsonLength = 0;
  for await (const chunk of stream as AsyncIterable<string>) {
    if (first) {
      first = false;
      const format = sniffFormat(chunk, path);
      if (format === 'unknown')
        throw new GraphFileError(`${path} is neither GEXF (XML) nor graph.json (JSON).`);
      if (format === 'gexf') reader = new GexfReader({ ...limits, maxChars });
    }
    if (reader) reader.write(chunk.replace(/^\uFEFF/, ''));
    else {
      jsonLength += chunk.length;
      if (jsonLength > maxChars)
        throw new GraphFileError(
          `${path} is larger than the limit of ${Math.round(maxChars / 1024 / 1024)} M characters.`,
        );
      jsonParts.push(chunk);
    }
  }
  if (first) throw new GraphFileError(`${path} is empty.`);
  return reader ? reader.end() : readGraphJson(jsonParts.join(''), { ...limits, maxChars });
}

function attributeNames(list: Iterable<Record<string, unknown>>): string[] {
  const names = new Set<string>();
  for (const attrs of list) for (const k of Object.keys(attrs)) names.add(k);
  return [...names].sort();
}

/** `limits` other than the defaults are for tests: the command line reads with the defaults. */
export async function inspectFile(
  path: string,
  maxMb: number,
  limits: Partial<ReadLimits> = {},
): Promise<InspectReport> {
  if (!statSync(path).isFile()) throw new GraphFileError(`${path} is not a file.`);
  const result = await readFile(path, maxMb * 1024 * 1024, limits);
  const g = result.graph;
  return {
    file: path,
    format: result.format,
    ...(result.version ? { version: result.version } : {}),
    type: g.type,
    nodes: g.order,
    edges: g.size,
    positioned: result.positioned,
    nodeAttributes: attributeNames(g.mapNodes((_n, a) => a)),
    edgeAttributes: attributeNames(g.mapEdges((_e, a) => a)),
    warnings: result.warnings.map((w) =>
      w.line > 0 ? `${path}:${w.line}:${w.column}: warning: ${w.message}` : `${path}: warning: ${w.message}`,
    ),
  };
}

export async function inspectCommand(
  file: string | undefined,
  maxMb: number,
  json: boolean,
  io: Output,
  limits: Partial<ReadLimits> = {},
): Promise<number> {
  if (file === undefined) {
    io.err('stancegraph inspect: expected a GEXF or graph.json file');
    return 2;
  }
  let report: InspectReport;
  try {
    report = await inspectFile(file, maxMb, limits);
  } catch (error) {
    if (error instanceof GraphFileError || (error as NodeJS.ErrnoException).code === 'ENOENT') {
      const message = error instanceof GraphFileError ? error.message : `no such file: ${file}`;
      io.err(
        `${file}${error instanceof GraphFileError && error.line ? `:${error.line}:${error.column}` : ''}: error: ${message}`,
      );
      return 1;
    }
    throw error;
  }
  if (json) {
    io.out(JSON.stringify(report, null, 2));
    return 0;
  }
  for (const w of report.warnings) io.err(w);
  io.out(
    `${report.file}: ${report.format.toUpperCase()}${report.version ? ` ${report.version}` : ''}, ${report.type} graph, ${report.nodes} nodes, ${report.edges} edges, ${report.positioned ? 'laid out' : 'without positions for every node (the viewer lays it out)'}`,
  );
  io.out(`node attributes: ${report.nodeAttributes.join(', ') || '—'}`);
  io.out(`edge attributes: ${report.edgeAttributes.join(', ') || '—'}`);
  return 0;
}
