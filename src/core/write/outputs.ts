/**
 * Stage 7, write: graph.json, graph.gexf and manifest.json, streamed into a sink that the caller
 * provides (the Node side writes files into a build folder it publishes at once; a browser could
 * make Blobs). The manifest lists counts and each file's size and SHA-256, as the sink measured them.
 */
import type { StanceGraph } from '../build';
import { GENERATOR } from '../build';
import { viewerCapacity } from '../util';
import { gexfChunks, stancegraphGexfSpecs, type GexfWarning } from './gexf';
import { graphJsonChunks } from './json';

export const OUTPUT_FILES = ['graph.json', 'graph.gexf', 'manifest.json'] as const;
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

export function writeOutputs(graph: StanceGraph, sink: OutputSink, options: WriteOptions): WrittenOutputs {
  const gexfWarnings: GexfWarning[] = [];
  const notices: string[] = [];
  const json = sink.write('graph.json', graphJsonChunks(graph));
  options.onFile?.('graph.json');
  const capacity = viewerCapacity(json.bytes);
  if (!capacity.fits) notices.push(`graph.json: the viewer cannot open it: ${capacity.message}`);
  const gexf = sink.write(
    'graph.gexf',
    gexfChunks(graph, {
      ...stancegraphGexfSpecs(),
      creator: GENERATOR,
      description: graph.getAttribute('name'),
      onWarning: (w) => gexfWarnings.push(w),
    }),
  );
  options.onFile?.('graph.gexf');
  // The manifest lets a reader check that the files belong together; it holds no time, so it is deterministic.
  const manifest = {
    generator: GENERATOR,
    counts: options.counts,
    warnings: options.warnings,
    files: {
      'graph.json': { bytes: json.bytes, sha256: json.sha256 },
      'graph.gexf': { bytes: gexf.bytes, sha256: gexf.sha256 },
    },
  };
  const written = sink.write('manifest.json', [`${JSON.stringify(manifest, null, 2)}\n`]);
  options.onFile?.('manifest.json');
  return {
    files: { 'graph.json': json.bytes, 'graph.gexf': gexf.bytes, 'manifest.json': written.bytes },
    gexfWarnings,
    notices,
  };
}
