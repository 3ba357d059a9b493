// The export screen's range presets: pure functions of an injected instant, in Brussels days.
// Properties over 2020–2100, with instants packed around midnights and DST changes, checked
// against calendar arithmetic that shares no code with shared/range-presets.ts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RANGE_PRESETS, presetOf, presetRange } from '../../../shared/range-presets';
import { brusselsDay, dayBounds } from '../../../shared/time';

const H = 3_600_000;
const DAY = 86_400_000;
const utcDay = (day: string) => Date.parse(day) / DAY;
const shift = (day: string, days: number) =>
  new Date(Date.parse(day) + days * DAY).toISOString().slice(0, 10);
/** 1 = Monday … 7 = Sunday. */
const isoWeekday = (day: string) => new Date(Date.parse(day)).getUTCDay() || 7;

/** EU summer time: last Sunday of March and of October, 01:00 UTC. */
function lastSundayUtc(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month + 1, 0));
  return Date.UTC(year, month, lastDay.getUTCDate() - lastDay.getUTCDay(), 1);
}

const anyInstant = fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2099, 11, 1) });
// Within three hours of a Brussels midnight or of a DST change.
const nearEdge = fc
  .tuple(
    fc.integer({ min: 2020, max: 2098 }),
    fc.integer({ min: 0, max: 2 }),
    fc.integer({ min: 0, max: 365 }),
    fc.integer({ min: -3 * H, max: 3 * H }),
  )
  .map(([year, which, dayOfYear, offset]) => {
    if (which === 0) return lastSundayUtc(year, 2) + offset;
    if (which === 1) return lastSundayUtc(year, 9) + offset;
    const day = new Date(Date.UTC(year, 0, 1 + dayOfYear)).toISOString().slice(0, 10);
    return dayBounds(day).start + offset;
  });
const instant = fc.oneof(anyInstant, nearEdge);

describe('presetRange', () => {
  it('depends only on the Brussels day of now, whatever the hour or the DST change', () => {
    fc.assert(
      fc.property(instant, fc.constantFrom(...RANGE_PRESETS), (now, preset) => {
        const { start, end } = dayBounds(brusselsDay(now));
        expect(presetRange(preset, now)).toEqual(presetRange(preset, start));
        expect(presetRange(preset, now)).toEqual(presetRange(preset, end - 1));
      }),
      { numRuns: 2000 },
    );
  });

  it('gives weeks from Monday to Sunday, this one holding today and the last one just before', () => {
    fc.assert(
      fc.property(instant, (now) => {
        const today = brusselsDay(now);
        expect(presetRange('today', now)).toEqual({ from: today, to: today });
        const week = presetRange('this-week', now);
        expect(isoWeekday(week.from)).toBe(1);
        expect(week.to).toBe(shift(week.from, 6));
        expect(week.from <= today && today <= week.to).toBe(true);
        const last = presetRange('last-week', now);
        expect(last).toEqual({ from: shift(week.from, -7), to: shift(week.from, -1) });
      }),
      { numRuns: 2000 },
    );
  });

  it('gives whole calendar months, this one holding today and the last one just before', () => {
    fc.assert(
      fc.property(instant, (now) => {
        const today = brusselsDay(now);
        const month = presetRange('this-month', now);
        expect(month.from).toBe(`${today.slice(0, 7)}-01`);
        expect(shift(month.to, 1).slice(8)).toBe('01');
        expect(month.to.slice(0, 7)).toBe(today.slice(0, 7));
        const last = presetRange('last-month', now);
        expect(last.to).toBe(shift(month.from, -1));
        expect(last.from).toBe(`${last.to.slice(0, 7)}-01`);
      }),
      { numRuns: 2000 },
    );
  });

  it('gives the school year from 1 September to 30 June: the running one, or in July and August the one just ended', () => {
    fc.assert(
      fc.property(instant, (now) => {
        const today = brusselsDay(now);
        const [year, month] = [Number(today.slice(0, 4)), Number(today.slice(5, 7))];
        const first = month >= 9 ? year : year - 1;
        const school = presetRange('school-year', now);
        expect(school).toEqual({ from: `${first}-09-01`, to: `${first + 1}-06-30` });
        if (month <= 6 || month >= 9) expect(school.from <= today && today <= school.to).toBe(true);
        expect(utcDay(school.to) - utcDay(school.from)).toBeGreaterThan(300);
      }),
      { numRuns: 2000 },
    );
  });

  it('tells which preset a range is, and none for other days', () => {
    fc.assert(
      fc.property(instant, fc.constantFrom(...RANGE_PRESETS), (now, preset) => {
        const range = presetRange(preset, now);
        const found = presetOf(range, now);
        expect(found).not.toBeNull();
        expect(presetRange(found!, now)).toEqual(range);
        expect(presetOf({ from: range.from, to: shift(range.to, 400) }, now)).toBeNull();
      }),
      { numRuns: 500 },
    );
  });

  it('reads the day in Brussels, not in UTC, around midnight and DST', () => {
    // Sunday 29 March 2026, 22:30 UTC: already Monday 30 in Brussels (summer time since 01:00).
    expect(presetRange('this-week', Date.UTC(2026, 2, 29, 22, 30))).toEqual({
      from: '2026-03-30',
      to: '2026-04-05',
    });
    // Saturday 31 October 2026, 23:30 UTC: Sunday 1 November in Brussels, a new month.
    expect(presetRange('last-month', Date.UTC(2026, 9, 31, 23, 30))).toEqual({
      from: '2026-10-01',
      to: '2026-10-31',
    });
    // Monday 31 August 2026, 22:30 UTC: 1 September in Brussels, a new school year.
    expect(presetRange('school-year', Date.UTC(2026, 7, 31, 22, 30))).toEqual({
      from: '2026-09-01',
      to: '2027-06-30',
    });
    expect(presetRange('school-year', Date.UTC(2026, 7, 31, 21, 30))).toEqual({
      from: '2025-09-01',
      to: '2026-06-30',
    });
  });
});
