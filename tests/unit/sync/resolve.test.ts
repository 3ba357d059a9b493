import { describe, expect, it } from 'vitest';
import { foldAttendance } from '../../../shared/attendance';
import { generateToken } from '../../../shared/badge';
import { demoLearners, demoRosterEvents, seededBytes } from '../../../shared/demo-roster';
import { isAttendanceEvent, type KioskEvent } from '../../../shared/types';
import { uuidv7 } from '../../../shared/uuid';
import { validateEvent } from '../../../shared/validate';
import { appendEvents } from '../../../renderer/db/append';
import { writeSetting } from '../../../renderer/db/settings';
import type { KioskDatabase } from '../../../renderer/db/schema';
import { setup, T0 } from './helpers';

const OTHER = '01900000-0000-7000-8000-0000000000bb';
const SCAN_AT = T0 - 3_600_000;

async function scanUnknown(db: KioskDatabase, token: string, at = SCAN_AT) {
  const [event] = await appendEvents(
    db,
    [{ type: 'unknown-badge', token, method: 'camera', actor: { kind: 'kiosk' } }],
    at,
  );
  return event!;
}

function envelope(at: number, seq: number) {
  return {
    id: uuidv7(at, seededBytes(seq)),
    kioskId: OTHER,
    seq,
    at,
    actor: { kind: 'kiosk' as const },
  };
}

async function checkInsResolving(db: KioskDatabase, id: string) {
  return (await db.events.toArray()).filter((e) => e.type === 'check-in' && e.resolves === id);
}

describe('unknown-badge scans resolved by sync', () => {
  it('appends the check-in at the scan’s time once the roster knows the token', async () => {
    const { db, server, engine, kioskId } = await setup();
    const [demo] = demoLearners(1, 5);
    const scan = await scanUnknown(db, demo!.token);
    // The badge was issued at reception after the scan; this kiosk learns it by sync.
    server.add(demoRosterEvents([demo!], T0 - 60_000, OTHER));
    expect(await engine.syncOnce()).toMatchObject({ ok: true });

    const [resolved, ...more] = await checkInsResolving(db, scan.id);
    expect(more).toEqual([]);
    expect(resolved).toMatchObject({
      type: 'check-in',
      learnerId: demo!.learner.id,
      method: 'camera',
      token: demo!.token,
      resolves: scan.id,
      at: SCAN_AT,
      kioskId,
      seq: 2,
      actor: { kind: 'learner', learnerId: demo!.learner.id },
    });
    const { day: _day, pending: _pending, ...wire } = resolved!;
    expect(validateEvent(wire)).toMatchObject({ ok: true });
    // It goes to the server like any own event (pushed by the next sync).
    expect(resolved!.pending).toBe(1);
    expect(await engine.syncOnce()).toMatchObject({ ok: true, pushed: 1 });

    // The attendance fold counts the learner present, from the scan's time.
    const rows = await db.events
      .where('[learnerId+at]')
      .between([demo!.learner.id, 0], [demo!.learner.id, T0])
      .toArray();
    const day = foldAttendance(
      rows.flatMap((row) => (isAttendanceEvent(row) ? [row] : [])),
      { now: T0 },
    ).get(demo!.learner.id);
    expect(day).toMatchObject({ firstArrival: SCAN_AT, inBuilding: true });

    // The same badge-issued delivered again (a retried page) resolves nothing twice.
    await db.settings.put({ key: 'sync.marks', value: { cursor: 0, acked: 2, serverUrl: null } });
    expect(await engine.syncOnce()).toMatchObject({ ok: true });
    expect(await checkInsResolving(db, scan.id)).toHaveLength(1);
  });

  it('leaves a scan unknown when its badge is revoked by then', async () => {
    const { db, server, engine } = await setup();
    const token = generateToken(seededBytes(11));
    const scan = await scanUnknown(db, token);
    server.add([
      { ...envelope(T0 - 5000, 1), type: 'badge-issued', learnerId: 'L00001', token },
      { ...envelope(T0 - 4000, 2), type: 'badge-revoked', learnerId: 'L00001', token },
    ] satisfies KioskEvent[]);
    expect(await engine.syncOnce()).toMatchObject({ ok: true });
    expect(await checkInsResolving(db, scan.id)).toEqual([]);
  });

  it('resolves only this kiosk’s own scans: exactly one kiosk resolves each scan', async () => {
    const { db, server, engine } = await setup();
    const token = generateToken(seededBytes(12));
    const theirs: KioskEvent = {
      ...envelope(SCAN_AT, 1),
      type: 'unknown-badge',
      token,
      method: 'scanner',
    };
    server.add([
      theirs,
      { ...envelope(T0 - 5000, 2), type: 'badge-issued', learnerId: 'L00002', token },
    ]);
    expect(await engine.syncOnce()).toMatchObject({ ok: true });
    expect(await checkInsResolving(db, theirs.id)).toEqual([]);
    expect(await db.events.filter((row) => row.pending === 1).count()).toBe(0);
  });

  // A kiosk with more own events than tokens in the page reads each token's index range
  // instead of all its own events: both ways must resolve the same scans, once.
  it('resolves once when the kiosk has more own events than the page has tokens', async () => {
    const { db, server, engine } = await setup();
    const [demo] = demoLearners(1, 7);
    const scan = await scanUnknown(db, demo!.token);
    const other = generateToken(seededBytes(13));
    await scanUnknown(db, other, SCAN_AT + 1_000);
    await scanUnknown(db, other, SCAN_AT + 2_000);
    server.add(demoRosterEvents([demo!], T0 - 60_000, OTHER));
    expect(await engine.syncOnce()).toMatchObject({ ok: true });
    expect(await checkInsResolving(db, scan.id)).toHaveLength(1);
    await db.settings.put({ key: 'sync.marks', value: { cursor: 0, acked: 4, serverUrl: null } });
    expect(await engine.syncOnce()).toMatchObject({ ok: true });
    expect(await checkInsResolving(db, scan.id)).toHaveLength(1);
  });

  it('writes what the scanner would have: one arrival a day, none when the learner was already in', async () => {
    const { db, server, engine } = await setup();
    await writeSetting(db, 'check-in', { mode: 'check-in-only', cooldownMs: 60_000 });
    const [ana, ben] = demoLearners(2, 9);
    const DAY = 86_400_000;
    // Ana: two scans yesterday (arrival, then again later), one today.
    const yesterday = await scanUnknown(db, ana!.token, SCAN_AT - DAY);
    const again = await scanUnknown(db, ana!.token, SCAN_AT - DAY + 1_800_000);
    const today = await scanUnknown(db, ana!.token, SCAN_AT);
    // Ben was checked in by reception before his badge was scanned unknown.
    await appendEvents(
      db,
      [
        {
          type: 'check-in',
          learnerId: ben!.learner.id,
          method: 'manual',
          reason: { code: 'forgot-badge' },
          actor: { kind: 'staff', staffId: 'S1' },
        },
      ],
      SCAN_AT - 600_000,
    );
    const benScan = await scanUnknown(db, ben!.token, SCAN_AT);
    server.add(demoRosterEvents([ana!, ben!], T0 - 60_000, OTHER));
    expect(await engine.syncOnce()).toMatchObject({ ok: true });

    expect(await checkInsResolving(db, yesterday.id)).toHaveLength(1);
    expect(await checkInsResolving(db, again.id)).toEqual([]);
    expect(await checkInsResolving(db, today.id)).toHaveLength(1);
    expect(await checkInsResolving(db, benScan.id)).toEqual([]);
  });
});
