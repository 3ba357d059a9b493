// Builds the renderer with the project's own vite.config.ts into a folder of the caller's choice,
// for the tests that check what a build target holds (tests/unit/electron/kiosk-renderer.test.ts)
// and open it in Chromium (tests/e2e/kiosk-build.e2e.ts). The kiosk's mode is read from the
// `build:renderer` script, so the tests build exactly what `npm run build` packages.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

/** The mode `npm run build:renderer` (the packaged kiosk's renderer) passes to Vite. */
export async function kioskBuildMode(): Promise<string> {
  const pkg = JSON.parse(await readFile(path.join(projectRoot, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  const script = pkg.scripts['build:renderer'] ?? '';
  const mode = /--mode[= ](\S+)/.exec(script)?.[1];
  if (!mode) {
    throw new Error(
      `build:renderer ("${script}") names no --mode: the kiosk would ship the web build`,
    );
  }
  return mode;
}

export interface BuiltRenderer {
  /** Source modules bundled into the page's chunks, relative to the project root. */
  modules: string[];
  /** Every emitted script (the decoder worker included), by file name. */
  scripts: Map<string, string>;
}

export async function buildRenderer(outDir: string, mode: string): Promise<BuiltRenderer> {
  const result = await build({
    configFile: path.join(projectRoot, 'vite.config.ts'),
    mode,
    logLevel: 'silent',
    build: { outDir, emptyOutDir: true },
  });
  const outputs = Array.isArray(result) ? result : [result];
  const modules = outputs.flatMap((output) =>
    'output' in output
      ? output.output.flatMap((file) => (file.type === 'chunk' ? file.moduleIds : []))
      : [],
  );
  const scripts = new Map<string, string>();
  for (const entry of await readdir(outDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.js')) continue;
    scripts.set(entry.name, await readFile(path.join(entry.parentPath, entry.name), 'utf8'));
  }
  return {
    modules: modules.map((id) => path.relative(projectRoot, id).split(path.sep).join('/')),
    scripts,
  };
}
