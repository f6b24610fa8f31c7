/**
 * Stage 8, write: graph.json, graph.gexf, the analysis tables (positions.csv, alignment.csv,
 * events.csv) and manifest.json, streamed into a sink that the caller provides (the Node side writes
 * files into a build folder it publishes at once; a browser could make Blobs). The manifest lists
 * counts, each file's size and SHA-256 as the sink measured them, and how each table was made.
 */
import type { BuildAnalysis } from '../analysis';
import { EVENT_COLUMNS } from '../analysis';
import type { StanceGraph } from '../build';
import { GENERATOR } from '../build';
import { viewerCapacity } from '../util';
import { csvChunks } from './csv';
import { gexfChunks, stancegraphGexfSpecs, type GexfWarning } from './gexf';
import { graphJsonChunks } from './json';
import { parametersJson } from './network-formats';

export const OUTPUT_FILES = [
  'graph.json',
  'graph.gexf',
  'positions.csv',
  'alignment.csv',
  'events.csv',
  'manifest.json',
] as const;
export type OutputFile = (typeof OUTPUT_FILES)[number];

export interface WrittenFile {
  bytes: number;
  /** SHA-256 of the file's content, hex. */
  sha256: string;
}

export interface OutputSink {
  write(name: OutputFile, chunks: Iterable<string>): WrittenFile;
}

export type OutputCounts = Record<
  'nodes' | 'edges' | 'sources' | 'entities' | 'relations' | 'stances',
  number
>;

export interface WrittenOutputs {
  /** Bytes written, by file name. */
  files: Record<OutputFile, number>;
  gexfWarnings: GexfWarning[];
  /** What the outputs cannot do, said once: a graph.json too large for any browser tab to open. */
  notices: string[];
}

export interface WriteOptions {
  counts: OutputCounts;
  /** How many warnings the validation gave, said in the manifest. */
  warnings: number;
  /** Told after each file, for timings and progress. */
  onFile?: (name: OutputFile) => void;
}

export function writeOutputs(
  graph: StanceGraph,
  analysis: BuildAnalysis | undefined,
  sink: OutputSink,
  options: WriteOptions,
): WrittenOutputs {
  const gexfWarnings: GexfWarning[] = [];
  const notices = [...(analysis?.notices ?? [])];
  const written: Partial<Record<OutputFile, WrittenFile>> = {};
  const write = (name: OutputFile, chunks: Iterable<string>) => {
    written[name] = sink.write(name, chunks);
    options.onFile?.(name);
    return written[name];
  };
  const json = write('graph.json', graphJsonChunks(graph));
  const capacity = viewerCapacity(json.bytes);
  if (!capacity.fits) notices.push(`graph.json: the viewer cannot open it: ${capacity.message}`);
  write(
    'graph.gexf',
    gexfChunks(graph, {
      ...stancegraphGexfSpecs(),
      creator: GENERATOR,
      description: graph.getAttribute('name'),
      onWarning: (w) => gexfWarnings.push(w),
    }),
  );
  if (analysis) {
    const tables = { positions: analysis.positions, alignment: analysis.alignment } as const;
    for (const [name, result] of Object.entries(tables))
      write(`${name}.csv` as OutputFile, csvChunks(result.table.columns, result.table.rows));
    write('events.csv', csvChunks(EVENT_COLUMNS, analysis.events));
  }
  // The manifest lets a reader check that the files belong together, and says how each table was
  // made (on this graph.json); it holds no time, so it is deterministic.
  const parameters = (result: BuildAnalysis['positions']) =>
    JSON.parse(parametersJson({ ...result, parameters: { ...result.parameters, dataDigest: json.sha256 } }));
  const manifest = {
    generator: GENERATOR,
    counts: options.counts,
    warnings: options.warnings,
    files: Object.fromEntries(
      Object.entries(written).map(([name, file]) => [name, { bytes: file.bytes, sha256: file.sha256 }]),
    ),
    ...(analysis
      ? {
          analysis: {
            'positions.csv': parameters(analysis.positions),
            'alignment.csv': parameters(analysis.alignment),
            'events.csv': {
              generator: GENERATOR,
              table: 'events',
              background: false,
              dataDigest: json.sha256,
            },
          },
        }
      : {}),
    notices,
  };
  write('manifest.json', [`${JSON.stringify(manifest, null, 2)}\n`]);
  return {
    files: Object.fromEntries(Object.entries(written).map(([name, file]) => [name, file.bytes])) as Record<
      OutputFile,
      number
    >,
    gexfWarnings,
    notices,
  };
}
