import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// A page that renders only the badge sheet, for tests/e2e/badge-print.e2e.ts: the app has no
// screen that prints badges yet. The test builds it with vite's build() and serves the output.
const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: here,
  base: './',
  plugins: [react()],
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../../.artifacts/print-harness', import.meta.url)),
    emptyOutDir: true,
    target: 'chrome120',
  },
});
