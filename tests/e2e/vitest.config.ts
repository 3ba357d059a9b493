import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// End-to-end suites drive the built renderer in Debian's Chromium. One file at a time: the
// machine has two cores and each file starts its own browser. Suites that run the sync server
// in-process need its worker threads to load the TypeScript sources (as tests/server does).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    globalSetup: ['tests/e2e/global-setup.ts'],
    execArgv: [
      '--import',
      fileURLToPath(new URL('../server/support/register-ts.mjs', import.meta.url)),
    ],
  },
});
