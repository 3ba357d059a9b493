// The seeded fault-injection simulation: three kiosks, more than 10,000 events, a network that
// drops requests, loses answers after the server committed, duplicates and reorders deliveries
// and answers 500; a server that restarts; kiosks that crash mid-sync and between storing a pull
// page and saving its cursor. At the end: no event lost or doubled, every kiosk converged on the
// server's projections, no mark ever went backwards. SIM_SEED=<n> chooses the workload and faults.
import 'fake-indexeddb/auto';
import { expect, it } from 'vitest';
import { readMarks } from '../../renderer/sync/state';
import { heldEventIds, ownEvents, projections, referenceProjections, World } from '../sim/world';
import { enrolKiosk, forEachBackend } from './harness';

const SEED = Number(process.env.SIM_SEED ?? 20_261_125);
// SIM_EVENTS lowers the count for a quick local run; CI runs the 10,000.
const TARGET_EVENTS = Number(process.env.SIM_EVENTS ?? 10_000);

forEachBackend('fault-injection simulation', (ctx) => {
  it(`seed ${SEED}: every kiosk event on the server once, every kiosk converged`, async () => {
    const world = new World({
      seed: SEED,
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
    await world.start();
    const malformedPerKiosk = 2;
    let downFor = 0;
    let steps = 0;

    while (world.appended < TARGET_EVENTS) {
      steps++;
      world.clock += Math.floor(world.random() * 30_000);
      const kiosk = world.pick(world.kiosks);
      const roll = world.random();
      if (roll < 0.5) await world.scan(kiosk, 1 + Math.floor(world.random() * 12));
      else if (roll < 0.55) await world.voidOne(kiosk);
      else if (roll < 0.6) await world.editRoster(kiosk);
      else if (roll < 0.61 && kiosk.malformed.size < malformedPerKiosk)
        await world.malformed(kiosk);
      else if (roll < 0.8) await kiosk.sync();
      else if (roll < 0.85) await Promise.all(world.kiosks.map((k) => k.sync()));
      else if (roll < 0.9) await kiosk.syncAndCrash(Math.floor(world.random() * 400));
      else if (roll < 0.93) {
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
      while (kiosk.malformed.size < malformedPerKiosk) await world.malformed(kiosk);
    }

    // The network heals; copies still held by the network arrive late; everyone syncs until quiet.
    const faultCounts = { ...world.network.counts };
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
    expect(kioskEvents).toBeGreaterThanOrEqual(TARGET_EVENTS);

    // Convergence: each kiosk holds every server event and projects exactly what they project.
    const reference = await referenceProjections(serverEvents, SEED);
    for (const kiosk of world.kiosks) {
      const held = [...(await heldEventIds(kiosk.db))].filter((id) => !kiosk.malformed.has(id));
      expect(held.sort()).toEqual([...serverIds.keys()].sort());
      expect(await projections(kiosk.db)).toEqual(reference);
      await kiosk.checkMarks();
      expect((await readMarks(kiosk.db)).cursor).toBe(topSeq);
    }

    const crashes = world.kiosks.reduce((n, k) => n + k.crashes, 0);
    const pageCrashes = world.kiosks.reduce((n, k) => n + k.pageCrashes, 0);
    const resolved = serverEvents.filter((e) => e.type === 'check-in' && e.resolves).length;
    // Pulls after midnight pack the previous day's attendance (renderer/db/attendance.ts).
    let packed = 0;
    for (const kiosk of world.kiosks) {
      for (const block of await kiosk.db.archive.toArray()) packed += block.events.length;
    }
    console.info(
      `simulation [${ctx.backend}] seed ${SEED}: ${steps} steps, ${kioskEvents} kiosk events, ` +
        `${serverEvents.length} on the server, ${world.restarts} server restarts, ` +
        `${crashes} kiosk crashes, ${pageCrashes} page crashes, ${resolved} unknown scans resolved, ` +
        `${packed} events packed, ` +
        `network ${JSON.stringify(faultCounts)}`,
    );
    // Every fault the issue names really happened in this run.
    for (const kind of ['drop', 'loseResponse', 'serverError', 'duplicate', 'replayed'] as const) {
      expect(faultCounts[kind], kind).toBeGreaterThan(0);
    }
    expect(world.restarts).toBeGreaterThan(0);
    expect(crashes).toBeGreaterThan(0);
    expect(pageCrashes).toBeGreaterThan(0);
    expect(resolved).toBeGreaterThan(0);
    expect(packed).toBeGreaterThan(0);
  }, 600_000);
});
