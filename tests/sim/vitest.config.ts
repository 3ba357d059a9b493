import { defineConfig } from 'vitest/config';

// `npm run sim`: the fault-injection simulation over many seeds (tests/sim/seeds.mjs runs this
// config once per engine, both at once).
export default defineConfig({
  test: {
    include: ['tests/sim/**/*.sim.ts'],
    environment: 'node',
    testTimeout: 900_000,
    hookTimeout: 180_000,
  },
});
