import { defineConfig, defaultClientConditions } from 'vite';
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

/**
 * `--mode kiosk` builds the renderer the Electron shell serves (npm run build, into dist/kiosk):
 * the "kiosk" condition resolves package.json's `#platform` import to the preload's bridge alone.
 * Any other mode is the web build (npm run dev; `vite build` into dist/renderer for the e2e tests
 * and the benchmarks), with the browser bridge and the demo roster.
 */
const KIOSK_MODE = 'kiosk';
/** `--mode console` builds the centre's console (npm run build:console, into dist/console). */
const CONSOLE_MODE = 'console';

// The renderer: one page, served by Vite in development, by the Electron shell's app:// protocol
// in production, and by a static server in the e2e tests. Relative base so both work.
export default defineConfig(({ mode }) => {
  // The console is served by the sync server under /console, with its own CSP header.
  if (mode === CONSOLE_MODE) {
    return {
      root: 'renderer/console',
      base: '/console/',
      plugins: [react()],
      build: { outDir: '../../dist/console', emptyOutDir: true, target: 'chrome120' },
    };
  }
  const kiosk = mode === KIOSK_MODE;
  return {
    root: 'renderer',
    base: './',
    plugins: [react(), cspMeta],
    resolve: kiosk ? { conditions: [KIOSK_MODE, ...defaultClientConditions] } : {},
    build: {
      outDir: kiosk ? '../dist/kiosk' : '../dist/renderer',
      emptyOutDir: true,
      target: 'chrome120',
      // The zxing .wasm must ship as a file: the kiosk is offline and the CSP forbids data: scripts.
      assetsInlineLimit: 0,
    },
    worker: { format: 'es' },
    optimizeDeps: { exclude: ['zxing-wasm'] },
    server: { host: '127.0.0.1', port: 5173 },
    preview: { host: '127.0.0.1', port: 4173 },
  };
});
