// A kiosk's own past is packed by day (renderer/db/own-history.ts) and still reaches a server
// that needs it: enrolment of a kiosk that was standalone, a server restored from a backup.
import { describe, expect, it } from 'vitest';
import { attendanceBetween } from '../../../renderer/db/attendance';
import { runHousekeeping } from '../../../renderer/db/housekeeping';
import { OWN_ROWS_DAYS } from '../../../renderer/db/own-history';
import { enrolKiosk } from '../../../renderer/sync/enrol';
import { createSyncEngine } from '../../../renderer/sync/engine';
import { silentSyncLog } from '../../../renderer/sync/log';
import { readSyncState } from '../../../renderer/sync/state';
import type { KioskDatabase } from '../../../renderer/db/schema';
import { FakeServer, freshDb } from './fake-server';
import { localEvents, pendingSeqs, setup, T0 } from './helpers';

const DAY = 86_400_000;
const OLD = T0 - (OWN_ROWS_DAYS + 10) * DAY;

async function ownRows(db: KioskDatabase, kioskId: string) {
  return db.events.where('[kioskId+seq]').between([kioskId, 1], [kioskId, Infinity]).count();
}

async function everything(db: KioskDatabase) {
  return (await attendanceBetween(db, '2000-01-01', '2100-01-01')).map((e) => e.seq).sort();
}

describe("a kiosk's own packed past", () => {
  it('packs only what the server acknowledged, keeps recent days as rows, survives retention', async () => {
    const { db, kioskId, engine } = await setup();
    await localEvents(db, 3, OLD);
    await engine.syncOnce(); // 1..3 acknowledged
    await localEvents(db, 2, OLD + 60_000); // 4, 5: same old day, not sent yet
    await localEvents(db, 1, T0 - DAY); // 6: yesterday
    const acked = (await readSyncState(db)).marks.acked;
    expect(acked).toBe(3);

    const outcome = await runHousekeeping(db, {
      now: T0,
      retentionDays: 30,
      own: { enrolled: true, acked },
    });
    expect(outcome.ownPacked).toBe(3);
    expect(await ownRows(db, kioskId)).toBe(3);
    expect(await pendingSeqs(db)).toEqual([4, 5, 6]);
    // Older than the retention period, but this kiosk's own: kept.
    expect(outcome.deleted).toBe(0);
    expect(await everything(db)).toEqual([1, 2, 3, 4, 5, 6]);

    // Once 4 and 5 are acknowledged, the next run packs them (the walk stopped at their day).
    await engine.syncOnce();
    const again = await runHousekeeping(db, {
      now: T0,
      own: { enrolled: true, acked: (await readSyncState(db)).marks.acked },
    });
    expect(again.ownPacked).toBe(2);
    expect(await ownRows(db, kioskId)).toBe(1);
    expect(await everything(db)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('sends packed events again to a server that lost them', async () => {
    const { db, kioskId, server, engine } = await setup();
    await localEvents(db, 5, OLD);
    await engine.syncOnce();
    await runHousekeeping(db, { now: T0, own: { enrolled: true, acked: 5 } });
    expect(await ownRows(db, kioskId)).toBe(0);

    server.loseAfter(kioskId, 2);
    expect(await engine.syncOnce()).toMatchObject({ ok: true, pushed: 3 });
    expect(server.ownSeqs(kioskId).sort()).toEqual([1, 2, 3, 4, 5]);
    expect(await pendingSeqs(db)).toEqual([]);
    // 3..5 came back as rows, 1 and 2 stayed packed: each still counted once.
    expect(await ownRows(db, kioskId)).toBe(3);
    expect(await everything(db)).toEqual([1, 2, 3, 4, 5]);
  });

  it('sends a standalone kiosk’s whole packed past to the server it enrols with', async () => {
    const { db, kioskId } = await freshDb();
    await localEvents(db, 4, OLD);
    const packed = await runHousekeeping(db, { now: T0, own: { enrolled: false } });
    expect(packed.ownPacked).toBe(4);
    expect(await ownRows(db, kioskId)).toBe(0);

    const server = new FakeServer();
    server.now = () => T0;
    server.codes.add('LIEGE-0001');
    let token: string | null = null;
    await enrolKiosk({
      db,
      fetch: server.fetch,
      serverUrl: server.base,
      code: 'LIEGE-0001',
      kioskName: 'Accueil',
      storeToken: async (t) => void (token = t),
      now: () => T0,
    });
    expect(await pendingSeqs(db)).toEqual([1, 2, 3, 4]);
    const engine = createSyncEngine({
      db,
      fetch: server.fetch,
      serverUrl: server.base,
      getToken: async () => token,
      now: () => T0,
      random: () => 0.5,
      setTimer: () => 0,
      clearTimer: () => undefined,
      log: silentSyncLog,
    });
    expect(await engine.syncOnce()).toMatchObject({ ok: true, pushed: 4 });
    expect(server.ownSeqs(kioskId).sort()).toEqual([1, 2, 3, 4]);
    expect(await everything(db)).toEqual([1, 2, 3, 4]);
  });
});
