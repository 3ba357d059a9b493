import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { CONTENT_SECURITY_POLICY } from './shared/csp.ts';

// The production page carries the same CSP as the shell's protocol handler sends. Development
// goes without: Vite's dev server injects inline scripts for hot reload.
const cspMeta = {
  name: 'accueil-csp-meta',
  apply: 'build' as const,
  transformIndexHtml: () => [
    {
      tag: 'meta',
      attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
      injectTo: 'head-prepend' as const,
    },
  ],
};

// The renderer: one page, served by Vite in development, by the Electron shell's app:// protocol
// in production, and by a static server in the e2e tests. Relative base so both work.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), cspMeta],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome120',
    // The zxing .wasm must ship as a file: the kiosk is offline and the CSP forbids data: scripts.
    assetsInlineLimit: 0,
  },
  worker: { format: 'es' },
  optimizeDeps: { exclude: ['zxing-wasm'] },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
});
