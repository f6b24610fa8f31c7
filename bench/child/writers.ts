/**
 * The writers side by side on a synthetic multigraph (one quote per edge), in its own process:
 *   node --expose-gc --import tsx bench/child/writers.ts NODES EDGES RESULT_JSON [--rounds N]
 *        [--networkx] [--only gexfStream,gexfFile,...]
 * At 5,000 nodes and 100,000 edges it is the reference graph; at millions of edges it shows
 * which writers still finish, and how much memory each holds above the graph.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { graphJsonChunks } from '../../src/core/write';
import { writeChunksSync } from '../../src/node/publish';
import { compareWriters, type WriterId } from '../baselines/graph-writers';
import { heapMb, maxRssMb } from '../baselines/measure';
import { networkxWriteGexf } from '../baselines/networkx';
import { writerTestGraph } from '../baselines/synthetic-multigraph';

const args = process.argv.slice(2);
const [nodes, edges] = args.slice(0, 2).map(Number);
const resultPath = args[2];
if (!nodes || !edges || !resultPath) throw new Error('usage: writers.ts NODES EDGES RESULT_JSON [options]');
const option = (name: string) => {
  const i = args.indexOf(name);
  return i === -1 ? undefined : args[i + 1];
};
const rounds = Number(option('--rounds') ?? 1);
const only = option('--only')?.split(',') as WriterId[] | undefined;
const scratch = mkdtempSync(join(tmpdir(), 'stancegraph-bench-writers-'));

try {
  const start = performance.now();
  const graph = writerTestGraph(nodes, edges);
  (globalThis as { gc?: () => void }).gc?.();
  const result: Record<string, unknown> = {
    nodes,
    edges,
    graphMs: Math.round(performance.now() - start),
    graphHeapMb: Math.round(heapMb()),
  };
  result.writers = await compareWriters(graph, {
    rounds,
    scratchFile: join(scratch, 'out.gexf'),
    ...(only ? { only } : {}),
  });
  if (args.includes('--networkx')) {
    const json = join(scratch, 'graph.json');
    writeChunksSync(json, graphJsonChunks(graph));
    // As many runs as our writers had: the same number of runs, medians compared.
    result.networkx = networkxWriteGexf(json, join(scratch, 'networkx.gexf'), rounds);
  }
  result.peakRssMb = maxRssMb();
  writeFileSync(resultPath, JSON.stringify(result));
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
