// The seeded fault-injection simulation (tests/sim/run.ts): three kiosks, more than 10,000 events,
// a network that drops requests, loses answers after the server committed, duplicates and reorders
// deliveries and answers 500; a server that restarts; kiosks that crash mid-sync and between
// storing a pull page and saving its cursor. SIM_SEED=<n> chooses the workload and faults;
// `npm run sim -- --seeds 50` runs many seeds.
import { expect, it } from 'vitest';
import { emptySchema, expectEveryFault, runSimulation, simulatedWorld } from '../sim/run';
import { ownEvents } from '../sim/world';
import { forEachBackend } from './harness';

const SEED = Number(process.env.SIM_SEED ?? 20_261_125);
// SIM_EVENTS lowers the count for a quick local run; CI runs the 10,000.
const TARGET_EVENTS = Number(process.env.SIM_EVENTS ?? 10_000);

forEachBackend('fault-injection simulation', (ctx) => {
  it(`seed ${SEED}: every kiosk event on the server once, every kiosk converged`, async () => {
    expectEveryFault(await runSimulation(ctx, SEED, TARGET_EVENTS));
  }, 600_000);

  it('voids only check-ins the server accepts, never a malformed one', async () => {
    const world = simulatedWorld(ctx, SEED);
    await world.start();
    const kiosk = world.kiosks[0]!;
    await world.malformed(kiosk);
    await world.scan(kiosk, 6);
    for (let i = 0; i < 30; i++) await world.voidOne(kiosk);
    const voids = (await ownEvents(kiosk)).filter((e) => e.type === 'void');
    expect(voids.length).toBeGreaterThan(0);
    expect(voids.filter((v) => kiosk.malformed.has(v.targetId))).toEqual([]);
  });

  it('replays a seed exactly: the same run twice, whatever the timing', async () => {
    const first = await runSimulation(ctx, SEED, 2_000);
    await emptySchema(ctx.db);
    const second = await runSimulation(ctx, SEED, 2_000);
    expect(second).toEqual(first);
  }, 600_000);
});
