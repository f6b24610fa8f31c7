/**
 * Local measurement of the GEXF writer (not a test):
 *   npx tsx tests/support/gexf-bench.ts [nodes=5000] [edges=100000] [--networkx] [--rounds=5]
 * On one synthetic multigraph it times, round-robin so that machine noise hits all alike: the writer
 * (its chunks are flat strings), the writer with its chunks encoded to UTF-8 as a file or Blob writer
 * would, JSON.stringify(graph.export()) with and without encoding, graphology-gexf's writer (below
 * 200k edges) and, with --networkx, networkx's write_gexf on the same data. Prints best and median
 * ms, MB and MB/s. Machine load matters: compare figures of one run only.
 *
 * With --stream=FILE it only streams the document to FILE, as the CLI would, and reports the heap
 * above the graph's own while doing so (memory must stay flat: run node with --expose-gc so that
 * the baseline is exact), e.g. for 3 million edges:
 *   node --expose-gc --max-old-space-size=12000 --import tsx tests/support/gexf-bench.ts 5000 3000000 --stream=/tmp/big.gexf
 */
import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { write as graphologyWrite } from 'graphology-gexf';
import { gexfChunks, stancegraphGexfSpecs } from '../../src/export/gexf';
import { syntheticStanceGraph } from './gexf-synthetic';

const args = process.argv.slice(2);
const [nodes = 5000, edges = 100_000] = args.filter((a) => !a.startsWith('--')).map(Number);
const rounds = Number(args.find((a) => a.startsWith('--rounds='))?.slice(9) ?? 5);
const encoder = new TextEncoder();

const t0 = performance.now();
const graph = syntheticStanceGraph(nodes, edges);
console.log(
  `graph: ${graph.order} nodes, ${graph.size} edges, built in ${(performance.now() - t0).toFixed(0)} ms`,
);
const options = { ...stancegraphGexfSpecs(), creator: 'bench' };

const streamTo = args.find((a) => a.startsWith('--stream='))?.slice(9);
if (streamTo !== undefined) {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const baseline = process.memoryUsage().heapUsed;
  let peak = baseline;
  let bytes = 0;
  let chunks = 0;
  const fd = openSync(streamTo, 'w');
  const start = performance.now();
  // Live heap: after a full GC every few hundred chunks (the GCs are outside the timing), what the writer
  // still holds. Flat means it does not grow with the number of edges written.
  let liveMax = 0;
  const gcInterval = graph.size > 1_000_000 ? 4096 : 256; // a full GC of a big graph takes a second
  let gcMs = 0;
  for (const chunk of gexfChunks(graph, options)) {
    bytes += writeSync(fd, chunk);
    if (++chunks % 64 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
    if (gc && chunks % gcInterval === 0) {
      const t = performance.now();
      gc();
      liveMax = Math.max(liveMax, process.memoryUsage().heapUsed - baseline);
      gcMs += performance.now() - t;
    }
  }
  closeSync(fd);
  const ms = performance.now() - start - gcMs;
  const mb = (n: number) => `${(n / 1e6).toFixed(0)} MB`;
  console.log(
    `streamed ${mb(bytes)} in ${chunks} chunks to ${streamTo}: ${(ms / 1000).toFixed(1)} s, ` +
      `${(bytes / 1e6 / (ms / 1000)).toFixed(0)} MB/s; heap: graph ${mb(baseline)}, ` +
      `at most ${mb(peak - baseline)} more while streaming (garbage included)` +
      (gc ? `, at most ${mb(liveMax)} more live after a GC` : ' (run with --expose-gc for exact figures)'),
  );
  process.exit(0);
}

const runs: Record<string, () => number> = {
  'gexfChunks (flat chunks)': () => {
    let chars = 0;
    for (const chunk of gexfChunks(graph, options)) chars += chunk.length;
    return chars;
  },
  'gexfChunks → UTF-8 bytes': () => {
    let bytes = 0;
    for (const chunk of gexfChunks(graph, options)) {
      bytes += encoder.encode(chunk).length;
    }
    return bytes;
  },
  'JSON.stringify(graph.export())': () => JSON.stringify(graph.export()).length,
  'JSON.stringify(export) → UTF-8': () => encoder.encode(JSON.stringify(graph.export())).length,
};
if (graph.size <= 200_000) {
  // graphology-gexf cannot write a list of objects: evidence goes as JSON text, as in our writer.
  runs['graphology-gexf write'] = () =>
    graphologyWrite(graph, {
      version: '1.3',
      formatEdge: (_key, { label, color, size, evidence, ...rest }) => ({
        label,
        viz: { color, thickness: size },
        attributes: { ...rest, evidence: JSON.stringify(evidence) },
      }),
    }).length;
}

const times: Record<string, number[]> = {};
const sizes: Record<string, number> = {};
for (const [label, run] of Object.entries(runs)) sizes[label] = run(); // warm-up
for (let round = 0; round < rounds; round++) {
  for (const [label, run] of Object.entries(runs)) {
    const start = performance.now();
    run();
    (times[label] ??= []).push(performance.now() - start);
  }
}
for (const [label, ms] of Object.entries(times)) {
  ms.sort((a, b) => a - b);
  const best = ms[0]!;
  const median = ms[Math.floor(ms.length / 2)]!;
  const mb = sizes[label]! / 1e6; // the synthetic data is ASCII: characters = bytes
  console.log(
    `${label.padEnd(32)} best ${best.toFixed(0).padStart(6)} ms  median ${median.toFixed(0).padStart(6)} ms  ${mb.toFixed(1).padStart(7)} MB  ${(mb / (best / 1000)).toFixed(0).padStart(5)} MB/s`,
  );
}

if (args.includes('--networkx')) {
  const path = join(mkdtempSync(join(tmpdir(), 'gexf-bench-')), 'graph.json');
  writeFileSync(path, JSON.stringify(graph.export()));
  console.log(
    execFileSync('python3', [join(import.meta.dirname, 'gexf-networkx-bench.py'), path], {
      encoding: 'utf8',
    }).trimEnd(),
  );
}
