/**
 * The baseline for the viewer's frame times: Sigma with its default settings drawing the same
 * graph.json in a container of the viewer's size (?width=…&height=…), nothing else on the page.
 */
import Graph from 'graphology';
import Sigma from 'sigma';

const params = new URLSearchParams(location.search);
const container = document.getElementById('graph')!;
if (params.has('width')) container.style.width = `${params.get('width')}px`;
if (params.has('height')) container.style.height = `${params.get('height')}px`;

const response = await fetch('./graph.json');
const graph = Graph.from(await response.json());
const renderer = new Sigma(graph, container);
(window as unknown as { renderer: Sigma }).renderer = renderer;
// Sigma draws in its constructor; the next animation frame is when that drawing is on screen.
requestAnimationFrame(() => {
  document.body.dataset.firstFrameAt = String(performance.now());
  document.body.dataset.ready = 'true';
});
