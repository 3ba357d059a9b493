// One run of the seeded fault-injection simulation, with its invariants: every kiosk event on the
// server exactly once, every kiosk converged on the server's projections, no mark ever went
// backwards, and every fault really happened. Used by tests/server/simulation.test.ts (one seed,
// and a replay) and tests/sim/seeds.sim.ts (`npm run sim`, many seeds).
import 'fake-indexeddb/auto';
import { expect } from 'vitest';
import { readMarks } from '../../renderer/sync/state';
import type { Database } from '../../server/db';
import type { KioskEvent } from '../../shared/types';
import type { Ctx } from '../server/harness';
import { enrolKiosk } from '../server/harness';
import { heldEventIds, ownEvents, projections, referenceProjections, World } from './world';

export interface SimulationReport {
  steps: number;
  kioskEvents: number;
  serverEvents: number;
  restarts: number;
  crashes: number;
  pageCrashes: number;
  resolved: number;
  packed: number;
  faults: Record<string, number>;
  /** The server's events in server order, without the random ids: equal runs give equal lists. */
  serverOrder: string[];
}

const MALFORMED_PER_KIOSK = 2;

/** The simulated centre of every run: three kiosks, 400 learners, every fault. */
export function simulatedWorld(ctx: Ctx, seed: number): World {
  return new World({
    seed,
    db: ctx.db,
    makeApp: (now) => ctx.makeApp({ now }),
    enrol: (app, kioskId) => enrolKiosk(app, kioskId),
    kiosks: 3,
    learners: 400,
    faults: {
      drop: 0.08,
      loseResponse: 0.08,
      serverError: 0.05,
      duplicate: 0.08,
      replayLater: 0.08,
    },
    pageCrashRate: 0.05,
  });
}

