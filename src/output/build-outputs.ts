/** The command line's build: validate a data folder, build the graph, publish graph.json, graph.gexf and manifest.json. */
import { join } from 'node:path';
import { buildStanceGraph, GENERATOR, type StanceGraph } from '../build';
import { gexfChunks, graphJsonChunks, stancegraphGexfSpecs, type GexfWarning } from '../export';
import { viewerCapacity } from '../display/viewer-settings';
import { validateDataDir } from '../load';
import { withinLimits } from '../util';
import type { ValidationResult } from '../validate';
import { publishOutputs } from './publish';
import { writeChunksSync, type WrittenFile } from './write-chunks';

export const OUTPUT_FILES = ['graph.json', 'graph.gexf', 'manifest.json'] as const;

export interface BuildRun {
  validation: ValidationResult;
  graph?: StanceGraph;
  /** Bytes written, by file name. */
  files?: Record<string, number>;
  /** What was built, as in the manifest. */
  counts?: Record<'nodes' | 'edges' | 'sources' | 'entities' | 'relations' | 'stances', number>;
  gexfWarnings: GexfWarning[];
  /** What the outputs cannot do, said once: a graph.json too large for any browser tab to open. */
  notices: string[];
  /** Milliseconds per stage: validate, build, metrics, style, layout, json, gexf, publish. */
  timings: Record<string, number>;
}

export interface BuildRunOptions {
  dataDir: string;
  outDir: string;
  seed?: number;
  /** Told as each stage ends, with its wall time in ms (for progress and measurements). */
  onStage?: (stage: string, ms: number) => void;
}

export function runBuild(options: BuildRunOptions): BuildRun {
  const timings: Record<string, number> = {};
  let t = performance.now();
  const lap = (stage: string) => {
    const now = performance.now();
    timings[stage] = Math.round(now - t);
    t = now;
    options.onStage?.(stage, timings[stage]);
  };
  const validation = validateDataDir(options.dataDir);
  lap('validate');
  const gexfWarnings: GexfWarning[] = [];
  const notices: string[] = [];
  if (!validation.dataset) return { validation, gexfWarnings, notices, timings };
  const graph = buildStanceGraph(validation.dataset, { seed: options.seed ?? 1, onStage: lap });
  const d = validation.dataset;
  const counts = {
    nodes: graph.order,
    edges: graph.size,
    sources: d.sources.length,
    entities: d.entities.length,
    relations: d.relations.length,
    stances: d.stances.length,
  };
  const written: Record<string, WrittenFile> = {};
  publishOutputs(options.outDir, OUTPUT_FILES, (folder) => {
    written['graph.json'] = withinLimits('writing graph.json', () =>
      writeChunksSync(join(folder, 'graph.json'), graphJsonChunks(graph)),
    );
    lap('json');
    const capacity = viewerCapacity(written['graph.json'].bytes);
    if (!capacity.fits) notices.push(`graph.json: the viewer cannot open it: ${capacity.message}`);
    written['graph.gexf'] = withinLimits('writing graph.gexf', () =>
      writeChunksSync(
        join(folder, 'graph.gexf'),
        gexfChunks(graph, {
          ...stancegraphGexfSpecs(),
          creator: GENERATOR,
          description: graph.getAttribute('name'),
          onWarning: (w) => gexfWarnings.push(w),
        }),
      ),
    );
    lap('gexf');
    // The manifest lets a reader check that the files belong together; it holds no time, so it is deterministic.
    const manifest = {
      generator: GENERATOR,
      counts,
      warnings: validation.warnings,
      files: Object.fromEntries(
        ['graph.json', 'graph.gexf'].map((name) => [
          name,
          { bytes: written[name]!.bytes, sha256: written[name]!.sha256 },
        ]),
      ),
    };
    written['manifest.json'] = writeChunksSync(join(folder, 'manifest.json'), [
      `${JSON.stringify(manifest, null, 2)}\n`,
    ]);
  });
  lap('publish');
  const files = Object.fromEntries(Object.entries(written).map(([name, file]) => [name, file.bytes]));
  return { validation, graph, files, counts, gexfWarnings, notices, timings };
}
