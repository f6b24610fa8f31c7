/**
 * ForceAtlas2 in the browser: graphology-layout-forceatlas2's worker (as the viewer runs it) and its
 * synchronous function, on the same corpus-shaped graphs as the Node measurements.
 */
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import { layoutTestGraph } from '../../../devkit/graphs/synthetic-graph';

interface Timed {
  iterations: number;
  ms: number;
}

// The supervisor asks the worker for one iteration per message: count the answers.
let answers = 0;
const proto = FA2Layout.prototype as unknown as { handleMessage: (event: MessageEvent) => void };
const handle = proto.handleMessage;
proto.handleMessage = function (this: unknown, event: MessageEvent) {
  answers++;
  handle.call(this, event);
};

const settingsFor = (nodes: number, barnesHut: boolean) => ({
  ...forceAtlas2.inferSettings(nodes),
  barnesHutOptimize: barnesHut,
});

async function inWorker(nodes: number, barnesHut: boolean, forMs: number): Promise<Timed> {
  const graph = layoutTestGraph(nodes);
  const layout = new FA2Layout(graph, { settings: settingsFor(nodes, barnesHut), getEdgeWeight: null });
  answers = 0;
  layout.start();
  // The first answer includes sending the graph: time from it on.
  while (answers < 1) await new Promise((resolve) => setTimeout(resolve, 5));
  const first = answers;
  const start = performance.now();
  while (performance.now() - start < forMs || answers < first + 1)
    await new Promise((resolve) => setTimeout(resolve, 10));
  const result = { iterations: answers - first, ms: performance.now() - start };
  layout.kill();
  return result;
}

function synchronous(nodes: number, barnesHut: boolean, iterations: number): Timed {
  const graph = layoutTestGraph(nodes);
  const start = performance.now();
  forceAtlas2.assign(graph, { iterations, settings: settingsFor(nodes, barnesHut), getEdgeWeight: null });
  return { iterations, ms: performance.now() - start };
}

Object.assign(window, { fa2InWorker: inWorker, fa2Synchronous: synchronous });
document.body.dataset.ready = 'true';
