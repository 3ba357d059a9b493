// The server as Node ESM bundles (dist-server/main.js): Node 20 cannot run .ts itself. Two
// entries: the server, and the admin worker thread it starts (admin-worker.js, found next to the
// code that starts it: server/jobs/pool.ts), their shared code in chunks of the same folder.
// Dependencies stay in node_modules (SSR builds externalise them), so PGlite finds its .wasm.
import { defineConfig, type UserConfig } from 'vite';

/** The bundle of `main` (the server, or a harness around it) and the worker, into `outDir`. */
export function serverBundle(main: string, outDir: string): UserConfig {
  return {
    build: {
      ssr: true,
      outDir,
      emptyOutDir: true,
      target: 'node20',
      sourcemap: true,
      rollupOptions: {
        input: {
          main,
          'admin-worker': 'server/jobs/worker.ts',
          'pglite-worker': 'server/pglite-worker.ts',
        },
        output: { entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
      },
    },
    logLevel: 'warn',
  };
}

export default defineConfig(serverBundle('server/main.ts', 'dist-server'));
