import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The sync server against PGlite and the local PostgreSQL (tests/server/harness.ts). A PGlite
// in-memory start runs initdb (seconds on a busy machine), hence the long hook timeout. The
// server's worker threads, and servers started as child processes, run the TypeScript sources
// through support/register-ts.mjs (vitest transforms only what it loads itself).
export default defineConfig({
  test: {
    include: ['tests/server/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 180_000,
    maxWorkers: 2,
    execArgv: ['--import', fileURLToPath(new URL('./support/register-ts.mjs', import.meta.url))],
  },
});
