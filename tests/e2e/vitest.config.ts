import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// End-to-end suites drive the built renderer in Debian's Chromium, two files at a time, each with
// a browser of its own: a file spends most of its time waiting on its page (a result card's
// 1.5 s, a camera's frames), so one at a time used two thirds of one core (723 s for the suite,
// 519 s two at a time, on a quiet two-core machine). Suites that run the sync server in-process
// need its worker threads to load the TypeScript sources (as tests/server does).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    maxWorkers: 2,
    globalSetup: ['tests/e2e/global-setup.ts'],
    execArgv: [
      '--import',
      fileURLToPath(new URL('../server/support/register-ts.mjs', import.meta.url)),
    ],
  },
});
