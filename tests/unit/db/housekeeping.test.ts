// Housekeeping: received rows of past days are packed; received attendance older than the
// retention period goes, packed or not; this kiosk's own events, anything unsent and every
// roster event stay.
import { describe, expect, it } from 'vitest';
import { attendanceBetween, attendanceOfDay } from '../../../renderer/db/attendance';
import { appendEvents } from '../../../renderer/db/append';
import { storeReceivedEvents } from '../../../renderer/db/receive';
import { runHousekeeping } from '../../../renderer/db/housekeeping';

import { seededBytes } from '../../../shared/demo-roster';
import { brusselsDay } from '../../../shared/time';
import type { KioskEvent } from '../../../shared/types';
import { uuidv7 } from '../../../shared/uuid';
import { freshKiosk } from './harness';

const NOW = Date.UTC(2026, 5, 10, 12, 0);
const DAY = 86_400_000;
let n = 0;

function received(at: number, learnerId: string): KioskEvent {
  n++;
  return {
    id: uuidv7(at, seededBytes(n)),
    kioskId: 'other-kiosk',
    seq: n,
    at,
    actor: { kind: 'learner', learnerId },
    type: 'check-in',
    learnerId,
    method: 'scanner',
  };
}

const ids = (events: readonly { id: string }[]) => events.map((e) => e.id).sort();

