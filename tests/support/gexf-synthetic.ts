/**
 * A synthetic stancegraph multigraph for measurements: n nodes, m edges (many parallel), every edge
 * a stance with a quote in its evidence, built deterministically from a seed.
 */
import { MultiDirectedGraph } from 'graphology';
import type { EdgeAttributes, NodeAttributes } from '../../src/core/schema';
import { mulberry32 } from '../../src/core/util';

const WORDS = (
  'Russia wants the United States to provide Moscow with guarantees that a prospective missile shield ' +
  "wouldn't threaten its security, a senior official said Monday. \"We can't base our security on " +
  'assurances & promises," Ryabkov told lawmakers during parliamentary hearings; NATO rejected the demand.'
).split(' ');

export function syntheticStanceGraph(
  nodes: number,
  edges: number,
  seed = 1,
): MultiDirectedGraph<NodeAttributes, EdgeAttributes> {
  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const graph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  for (let i = 0; i < nodes; i++) {
    graph.addNode(`entity-${i}`, {
      label: `Entity ${i}`,
      kind: pick(['state', 'organization', 'person', 'treaty'] as const),
      aliases: [`E${i}`, `the entity number ${i}`],
      description: `Synthetic entity number ${i}, for measurements.`,
      inDegree: 0,
      outDegree: 0,
      conflict: random() * 10,
      cooperation: random() * 10,
      conflictReceived: random() * 10,
      cooperationReceived: random() * 10,
      betweenness: random(),
      community: Math.floor(random() * 12),
      x: random() * 1000 - 500,
      y: random() * 1000 - 500,
      size: 1 + random() * 20,
      color:
        '#' +
        Math.floor(random() * 0xffffff)
          .toString(16)
          .padStart(6, '0'),
    });
  }
  for (let i = 0; i < edges; i++) {
    // Few hubs and a skewed source choice make many parallel edges.
    const source = `entity-${Math.floor(random() ** 2 * nodes)}`;
    const target = `entity-${Math.floor(random() * nodes)}`;
    const start = Math.floor(random() * (WORDS.length - 25));
    const quote = WORDS.slice(start, start + 10 + Math.floor(random() * 15)).join(' ');
    const day = `2011-05-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
    graph.addEdgeWithKey(`stance-${i}`, source, target, {
      relation: pick(['demands', 'warns', 'rejects', 'supports'] as const),
      label: 'demands',
      category: 'stance',
      cameo: '10',
      goldstein: Math.round((random() * 20 - 10) * 10) / 10,
      position: pick(['for', 'against', 'neutral'] as const),
      negated: false,
      hedged: false,
      background: false,
      date: day,
      start: day,
      end: day,
      speaker: `entity-${Math.floor(random() * nodes)}`,
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
          direct: random() < 0.5,
        },
      ],
      color: '#e74c3c',
      size: 1 + random() * 3,
    });
  }
  return graph;
}
