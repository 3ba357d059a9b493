import { defineConfig } from 'vitest/config';

// `npm run bench`: not a timed test. It fails only when the kiosk stops working, never on a
// slow figure; the figures go to the console and bench-results/*.json.
export default defineConfig({
  test: {
    include: ['tests/bench/**/*.bench.ts'],
    environment: 'node',
    testTimeout: 3_600_000,
    hookTimeout: 3_600_000,
    fileParallelism: false,
    globalSetup: ['tests/bench/global-setup.ts'],
  },
});