export async function runSimulation(
  ctx: Ctx,
  seed: number,
  targetEvents: number,
): Promise<SimulationReport> {
  const world = simulatedWorld(ctx, seed);
  await world.start();
  let downFor = 0;
  let steps = 0;

  while (world.appended < targetEvents) {
    steps++;
    world.clock += Math.floor(world.random() * 30_000);
    const kiosk = world.pick(world.kiosks);
    const roll = world.random();
    if (roll < 0.5) await world.scan(kiosk, 1 + Math.floor(world.random() * 12));
    else if (roll < 0.55) await world.voidOne(kiosk);
    else if (roll < 0.6) await world.editRoster(kiosk);
    else if (roll < 0.61 && kiosk.malformed.size < MALFORMED_PER_KIOSK)
      await world.malformed(kiosk);
    else if (roll < 0.8) await kiosk.sync();
    else if (roll < 0.85) await world.syncTogether();
    else if (roll < 0.9) {
      const request = 1 + Math.floor(world.random() * 4);
      await kiosk.syncAndCrash({ request, answered: world.random() < 0.5 });
    } else if (roll < 0.93) {
      // Committed locally, then the power goes before any push.
      await world.scan(kiosk, 1);
      await kiosk.crash();
    } else if (roll < 0.94) await world.restartServer();
    else if (roll < 0.96 && downFor === 0) {
      world.network.down();
      downFor = 1 + Math.floor(world.random() * 20);
    }
    if (downFor > 0 && --downFor === 0) world.network.up();
    await world.checkAllMarks();
  }
  for (const kiosk of world.kiosks) {
    while (kiosk.malformed.size < MALFORMED_PER_KIOSK) await world.malformed(kiosk);
  }

  // The network heals; copies still held by the network arrive late; everyone syncs until quiet.
  const faults = { ...world.network.counts };
  world.network.heal();
  for (const kiosk of world.kiosks) kiosk.pageCrashRate = 0;
  await world.network.flush();
  let quietRounds = 0;
  for (let round = 0; round < 12 && quietRounds < 2; round++) {
    let moved = 0;
    for (const kiosk of world.kiosks) {
      const outcome = await kiosk.sync();
      expect(outcome.ok, JSON.stringify(outcome)).toBe(true);
      moved += outcome.pushed + outcome.received;
    }
    quietRounds = moved === 0 ? quietRounds + 1 : 0;
    await world.checkAllMarks();
  }
  expect(quietRounds, 'the kiosks never became quiet').toBe(2);

  const { events: serverEvents, topSeq } = await world.serverEvents();
  const serverIds = new Map(serverEvents.map((e) => [e.id, e]));
  expect(serverIds.size, 'an event id stored twice').toBe(serverEvents.length);
  let kioskEvents = 0;
  for (const kiosk of world.kiosks) {
    const own = await ownEvents(kiosk);
    kioskEvents += own.length;
    const expected = own.filter((e) => !kiosk.malformed.has(e.id));
    const onServer = serverEvents.filter((e) => e.kioskId === kiosk.kioskId);
    // Exactly once: the same ids, each once, with the same content.
    expect(onServer.map((e) => e.id).sort()).toEqual(expected.map((e) => e.id).sort());
    for (const e of expected) {
      const { day: _day, pending, ...event } = e as typeof e & { day: string; pending?: 1 };
      expect(pending, `${e.id} still pending`).toBeUndefined();
      expect(serverIds.get(e.id)).toEqual(event);
    }
    for (const id of kiosk.malformed) expect(serverIds.has(id)).toBe(false);
    const rejected = await ctx.db.query<{ event_id: string }>(
      'SELECT event_id FROM rejected_events WHERE kiosk_id = $1',
      [kiosk.kioskId],
    );
    expect(rejected.rows.map((r) => r.event_id).sort()).toEqual([...kiosk.malformed].sort());
    const mark = await ctx.db.query<{ acked: number }>('SELECT acked FROM kiosks WHERE id = $1', [
      kiosk.kioskId,
    ]);
    expect(Number(mark.rows[0]!.acked)).toBe(own.length);
  }
  expect(kioskEvents).toBeGreaterThanOrEqual(targetEvents);

  // Convergence: each kiosk holds every server event and projects exactly what they project.
  const reference = await referenceProjections(serverEvents, seed);
  for (const kiosk of world.kiosks) {
    const held = [...(await heldEventIds(kiosk.db))].filter((id) => !kiosk.malformed.has(id));
    expect(held.sort()).toEqual([...serverIds.keys()].sort());
    expect(await projections(kiosk.db)).toEqual(reference);
    await kiosk.checkMarks();
    expect((await readMarks(kiosk.db)).cursor).toBe(topSeq);
  }

  // Pulls after midnight pack the previous day's attendance (renderer/db/attendance.ts).
  let packed = 0;
  for (const kiosk of world.kiosks) {
    for (const block of await kiosk.db.archive.toArray()) packed += block.events.length;
  }
  const kioskIndex = new Map(world.kiosks.map((k, i) => [k.kioskId, i]));
  const report: SimulationReport = {
    steps,
    kioskEvents,
    serverEvents: serverEvents.length,
    restarts: world.restarts,
    crashes: world.kiosks.reduce((n, k) => n + k.crashes, 0),
    pageCrashes: world.kiosks.reduce((n, k) => n + k.pageCrashes, 0),
    resolved: serverEvents.filter((e) => e.type === 'check-in' && e.resolves).length,
    packed,
    faults,
    serverOrder: serverEvents.map(
      (e) => `${kioskIndex.get(e.kioskId) ?? e.kioskId}#${e.seq} ${e.type} ${subject(e)}`,
    ),
  };
  console.info(
    `simulation [${ctx.backend}] seed ${seed}: ${steps} steps, ${kioskEvents} kiosk events, ` +
      `${report.serverEvents} on the server, ${report.restarts} server restarts, ` +
      `${report.crashes} kiosk crashes, ${report.pageCrashes} page crashes, ` +
      `${report.resolved} unknown scans resolved, ${packed} events packed, ` +
      `network ${JSON.stringify(faults)}`,
  );
  return report;
}

/** Whom an event is about, without its random id. */
function subject(e: KioskEvent): string {
  if (e.type === 'learner-upserted') return e.learner.id;
  return 'learnerId' in e ? e.learnerId : '';
}

/** Every fault the issue names really happened in this run. */
export function expectEveryFault(report: SimulationReport): void {
  for (const kind of ['drop', 'loseResponse', 'serverError', 'duplicate', 'replayed'] as const) {
    expect(report.faults[kind], kind).toBeGreaterThan(0);
  }
  expect(report.restarts).toBeGreaterThan(0);
  expect(report.crashes).toBeGreaterThan(0);
  expect(report.pageCrashes).toBeGreaterThan(0);
  expect(report.resolved).toBeGreaterThan(0);
  expect(report.packed).toBeGreaterThan(0);
}

/** Empties the database's schema, as before a test (the next server migrates it again). */
export async function emptySchema(db: Database): Promise<void> {
  const { rows } = await db.query<{ name: string }>('SELECT current_schema() AS name');
  const name = rows[0]!.name;
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unexpected schema name ${name}`);
  await db.exec(`DROP SCHEMA ${name} CASCADE; CREATE SCHEMA ${name};`);
}
