import { defineConfig } from 'vitest/config';

// End-to-end suites drive the built renderer in Debian's Chromium. One file at a time: the
// machine has two cores and each file starts its own browser.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    globalSetup: ['tests/e2e/global-setup.ts'],
  },
});
