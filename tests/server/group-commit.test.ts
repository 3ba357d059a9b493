// Group commit (server/store/push.ts): pushes that queue while a push commits go into one
// transaction together; each keeps its own answer, and one push's problem never fails another.
import { expect, it } from 'vitest';
import type { KioskEvent } from '../../shared/types';
import {
  checkIn,
  enrolKiosk,
  forEachBackend,
  pushReq,
  untilAuthenticated,
  watchStatements,
} from './harness';

/** A hook that holds K0's first push before its commit until released. */
function gateOnK0() {
  let entered!: () => void;
  const atGate = new Promise<void>((resolve) => (entered = resolve));
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  let held = false;
  const hold = async (kioskId: string) => {
    if (kioskId !== 'K0' || held) return;
    held = true;
    entered();
    await gate;
  };
  return { hold, atGate, release };
}

forEachBackend('group commit', (ctx) => {
  it('judges each queued push on its own: stored, repeated, gap, malformed', async () => {
    const { hold, atGate, release } = gateOnK0();
    const statements = watchStatements(ctx.db);
    const app = await ctx.makeApp({ db: statements.db, faults: { beforeCommit: hold } });
    const [k0, k1, k2, k3] = [
      await enrolKiosk(app, 'K0'),
      await enrolKiosk(app, 'K1'),
      await enrolKiosk(app, 'K2'),
      await enrolKiosk(app, 'K3'),
    ];
    const held = pushReq(app, k0, [checkIn('K0', 1)]);
    await atGate;
    const batch1 = [checkIn('K1', 1), checkIn('K1', 2), checkIn('K1', 3)];
    const stored = pushReq(app, k1, batch1);
    const repeated = pushReq(app, k1, batch1);
    const gap = pushReq(app, k2, [checkIn('K2', 5)]);
    const foreign: KioskEvent = checkIn('K1', 9);
    const malformed = pushReq(app, k3, [checkIn('K3', 1), { ...foreign, seq: 2 }]);
    // The four queue behind the held push.
    await untilAuthenticated(ctx, statements, 5);
    release();
    expect((await held).statusCode).toBe(200);
    for (const res of [await stored, await repeated]) {
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ acked: 3, rejected: [] });
    }
    expect((await gap).statusCode).toBe(409);
    expect((await gap).json()).toMatchObject({ error: 'gap', acked: 0 });
    const bad = await malformed;
    expect(bad.statusCode).toBe(200);
    expect(bad.json()).toMatchObject({
      acked: 2,
      rejected: [{ seq: 2, id: foreign.id, problems: [expect.stringMatching(/kioskId/)] }],
    });
    const rows = await ctx.db.query<{ kiosk_id: string; n: number }>(
      `SELECT kiosk_id, count(*)::int AS n FROM events GROUP BY kiosk_id ORDER BY kiosk_id`,
    );
    expect(rows.rows).toEqual([
      { kiosk_id: 'K0', n: 1 },
      { kiosk_id: 'K1', n: 3 },
      { kiosk_id: 'K3', n: 1 },
    ]);
    const marks = await ctx.db.query<{ id: string; acked: number; last_seen_at: number }>(
      `SELECT id, acked, last_seen_at FROM kiosks WHERE id LIKE 'K%' ORDER BY id`,
    );
    expect(marks.rows.map((r) => r.acked)).toEqual([1, 3, 0, 2]);
    expect(marks.rows.every((r) => r.last_seen_at === ctx.clock.now)).toBe(true);
    // The repeated push's report still comes from the table once the group is gone.
    const again = await pushReq(app, k3, [checkIn('K3', 1), { ...foreign, seq: 2 }]);
    expect(again.json().rejected).toEqual(bad.json().rejected);
  });

  it('a push whose transaction fails fails alone; the others in its group are stored', async () => {
    const { hold, atGate, release } = gateOnK0();
    let failK2 = true;
    const statements = watchStatements(ctx.db);
    const app = await ctx.makeApp({
      db: statements.db,
      faults: {
        beforeCommit: async (kioskId) => {
          await hold(kioskId);
          if (kioskId === 'K2' && failK2) throw new Error('injected');
        },
      },
    });
    const [k0, k1, k2, k3] = [
      await enrolKiosk(app, 'K0'),
      await enrolKiosk(app, 'K1'),
      await enrolKiosk(app, 'K2'),
      await enrolKiosk(app, 'K3'),
    ];
    const held = pushReq(app, k0, [checkIn('K0', 1)]);
    await atGate;
    const others = [
      pushReq(app, k1, [checkIn('K1', 1)]),
      pushReq(app, k2, [checkIn('K2', 1)]),
      pushReq(app, k3, [checkIn('K3', 1)]),
    ];
    await untilAuthenticated(ctx, statements, 4);
    release();
    expect((await held).statusCode).toBe(200);
    const [one, two, three] = await Promise.all(others);
    expect(one!.statusCode).toBe(200);
    expect(two!.statusCode).toBe(500);
    expect(three!.statusCode).toBe(200);
    const ids = await ctx.db.query<{ kiosk_id: string }>(
      `SELECT kiosk_id FROM events ORDER BY kiosk_id`,
    );
    expect(ids.rows.map((r) => r.kiosk_id)).toEqual(['K0', 'K1', 'K3']);
    failK2 = false;
    const retry = await pushReq(app, k2, [checkIn('K2', 1)]);
    expect(retry.json()).toMatchObject({ acked: 1, rejected: [] });
  });
});
