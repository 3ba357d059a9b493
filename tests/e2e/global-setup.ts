// Serves the built renderer (npm run test:e2e builds it, and the console, first) for every e2e
// file.
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { CHROMIUM } from './support/kiosk';
import { serveDirectory } from './support/static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync('dist/renderer/index.html')) {
    throw new Error('dist/renderer is missing: run `npm run test:e2e`, which builds it first.');
  }
  if (!existsSync('dist/console/index.html')) {
    throw new Error('dist/console is missing: run `npm run test:e2e`, which builds it first.');
  }
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} is missing: install Debian's Chromium (apt-get install -y chromium).`,
    );
  }
  const server = await serveDirectory('dist/renderer');
  project.provide('baseUrl', server.url);
  return () => server.close();
}
