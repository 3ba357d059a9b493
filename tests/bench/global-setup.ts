// The benchmark serves the renderer on a fixed port: IndexedDB belongs to an origin, and the
// seeded profile (1,000,000 events, ten minutes to write) must be found again by later runs.
import type { TestProject } from 'vitest/node';
import { serveDirectory } from '../e2e/support/static-server';

// BENCH_PORT / BENCH_RENDERER_DIR: a second bench run beside one already serving the default.
export const BENCH_PORT = Number(process.env.BENCH_PORT ?? 47_318);

export default async function setup(project: TestProject) {
  const server = await serveDirectory(
    process.env.BENCH_RENDERER_DIR ?? 'dist/renderer',
    BENCH_PORT,
  );
  project.provide('baseUrl', server.url);
  return () => server.close();
}
