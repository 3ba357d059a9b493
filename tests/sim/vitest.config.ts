import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// `npm run sim`: the fault-injection simulation over many seeds (tests/sim/seeds.mjs runs this
// config once per engine, both at once).
export default defineConfig({
  test: {
    include: ['tests/sim/**/*.sim.ts'],
    environment: 'node',
    // PGlite runs in a worker thread loaded from its TypeScript source (server/db.ts).
    execArgv: [
      '--import',
      fileURLToPath(new URL('../server/support/register-ts.mjs', import.meta.url)),
    ],
    testTimeout: 900_000,
    hookTimeout: 180_000,
  },
});
