// Opening hours in Brussels wall-clock time, and the instant a given day closes. Closing time is
// what makes the attendance fold stop counting anyone as "in the building" (auto check-out as a
// projection rule: no event is ever written for it).
import { brusselsDay, dayBounds, formatClock } from './time';
import type { WeekHours } from './types';

/** 'HH:MM' on 24 hours, 00:00 to 23:59, always two digits each (so strings compare as times). */
export const CLOCK_PATTERN = /^(?:[01]\d|2[0-3]):[0-5]\d$/;

const MINUTE = 60_000;

/** Minutes since midnight of a 'HH:MM' clock time, or null when it is not one. */
export function clockMinutes(clock: string): number | null {
  if (!CLOCK_PATTERN.test(clock)) return null;
  return Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));
}

/** 0 = Monday … 6 = Sunday, for a 'YYYY-MM-DD' calendar day. */
export function weekdayOf(day: string): number {
  dayBounds(day); // throws unless `day` is a real calendar date
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
}

/**
 * The instant at which Brussels clocks show `clock` on `day`. On the autumn DST day a time that
 * occurs twice gives the first occurrence; on the spring day a time that does not exist (02:30)
 * gives the instant as many minutes after midnight, i.e. one hour later on the wall (03:30).
 */
export function brusselsInstant(day: string, clock: string): number {
  const target = clockMinutes(clock);
  if (target === null) throw new RangeError(`brusselsInstant: '${clock}' is not HH:MM`);
  const { start } = dayBounds(day);
  const guess = start + target * MINUTE;
  let t = guess;
  // The offset changes at most once a day, by an hour: two corrections always suffice.
  for (let i = 0; i < 3; i++) {
    const diff = target - localMinutes(t, day);
    if (diff === 0) return t;
    t += diff * MINUTE;
  }
  return guess;
}

/** Wall-clock minutes of `at` counted from the midnight that starts `day` (may leave 0..1439). */
function localMinutes(at: number, day: string): number {
  const minutes = clockMinutes(formatClock(at)) as number;
  const actual = brusselsDay(at);
  return actual === day ? minutes : actual > day ? minutes + 1440 : minutes - 1440;
}

/** When `day` closes by these hours, or null when that weekday has none. */
export function closingAt(hours: WeekHours, day: string): number | null {
  const today = hours[weekdayOf(day)];
  return today ? brusselsInstant(day, today.closes) : null;
}
