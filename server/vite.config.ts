// The server as one Node ESM bundle (dist-server/main.js): Node 20 cannot run .ts itself.
// Dependencies stay in node_modules (SSR builds externalise them), so PGlite finds its .wasm.
import { defineConfig } from 'vite';

export default defineConfig({
  build: {
    ssr: 'server/main.ts',
    outDir: 'dist-server',
    emptyOutDir: true,
    target: 'node20',
    sourcemap: true,
    rollupOptions: { output: { entryFileNames: 'main.js' } },
  },
  logLevel: 'warn',
});
