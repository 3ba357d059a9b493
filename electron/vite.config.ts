// Builds the Electron main process and the preload into dist-electron/ as CommonJS (.cjs, since
// package.json says "type": "module"). Two separate builds, chosen by --mode, because a shared
// chunk between them would leave the sandboxed preload requiring a local file, which it cannot:
//   vite build -c electron/vite.config.ts --mode main
//   vite build -c electron/vite.config.ts --mode preload
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const entries = {
  main: fileURLToPath(new URL('./main.ts', import.meta.url)),
  preload: fileURLToPath(new URL('./preload.ts', import.meta.url)),
} as const;

type EntryName = keyof typeof entries;

function isEntryName(mode: string): mode is EntryName {
  return Object.hasOwn(entries, mode);
}

// Provided by Electron at run time, never bundled.
const external = ['electron', ...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

export default defineConfig(({ mode }) => {
  if (!isEntryName(mode)) {
    throw new Error(`electron/vite.config.ts: use --mode main or --mode preload (got "${mode}")`);
  }
  return {
    root: fileURLToPath(new URL('.', import.meta.url)),
    publicDir: false,
    envDir: false,
    logLevel: 'warn',
    build: {
      outDir: fileURLToPath(new URL('../dist-electron', import.meta.url)),
      // Only the first of the two builds clears the folder, or it would delete the other's output.
      emptyOutDir: mode === 'main',
      // Electron 41 ships Node 24 and Chromium 146: no down-levelling needed.
      target: 'es2023',
      minify: false,
      sourcemap: true,
      reportCompressedSize: false,
      lib: {
        entry: entries[mode],
        formats: ['cjs'],
        fileName: () => `${mode}.cjs`,
      },
      rolldownOptions: { external },
    },
  };
});
