/**
 * Local measurement of the GEXF writer (not a test): `npx tsx tests/support/gexf-bench.ts [nodes] [edges]`.
 * Compares, on one synthetic multigraph, the writer (streamed, chunks dropped as a file writer would
 * write them), JSON.stringify(graph.export()) and graphology-gexf's writer (skipped above 200k edges),
 * and with `--networkx` networkx's write_gexf on the same data. Reports ms, MB/s and the heap.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { write as graphologyWrite } from 'graphology-gexf';
import { gexfChunks, stancegraphGexfSpecs } from '../../src/export/gexf';
import { syntheticStanceGraph } from './gexf-synthetic';

const [nodes = 5000, edges = 100_000] = process.argv.slice(2).filter((a) => !a.startsWith('--')).map(Number);
const withNetworkx = process.argv.includes('--networkx');

function time(label: string, run: () => number, repeat = 5): void {
  run(); // warm-up: the JIT, and the graph's lazy structures
  const ms: number[] = [];
  let chars = 0;
  for (let i = 0; i < repeat; i++) {
    const t0 = performance.now();
    chars = run();
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  const best = ms[0]!;
  const median = ms[Math.floor(ms.length / 2)]!;
  // chars ≈ bytes: the synthetic data is ASCII.
  console.log(`${label.padEnd(34)} best ${best.toFixed(0).padStart(6)} ms  median ${median.toFixed(0).padStart(6)} ms  ${(chars / 1e6).toFixed(1).padStart(7)} MB  ${(chars / 1e6 / (best / 1000)).toFixed(0).padStart(5)} MB/s`);
}

const t0 = performance.now();
const graph = syntheticStanceGraph(nodes, edges);
console.log(`graph: ${graph.order} nodes, ${graph.size} edges, built in ${(performance.now() - t0).toFixed(0)} ms`);
const specs = stancegraphGexfSpecs();

let peakHeap = 0;
time('gexfChunks (streamed)', () => {
  let chars = 0;
  let chunks = 0;
  for (const chunk of gexfChunks(graph, { ...specs, creator: 'bench' })) {
    chars += chunk.length;
    if (++chunks % 64 === 0) peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  }
  return chars;
});
console.log(`  heap during streaming: ${(peakHeap / 1e6).toFixed(0)} MB (graph alone: ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB after GC-less run)`);
time('JSON.stringify(graph.export())', () => JSON.stringify(graph.export()).length);
if (graph.size <= 200_000) time('graphology-gexf write', () => graphologyWrite(graph, { version: '1.3' }).length, 3);

if (withNetworkx) {
  const dir = mkdtempSync(join(tmpdir(), 'gexf-bench-'));
  const path = join(dir, 'graph.json');
  writeFileSync(path, JSON.stringify(graph.export()));
  console.log(execFileSync('python3', [join(import.meta.dirname, 'gexf-networkx-bench.py'), path], { encoding: 'utf8' }).trimEnd());
}
