/** Entry point: the page, then the build's graph.json (relative, so the site works under any path) with the view in the URL. */
import './styles.css';
import { App } from './app';
import { GraphLoader } from './input';
import { decodeViewState } from './state';
import { setUpFileOpening } from './ui';

const app = new App();
// A handle for the end-to-end tests and for curious people in the console; read it, do not rely on it.
(window as unknown as { stancegraph: App }).stancegraph = app;
const loader = new GraphLoader(app);
setUpFileOpening((file) => void loader.openFile(file));
window.addEventListener('hashchange', () => app.applyView(decodeViewState(location.hash)));
void loader.loadBuilt();
