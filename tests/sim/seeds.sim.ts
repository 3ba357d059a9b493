// The simulation over many seeds, on demand: `npm run sim -- --seeds 50` (tests/sim/seeds.mjs)
// sets SIM_FIRST_SEED, SIM_SEEDS and SIM_EVENTS and runs this file once per engine.
import { it } from 'vitest';
import { forEachBackend } from '../server/harness';
import { runSimulation } from './run';

const FIRST = Number(process.env.SIM_FIRST_SEED ?? 1);
const COUNT = Number(process.env.SIM_SEEDS ?? 50);
const EVENTS = Number(process.env.SIM_EVENTS ?? 10_000);

forEachBackend('simulation', (ctx) => {
  for (let seed = FIRST; seed < FIRST + COUNT; seed++) {
    it(`seed ${seed}`, async () => {
      await runSimulation(ctx, seed, EVENTS);
    });
  }
});
