/**
 * The viewer's Vite config. The page fetches `./graph.json` next to itself: the dev and preview
 * servers answer it from the build folder (`dist/`, a symlink to the last complete build), and
 * `vite build` copies graph.json and graph.gexf into the static site (web/dist/), whose relative
 * base makes it work from any path of any static host.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const webDir = fileURLToPath(new URL('.', import.meta.url));
/** The viewer's one way into the library: `import … from 'stancegraph'` (the core; never the Node side). */
export const coreAlias = {
  find: /^stancegraph$/,
  replacement: fileURLToPath(new URL('../src/core/index.ts', import.meta.url)),
};
const buildDir = fileURLToPath(new URL('../dist/', import.meta.url));
const GRAPH_FILES = ['graph.json', 'graph.gexf'] as const;

function builtGraph(): Plugin {
  return {
    name: 'stancegraph-built-graph',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const name = GRAPH_FILES.find((file) => req.url?.split('?')[0]?.endsWith(`/${file}`));
        if (!name) return next();
        const path = buildDir + name;
        // Read on every request: a new `stancegraph build` shows on reload, without restarting.
        if (!existsSync(path)) {
          res.statusCode = 404;
          res.end(`No ${name}: run "npm run build" first.`);
          return;
        }
        res.setHeader('Content-Type', name.endsWith('.json') ? 'application/json' : 'application/xml');
        res.setHeader('Cache-Control', 'no-store');
        res.end(readFileSync(path));
      });
    },
    generateBundle() {
      for (const name of GRAPH_FILES) {
        const path = buildDir + name;
        if (!existsSync(path)) this.error(`${path} is missing: build the graph first (npm run build).`);
        this.emitFile({ type: 'asset', fileName: name, source: readFileSync(path) });
      }
    },
  };
}

export default defineConfig({
  root: webDir,
  base: './',
  plugins: [builtGraph()],
  resolve: { alias: [coreAlias] },
  server: { host: 'localhost', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1' },
  // The reader worker is an ES module (new Worker(…, { type: 'module' })), like the page.
  worker: { format: 'es' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // One chunk is fine: the viewer is a single page; sigma and graphology are most of it.
    chunkSizeWarningLimit: 1500,
  },
});
