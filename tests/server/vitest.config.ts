import { defineConfig } from 'vitest/config';

// The sync server against PGlite and the local PostgreSQL (tests/server/harness.ts). A PGlite
// in-memory start runs initdb (seconds on a busy machine), hence the long hook timeout.
export default defineConfig({
  test: {
    include: ['tests/server/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 180_000,
    maxWorkers: 2,
  },
});
