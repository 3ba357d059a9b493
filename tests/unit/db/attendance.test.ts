// Received attendance of past days is packed by day (renderer/db/attendance.ts); readers of days
// see rows and packed events alike, each event once, and today is never packed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  attendanceBetween,
  attendanceOfDay,
  countAttendance,
  isPacked,
} from '../../../renderer/db/attendance';
import { appendEvents } from '../../../renderer/db/append';
import { storeReceivedEvents } from '../../../renderer/db/receive';
import { seededBytes } from '../../../shared/demo-roster';
import { brusselsDay } from '../../../shared/time';
import type { AttendanceEvent, KioskEvent } from '../../../shared/types';
import { uuidv7 } from '../../../shared/uuid';
import { freshKiosk } from './harness';

const NOW = Date.UTC(2026, 2, 18, 15, 0); // a Wednesday afternoon in Liège
const DAY = 86_400_000;

function checkIn(at: number, learnerId: string, n: number): KioskEvent {
  const random = seededBytes(n + 1);
  return {
    id: uuidv7(at, random),
    kioskId: 'other-kiosk',
    seq: n + 1,
    at,
    actor: { kind: 'learner', learnerId },
    type: n % 2 === 0 ? 'check-in' : 'check-out',
    learnerId,
    method: 'scanner',
  };
}

const ids = (events: readonly { id: string }[]) => events.map((e) => e.id).sort();

describe('packed attendance', () => {
  it('packs received attendance of past days only; today and roster events stay rows', async () => {
    const { db, roster } = await freshKiosk();
    const learnerId = roster[0]!.learner.id;
    const yesterday = checkIn(NOW - DAY, learnerId, 0);
    const today = checkIn(NOW - 60_000, learnerId, 1);
    const rosterBefore = await db.events.count();
    expect(await storeReceivedEvents(db, [yesterday, today], NOW)).toBe(2);

    expect(await db.events.get(today.id)).toBeDefined();
    expect(await db.events.get(yesterday.id)).toBeUndefined();
    expect(await db.events.count()).toBe(rosterBefore + 1);
    const blocks = await db.archive.toArray();
    expect(blocks).toHaveLength(1);
    expect(blocks[0]!.day).toBe(brusselsDay(NOW - DAY));
    expect(blocks[0]!.events).toEqual([yesterday]);

    expect(ids(await attendanceOfDay(db, brusselsDay(NOW - DAY)))).toEqual([yesterday.id]);
    expect(ids(await attendanceOfDay(db, brusselsDay(NOW)))).toEqual([today.id]);
    const from = brusselsDay(NOW - 7 * DAY);
    expect(ids(await attendanceBetween(db, from, brusselsDay(NOW)))).toEqual(
      ids([yesterday, today]),
    );
    expect(await countAttendance(db, from, brusselsDay(NOW))).toBe(2);
    // A roster event of a past day is not attendance: never packed.
    const issued: KioskEvent = {
      ...yesterday,
      type: 'badge-issued',
      learnerId,
      token: 'T'.repeat(22),
      actor: { kind: 'staff', staffId: 'S1' },
    };
    expect(isPacked(issued, brusselsDay(NOW))).toBe(false);
    expect(isPacked(yesterday, brusselsDay(NOW))).toBe(true);
    expect(isPacked(today, brusselsDay(NOW))).toBe(false);
  });

  it("keeps this kiosk's own past events as rows (the outbox and the policy read them)", async () => {
    const { db, roster } = await freshKiosk();
    const learnerId = roster[1]!.learner.id;
    const [own] = await appendEvents(
      db,
      [{ type: 'check-in', learnerId, method: 'manual', actor: { kind: 'learner', learnerId } }],
      NOW - 3 * DAY,
    );
    expect(await db.archive.count()).toBe(0);
    expect(ids(await attendanceOfDay(db, brusselsDay(NOW - 3 * DAY)))).toEqual([own!.id]);
  });

  it('counts a page stored twice once when read, and counts it twice in the keys only', async () => {
    const { db, roster } = await freshKiosk();
    const page = roster
      .slice(0, 10)
      .map((d, i) => checkIn(NOW - (1 + (i % 3)) * DAY - i * 60_000, d.learner.id, i));
    await storeReceivedEvents(db, page, NOW);
    await storeReceivedEvents(db, page, NOW);
    const from = brusselsDay(NOW - 5 * DAY);
    const read = await attendanceBetween(db, from, brusselsDay(NOW));
    expect(ids(read)).toEqual(ids(page));
    // The progress total is an upper bound read from keys; the export caps its progress at it.
    expect(await countAttendance(db, from, brusselsDay(NOW))).toBe(20);
  });

  it('gives back exactly the received set for any days and any re-deliveries', async () => {
    const { db, roster } = await freshKiosk({ learners: 5 });
    let n = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ daysAgo: fc.integer({ min: 0, max: 9 }), minute: fc.nat(1_439) }), {
          maxLength: 40,
        }),
        fc.array(fc.nat(), { maxLength: 5 }),
        async (specs, redeliver) => {
          await db.events.where('kioskId').equals('other-kiosk').delete();
          await db.archive.clear();
          const events = specs.map((s) =>
            checkIn(
              NOW - s.daysAgo * DAY - s.minute * 60_000,
              roster[n % roster.length]!.learner.id,
              n++,
            ),
          );
          await storeReceivedEvents(db, events, NOW);
          for (const k of redeliver) {
            if (events.length > 0) await storeReceivedEvents(db, [events[k % events.length]!], NOW);
          }
          const read: AttendanceEvent[] = await attendanceBetween(db, '2000-01-01', '2100-01-01');
          expect(ids(read)).toEqual(ids(events));
          const today = brusselsDay(NOW);
          for (const e of events) {
            expect(isPacked(e, today)).toBe(brusselsDay(e.at) < today);
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});
