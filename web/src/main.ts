/** Entry point: load the build's graph.json (relative, so the site works under any path) with the view in the URL. */
import './styles.css';
import { App } from './app';
import { graphFromText } from './graph';
import { decodeViewState } from './state';
import { showMessage } from './ui';

async function start(): Promise<void> {
  const app = new App();
  // A handle for the end-to-end tests and for curious people in the console; read it, do not rely on it.
  (window as unknown as { stancegraph: App }).stancegraph = app;
  const started = performance.now();
  let text: string;
  try {
    const response = await fetch('./graph.json');
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    text = await response.text();
  } catch (error) {
    showMessage(
      `Could not load graph.json (${(error as Error).message}). Run "npm start", or open a GEXF or graph.json file with "Open file".`,
      'error',
    );
    document.body.dataset.ready = 'error';
    return;
  }
  const { graph, repair } = graphFromText(text, 'graph.json');
  const name = graph.getAttribute('name');
  app.load(graph, {
    fromBuild: true,
    name: typeof name === 'string' ? name : 'graph.json',
    view: decodeViewState(location.hash),
    repair,
  });
  window.addEventListener('hashchange', () => app.applyView(decodeViewState(location.hash)));
  // Sigma draws in the constructor; the next animation frame is when that drawing is on screen.
  requestAnimationFrame(() => {
    document.body.dataset.firstFrameMs = String(Math.round(performance.now() - started));
  });
  document.body.dataset.ready = 'true';
}

void start();
