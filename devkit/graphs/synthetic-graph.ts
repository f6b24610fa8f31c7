/**
 * Graphs for the ForceAtlas2 measurements, shaped like a corpus's: `nodes` nodes, 11 edges per node
 * (the generated corpora's ratio), both ends drawn by a power law so that hubs and many parallel
 * edges appear, positions in a seeded disc as the build starts from.
 */
import { MultiDirectedGraph } from 'graphology';
import { ZipfPicker, seededRandom } from '../corpus/random';

export const EDGES_PER_NODE = 11;

export function layoutTestGraph(nodes: number, seed = 1): MultiDirectedGraph {
  const random = seededRandom(seed);
  const graph = new MultiDirectedGraph();
  const radius = 10 * Math.sqrt(nodes);
  const keys: string[] = [];
  for (let i = 0; i < nodes; i++) {
    const r = radius * Math.sqrt(random.next());
    const a = 2 * Math.PI * random.next();
    keys.push(`n${i}`);
    graph.addNode(`n${i}`, { x: r * Math.cos(a), y: r * Math.sin(a), size: 1 + random.int(10) });
  }
  const picker = new ZipfPicker(keys, random);
  for (let e = 0; e < nodes * EDGES_PER_NODE; e++) {
    const source = picker.pick(random);
    const target = random.chance(0.5) ? picker.pick(random) : keys[random.int(nodes)]!;
    graph.addEdge(source, target);
  }
  return graph;
}
