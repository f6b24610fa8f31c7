/**
 * The reference graph for writers: n nodes, m edges, many parallel, every edge a stance with
 * one quote in its evidence, every attribute of the graph contract set (metrics, positions, colours).
 * Deterministic for a seed. Used at 5,000 nodes / 100,000 edges (the figures quoted in the issue)
 * and up to 3 million edges (where one-string writers stop).
 */
import { MultiDirectedGraph } from 'graphology';
import type { EdgeAttributes, NodeAttributes } from '../../src/core/schema';
import { seededRandom } from '../../devkit/corpus/random';

const WORDS = (
  'Russia wants the United States to provide Moscow with guarantees that a prospective missile shield ' +
  "wouldn't threaten its security, a senior official said Monday. \"We can't base our security on " +
  'assurances & promises," Ryabkov told lawmakers during parliamentary hearings; NATO rejected the demand.'
).split(' ');
const KINDS = ['state', 'organization', 'person', 'treaty'] as const;
const TYPES = ['demands', 'warns', 'rejects', 'supports'] as const;

export type WriterTestGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

/**
 * A template literal of 13 characters or more ("stance-100000") is a rope in V8 until something
 * reads it flat, which then allocates its flat copy for good: the first writer to run paid for the
 * graph's own strings (1, 8, 24 MB at 0.1, 1, 3 M edges, counted as heap held by the writer).
 * Flattened here, the graph's memory is all there before any writer runs.
 */
let _flattenSink = 0;
function flat(text: string): string {
  // Stored, not discarded: an optimising compiler drops a conversion whose result is unused.
  _flattenSink = Number(text);
  return text;
}

export function writerTestGraph(nodes: number, edges: number, seed = 1): WriterTestGraph {
  const random = seededRandom(seed);
  const graph: WriterTestGraph = new MultiDirectedGraph();
  graph.replaceAttributes({ name: 'bench', generator: 'stancegraph', sources: [] } as never);
  const color = () => flat(`#${random.int(0xffffff).toString(16).padStart(6, '0')}`);
  for (let i = 0; i < nodes; i++) {
    graph.addNode(flat(`entity-${i}`), {
      label: flat(`Entity ${i}`),
      kind: random.pick(KINDS),
      aliases: [flat(`E${i}`), flat(`the entity number ${i}`)],
      description: flat(`Synthetic entity number ${i}, for measurements.`),
      inDegree: 0,
      outDegree: 0,
      conflict: random.next() * 10,
      cooperation: random.next() * 10,
      conflictReceived: random.next() * 10,
      cooperationReceived: random.next() * 10,
      betweenness: random.next(),
      community: random.int(12),
      x: random.next() * 1000 - 500,
      y: random.next() * 1000 - 500,
      size: 1 + random.next() * 20,
      color: color(),
    });
  }
  for (let i = 0; i < edges; i++) {
    // A skewed choice of sources makes hubs and many parallel edges.
    const source = flat(`entity-${Math.floor(random.next() ** 2 * nodes)}`);
    const target = flat(`entity-${random.int(nodes)}`);
    const start = random.int(WORDS.length - 25);
    const quote = flat(WORDS.slice(start, start + 10 + random.int(15)).join(' '));
    const day = flat(`2011-05-${String(1 + random.int(28)).padStart(2, '0')}`);
    graph.addEdgeWithKey(flat(`stance-${i}`), source, target, {
      relation: random.pick(TYPES),
      label: 'demands',
      category: 'stance',
      cameo: '10',
      goldstein: Math.round((random.next() * 20 - 10) * 10) / 10,
      position: 'for',
      negated: false,
      hedged: false,
      background: false,
      date: day,
      start: day,
      end: day,
      speaker: flat(`entity-${random.int(nodes)}`),
      sources: ['source-a', 'source-b'],
      sourceCount: 2,
      evidence: [
        {
          source: 'source-a',
          quote,
          start: start * 7,
          end: start * 7 + quote.length,
          prefix: 'before ',
          suffix: ' after',
          direct: random.chance(0.5),
        },
      ],
      color: '#e74c3c',
      size: 1 + random.next() * 3,
    });
  }
  return graph;
}
