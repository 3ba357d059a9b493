import { defineConfig } from 'vitest/config';

// Unit and integration tests: shared/ policy, the Dexie layer (fake-indexeddb), electron/ modules
// with fakes. The browser-driven suites live in tests/e2e and have their own config.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/unit/setup-indexeddb.ts'],
    testTimeout: 20_000,
  },
});
