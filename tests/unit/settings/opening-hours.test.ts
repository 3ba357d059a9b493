// Opening hours: weekday of a Brussels day, Brussels wall-clock time to an instant (DST days
// included), and the closing instant that ends "in the building" in the attendance fold.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldAttendance } from '../../../shared/attendance';
import { brusselsInstant, clockMinutes, closingAt, weekdayOf } from '../../../shared/opening-hours';
import { brusselsDay, formatClock } from '../../../shared/time';
import type { AttendanceEvent, WeekHours } from '../../../shared/types';
import { idFor } from '../shared/helpers';

const dayArb = fc
  .integer({ min: 0, max: 80 * 366 })
  .map((n) => new Date(Date.UTC(2020, 0, 1 + n)).toISOString().slice(0, 10))
  .filter((day) => day < '2100-01-01');
const clockArb = fc
  .integer({ min: 0, max: 1439 })
  .map((m) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`);

/** Tuesday 16:00–20:00 and Saturday 10:00–18:00 only. */
const HOURS: WeekHours = [
  null,
  { opens: '16:00', closes: '20:00' },
  null,
  null,
  null,
  { opens: '10:00', closes: '18:00' },
  null,
];

describe('opening hours', () => {
  it('reads clock times strictly', () => {
    expect(clockMinutes('00:00')).toBe(0);
    expect(clockMinutes('23:59')).toBe(1439);
    expect(clockMinutes('08:05')).toBe(485);
    for (const bad of ['24:00', '8:05', '08:5', '08:60', '08h05', ' 08:05', '08:05:00', '']) {
      expect(clockMinutes(bad), bad).toBeNull();
    }
  });

  it('numbers weekdays from Monday', () => {
    expect(weekdayOf('2026-03-30')).toBe(0); // a Monday
    expect(weekdayOf('2026-03-29')).toBe(6); // a Sunday, and a DST day
    expect(weekdayOf('2024-02-29')).toBe(3);
    expect(weekdayOf('2099-12-31')).toBe(3);
    expect(() => weekdayOf('2026-02-30')).toThrow(RangeError);
  });

  it('turns Brussels wall-clock time into the right instant, winter, summer and DST days', () => {
    expect(brusselsInstant('2026-01-15', '20:00')).toBe(Date.UTC(2026, 0, 15, 19));
    expect(brusselsInstant('2026-07-15', '20:00')).toBe(Date.UTC(2026, 6, 15, 18));
    expect(brusselsInstant('2026-07-15', '00:00')).toBe(Date.UTC(2026, 6, 14, 22));
    // Spring forward, 29 March 2026 at 02:00 → 03:00.
    expect(brusselsInstant('2026-03-29', '01:30')).toBe(Date.UTC(2026, 2, 29, 0, 30));
    expect(brusselsInstant('2026-03-29', '20:00')).toBe(Date.UTC(2026, 2, 29, 18));
    expect(brusselsInstant('2026-03-29', '23:59')).toBe(Date.UTC(2026, 2, 29, 21, 59));
    // 02:30 does not exist that day: an hour later on the wall, 03:30.
    expect(formatClock(brusselsInstant('2026-03-29', '02:30'))).toBe('03:30');
    // Fall back, 25 October 2026 at 03:00 → 02:00: 02:30 happens twice, the first one counts.
    expect(brusselsInstant('2026-10-25', '02:30')).toBe(Date.UTC(2026, 9, 25, 0, 30));
    expect(brusselsInstant('2026-10-25', '20:00')).toBe(Date.UTC(2026, 9, 25, 19));
    expect(brusselsInstant('2026-10-25', '00:00')).toBe(Date.UTC(2026, 9, 24, 22));
    expect(() => brusselsInstant('2026-10-25', '24:00')).toThrow(RangeError);
  });

  it('gives an instant that shows that clock on that day, in time order', () => {
    fc.assert(
      fc.property(dayArb, clockArb, clockArb, (day, a, b) => {
        const at = brusselsInstant(day, a);
        expect(brusselsDay(at)).toBe(day);
        // Only a time skipped by the spring change shows otherwise (an hour later).
        const shown = formatClock(at);
        if (shown !== a) expect(clockMinutes(shown)).toBe((clockMinutes(a) as number) + 60);
        if (a < b) expect(at).toBeLessThanOrEqual(brusselsInstant(day, b));
      }),
      { numRuns: 2000 },
    );
  });

  it('closes a day by its weekday’s hours, and not at all on a day without hours', () => {
    expect(closingAt(HOURS, '2026-03-31')).toBe(Date.UTC(2026, 2, 31, 18)); // Tuesday, CEST
    expect(closingAt(HOURS, '2026-01-10')).toBe(Date.UTC(2026, 0, 10, 17)); // Saturday, CET
    expect(closingAt(HOURS, '2026-03-30')).toBeNull(); // Monday
    expect(closingAt([], '2026-03-31')).toBeNull(); // nothing configured
  });

  it('ends "in the building" at closing time in the attendance fold', () => {
    const day = '2026-03-31';
    const closing = closingAt(HOURS, day) as number;
    const checkIn: AttendanceEvent = {
      id: idFor(1),
      kioskId: 'k1',
      seq: 1,
      at: brusselsInstant(day, '16:10'),
      actor: { kind: 'learner', learnerId: 'L1' },
      type: 'check-in',
      learnerId: 'L1',
      method: 'scanner',
    };
    const at = (now: number) =>
      foldAttendance([checkIn], { closingAt: closing, now }).get('L1')?.inBuilding;
    expect(at(closing - 1)).toBe(true);
    expect(at(closing)).toBe(false);
    // The arrival is still there: only the presence ends.
    expect(foldAttendance([checkIn], { closingAt: closing, now: closing }).get('L1')).toMatchObject(
      { firstArrival: checkIn.at, lastDeparture: null },
    );
  });
});