describe('runHousekeeping', () => {
  it('deletes received attendance before the first kept day, and nothing else', async () => {
    const { db, roster } = await freshKiosk();
    const learnerId = roster[0]!.learner.id;
    // 40 days of history (packed), and two old rows stored when their day was still today.
    const history = Array.from({ length: 40 }, (_, i) => received(NOW - (i + 1) * DAY, learnerId));
    await storeReceivedEvents(db, history, NOW);
    const oldRow = received(NOW - 35 * DAY, learnerId);
    await storeReceivedEvents(db, [oldRow], oldRow.at);
    const recentRow = received(NOW - 3 * DAY, learnerId);
    await storeReceivedEvents(db, [recentRow], recentRow.at);
    // This kiosk's own old check-in, acked or not, stays (re-enrolment needs its sequence).
    const [own] = await appendEvents(
      db,
      [{ type: 'check-in', learnerId, method: 'manual', actor: { kind: 'learner', learnerId } }],
      NOW - 38 * DAY,
    );
    const rosterRows = await db.events.filter((e) => e.type === 'learner-upserted').count();

    const outcome = await runHousekeeping(db, { now: NOW, retentionDays: 30 });
    expect(outcome.keptFrom).toBe(brusselsDay(NOW - 30 * DAY));
    // The two received rows are packed (they are past), then the old one is deleted with the
    // ten packed days before the period.
    expect(outcome).toMatchObject({ packed: 2, deleted: 11 });
    expect(await db.events.get(recentRow.id)).toBeUndefined();

    const left = await attendanceBetween(db, '2000-01-01', '2100-01-01');
    const ids = new Set(left.map((e) => e.id));
    expect(ids.has(oldRow.id)).toBe(false);
    expect(ids.has(recentRow.id)).toBe(true);
    expect(ids.has(own!.id)).toBe(true);
    // Day 30 ago is the first kept day; 31 ago is gone.
    expect(ids.has(history[29]!.id)).toBe(true);
    expect(ids.has(history[30]!.id)).toBe(false);
    expect(left).toHaveLength(30 + 1 + 1);
    expect(await db.events.filter((e) => e.type === 'learner-upserted').count()).toBe(rosterRows);

    // Idempotent: a second run finds nothing.
    expect(await runHousekeeping(db, { now: NOW, retentionDays: 30 })).toMatchObject({
      packed: 0,
      deleted: 0,
    });
  });

  it('applies the default period when none is saved, through many transactions', async () => {
    const { db, roster } = await freshKiosk();
    // 500 packed rows (one a day, stored one page at a time) and 2,500 old received rows.
    for (let page = 0; page < 5; page++) {
      const events = Array.from({ length: 100 }, (_, i) =>
        received(NOW - (400 + page * 100 + i) * DAY, roster[i % roster.length]!.learner.id),
      );
      await storeReceivedEvents(db, events, NOW);
    }
    const oldDay = NOW - 500 * DAY;
    const rows = Array.from({ length: 2_500 }, (_, i) =>
      received(oldDay + i * 1_000, roster[i % roster.length]!.learner.id),
    );
    await storeReceivedEvents(db, rows, oldDay);
    // 600 own old check-ins in the same days: kept, so the pages must step over them.
    const own = await appendEvents(
      db,
      rows.slice(0, 600).map((e) => ({
        type: 'check-in' as const,
        learnerId: (e as { learnerId: string }).learnerId,
        method: 'manual' as const,
        actor: { kind: 'kiosk' as const },
      })),
      oldDay + 500_000,
    );
    await db.events.toCollection().modify((row) => void delete row.pending);
    // No settings saved: the default period (365 days) applies.
    const outcome = await runHousekeeping(db, { now: NOW });
    expect(outcome).toMatchObject({ packed: 2_500, deleted: 3_000 });
    expect(await db.archive.count()).toBe(0);
    const left = await attendanceBetween(db, '2000-01-01', '2100-01-01');
    expect(ids(left)).toEqual(ids(own));
    // Thousands of rows on fake-indexeddb: past the suite's 20 s on a machine with both cores busy.
  }, 120_000);

  it('packs what arrived today once the day has turned, and reads it the same', async () => {
    const { db, roster } = await freshKiosk();
    const row = received(NOW - 60_000, roster[2]!.learner.id);
    await storeReceivedEvents(db, [row], NOW);
    expect(await runHousekeeping(db, { now: NOW })).toMatchObject({ packed: 0 });
    expect(await db.events.get(row.id)).toBeDefined();
    // The next day's run walks only the days since the previous run, and finds it past.
    expect(await runHousekeeping(db, { now: NOW + DAY })).toMatchObject({ packed: 1, deleted: 0 });
    expect(await db.events.get(row.id)).toBeUndefined();
    expect((await attendanceOfDay(db, brusselsDay(row.at))).map((e) => e.id)).toEqual([row.id]);
    // Two runs at once are one run.
    const [a, b] = [
      runHousekeeping(db, { now: NOW + 2 * DAY }),
      runHousekeeping(db, { now: NOW + 2 * DAY }),
    ];
    expect(a).toBe(b);
    await a;
  });

  it('starts a new database at its first day, and remembers each day walked', async () => {
    const { db, roster } = await freshKiosk();
    expect((await db.settings.get('housekeeping.packed-below'))?.value).toBe(
      brusselsDay(Date.now()),
    );
    // A kiosk upgraded from v2 has no mark: its first run walks every day, and marks each.
    await db.settings.delete('housekeeping.packed-below');
    const rows = [5, 4, 3].map((d) => received(NOW - d * DAY, roster[d]!.learner.id));
    for (const row of rows) await storeReceivedEvents(db, [row], row.at);
    const marks: unknown[] = [];
    db.settings.hook('creating', (key, row: { value: unknown }) => void marks.push(row.value));
    db.settings.hook('updating', (changes: { value?: unknown }) => void marks.push(changes.value));
    expect(await runHousekeeping(db, { now: NOW })).toMatchObject({ packed: 3 });
    // The roster's day, the three days, then today: a cut walk resumes at the last day marked.
    expect(marks).toEqual([
      brusselsDay(Date.UTC(2026, 0, 5, 8)),
      ...rows.map((row) => brusselsDay(row.at)),
      brusselsDay(NOW),
    ]);
    expect((await db.settings.get('housekeeping.packed-below'))?.value).toBe(brusselsDay(NOW));
  });
});
