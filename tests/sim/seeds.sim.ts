// The simulation over many seeds, on demand: `npm run sim -- --seeds 50` (tests/sim/seeds.mjs)
// sets SIM_FIRST_SEED, SIM_SEEDS and SIM_EVENTS and runs this file once per engine. Each seed's
// outcome is appended to SIM_RESULTS as it finishes, so a long run reports as it goes.
import { appendFileSync } from 'node:fs';
import { it, onTestFinished } from 'vitest';
import { forEachBackend } from '../server/harness';
import { runSimulation } from './run';

const FIRST = Number(process.env.SIM_FIRST_SEED ?? 1);
const COUNT = Number(process.env.SIM_SEEDS ?? 50);
const EVENTS = Number(process.env.SIM_EVENTS ?? 10_000);
const RESULTS = process.env.SIM_RESULTS;

forEachBackend('simulation', (ctx) => {
  for (let seed = FIRST; seed < FIRST + COUNT; seed++) {
    it(`seed ${seed}`, async () => {
      onTestFinished(({ task }) => {
        if (!RESULTS) return;
        const failure = task.result?.errors?.[0]?.message.split('\n')[0];
        const line = { engine: ctx.backend, seed, passed: task.result?.state === 'pass', failure };
        appendFileSync(RESULTS, `${JSON.stringify(line)}\n`);
      });
      await runSimulation(ctx, seed, EVENTS);
    });
  }
});
