// The decode benchmark's own pages, built apart from the app so the bench does not depend on (or
// disturb) the renderer's multi-entry config. Settings mirror what the kiosk build needs.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
export const BENCH_DIST = fileURLToPath(
  new URL('../../.artifacts/bench-decode/dist', import.meta.url),
);

export default defineConfig({
  root,
  // Relative URLs, as the kiosk will be loaded from a custom scheme, not a server root.
  base: './',
  logLevel: 'warn',
  publicDir: false,
  // Module worker, so the zxing-wasm ES build and import.meta.url resolve as in development.
  worker: { format: 'es' },
  build: {
    outDir: BENCH_DIST,
    emptyOutDir: true,
    target: 'es2022',
    rolldownOptions: {
      input: {
        index: fileURLToPath(new URL('./index.html', import.meta.url)),
        camera: fileURLToPath(new URL('./camera.html', import.meta.url)),
      },
    },
  },
});
