/** The bench's pages for Chromium: bare Sigma (the viewer's baseline) and ForceAtlas2 in the browser. */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const site = fileURLToPath(new URL('./site/', import.meta.url));

export default defineConfig({
  root: site,
  base: './',
  logLevel: 'warn',
  build: {
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
    rollupOptions: { input: { bare: `${site}bare.html`, fa2: `${site}fa2.html` } },
  },
});
