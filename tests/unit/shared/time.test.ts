import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { brusselsDay, dayBounds, formatClock } from '../../../shared/time';

const H = 3_600_000;

/** EU summer time (since 1996): last Sunday of March 01:00 UTC to last Sunday of October. */
function lastSundayUtc(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month + 1, 0));
  return Date.UTC(year, month, lastDay.getUTCDate() - lastDay.getUTCDay(), 1);
}
/** An oracle that shares no code with shared/time.ts and no ICU data. */
function oracleLocal(at: number): Date {
  const year = new Date(at).getUTCFullYear();
  const summer = at >= lastSundayUtc(year, 2) && at < lastSundayUtc(year, 9);
  return new Date(at + (summer ? 2 : 1) * H);
}
const oracleDay = (at: number) => oracleLocal(at).toISOString().slice(0, 10);
const oracleClock = (at: number) => oracleLocal(at).toISOString().slice(11, 16);

const atArb = fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2100, 0, 1) });
const dayArb = fc
  .integer({ min: Date.UTC(2020, 0, 1) / 864e5, max: Date.UTC(2099, 11, 31) / 864e5 })
  .map((d) => new Date(d * 864e5).toISOString().slice(0, 10));

describe('brusselsDay and formatClock', () => {
  it('agree with the EU summer-time rule over 2020–2100', () => {
    fc.assert(
      fc.property(atArb, (at) => {
        expect(brusselsDay(at)).toBe(oracleDay(at));
        expect(formatClock(at)).toBe(oracleClock(at));
      }),
      { numRuns: 3000 },
    );
  });

  it('stay right when calls jump between days (the memo must not leak)', () => {
    // Instants close to midnights, visited in random order: memo hits and misses both happen.
    const nearMidnight = fc
      .tuple(fc.integer({ min: 18_300, max: 18_400 }), fc.integer({ min: -2 * H, max: 2 * H }))
      .map(([day, nudge]) => day * 864e5 - H + nudge);
    fc.assert(
      fc.property(fc.array(nearMidnight, { minLength: 2, maxLength: 40 }), (ats) => {
        for (const at of ats) expect(brusselsDay(at)).toBe(oracleDay(at));
      }),
    );
  });

  it('cut days at Brussels midnight, winter and summer', () => {
    // Winter: UTC+1.
    expect(brusselsDay(Date.UTC(2026, 0, 15, 22, 59, 59, 999))).toBe('2026-01-15');
    expect(brusselsDay(Date.UTC(2026, 0, 15, 23))).toBe('2026-01-16');
    expect(formatClock(Date.UTC(2026, 0, 15, 23))).toBe('00:00');
    expect(formatClock(Date.UTC(2026, 0, 15, 22, 59, 59, 999))).toBe('23:59');
    // Summer: UTC+2.
    expect(brusselsDay(Date.UTC(2026, 6, 1, 21, 59, 59, 999))).toBe('2026-07-01');
    expect(brusselsDay(Date.UTC(2026, 6, 1, 22))).toBe('2026-07-02');
    expect(formatClock(Date.UTC(2026, 6, 1, 22))).toBe('00:00');
    // New year's eve.
    expect(brusselsDay(Date.UTC(2025, 11, 31, 23))).toBe('2026-01-01');
  });

  it('follow the clock change on 2026-03-29 and 2026-10-25', () => {
    expect(formatClock(Date.UTC(2026, 2, 29, 0, 59))).toBe('01:59');
    expect(formatClock(Date.UTC(2026, 2, 29, 1, 0))).toBe('03:00');
    // In October 02:00–03:00 happens twice.
    expect(formatClock(Date.UTC(2026, 9, 25, 0, 30))).toBe('02:30');
    expect(formatClock(Date.UTC(2026, 9, 25, 1, 30))).toBe('02:30');
    expect(formatClock(Date.UTC(2026, 9, 25, 2, 0))).toBe('03:00');
  });

  it('ignore the host time zone', () => {
    const saved = process.env.TZ;
    try {
      for (const tz of ['America/New_York', 'Asia/Tokyo', 'UTC']) {
        process.env.TZ = tz;
        expect(brusselsDay(Date.UTC(2026, 9, 24, 22, 30))).toBe('2026-10-25');
        expect(formatClock(Date.UTC(2026, 9, 24, 22, 30))).toBe('00:30');
      }
    } finally {
      process.env.TZ = saved;
    }
  });

  it('refuse instants they cannot name', () => {
    for (const bad of [NaN, Infinity, -Infinity, 8.64e15, Date.UTC(999, 0, 1)]) {
      expect(() => brusselsDay(bad)).toThrow(RangeError);
      expect(() => formatClock(bad)).toThrow(RangeError);
    }
  });
});

describe('dayBounds', () => {
  it('gives 24 hours on an ordinary day', () => {
    expect(dayBounds('2026-01-15')).toEqual({
      start: Date.UTC(2026, 0, 14, 23),
      end: Date.UTC(2026, 0, 15, 23),
    });
    expect(dayBounds('2026-07-01')).toEqual({
      start: Date.UTC(2026, 5, 30, 22),
      end: Date.UTC(2026, 6, 1, 22),
    });
  });

  it('gives 23 hours on 2026-03-29 and 25 on 2026-10-25', () => {
    const spring = dayBounds('2026-03-29');
    expect(spring).toEqual({ start: Date.UTC(2026, 2, 28, 23), end: Date.UTC(2026, 2, 29, 22) });
    expect(spring.end - spring.start).toBe(23 * H);
    const autumn = dayBounds('2026-10-25');
    expect(autumn).toEqual({ start: Date.UTC(2026, 9, 24, 22), end: Date.UTC(2026, 9, 25, 23) });
    expect(autumn.end - autumn.start).toBe(25 * H);
  });

  it('is exactly the set of instants of that day, and days tile the timeline', () => {
    fc.assert(
      fc.property(dayArb, (day) => {
        const { start, end } = dayBounds(day);
        expect(brusselsDay(start)).toBe(day);
        expect(brusselsDay(end - 1)).toBe(day);
        expect(brusselsDay(start - 1) < day).toBe(true);
        expect(brusselsDay(end) > day).toBe(true);
        expect([23 * H, 24 * H, 25 * H]).toContain(end - start);
        expect(dayBounds(brusselsDay(end)).start).toBe(end);
      }),
      { numRuns: 1000 },
    );
  });

  it('contains every instant of its day', () => {
    fc.assert(
      fc.property(atArb, (at) => {
        const { start, end } = dayBounds(brusselsDay(at));
        expect(start <= at && at < end).toBe(true);
      }),
    );
  });

  it('handles a historical change at midnight (1916-10-01, 25 hours)', () => {
    const { start, end } = dayBounds('1916-10-01');
    expect(end - start).toBe(25 * H);
    expect(brusselsDay(start)).toBe('1916-10-01');
    expect(brusselsDay(start - 1)).toBe('1916-09-30');
    expect(brusselsDay(end)).toBe('1916-10-02');
  });

  it('refuses anything but a real YYYY-MM-DD date', () => {
    for (const bad of [
      '',
      '2026-02-29',
      '2026-2-01',
      '2026-02-01T00:00',
      ' 2026-02-01',
      '+02026-02-01',
      '2026-13-01',
      '2026-00-10',
      'abcd-ef-gh',
      '0999-12-31',
    ]) {
      expect(() => dayBounds(bad)).toThrow(RangeError);
    }
    expect(() => dayBounds('2028-02-29')).not.toThrow();
  });
});
