// The export screen's ready-made ranges. Pure: the caller gives "now", and every preset is a
// range of Brussels calendar days (shared/time.ts), so the hour of the click and the DST change
// never move a boundary. Weeks start on Monday (Belgium); the school year runs from 1 September
// to 30 June, and in July and August it is the one just ended, the one an admin reports on then.
import type { DayRange } from './export';
import { brusselsDay } from './time';

export const RANGE_PRESETS = [
  'today',
  'this-week',
  'last-week',
  'this-month',
  'last-month',
  'school-year',
] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];

const DAY_MS = 86_400_000;

// Calendar arithmetic in UTC: a calendar day is the same date in every zone.
const iso = (utc: number) => new Date(utc).toISOString().slice(0, 10);

/** The days of `preset` as seen on the Brussels day of `now`. */
export function presetRange(preset: RangePreset, now: number): DayRange {
  const today = brusselsDay(now);
  const midnight = Date.parse(today);
  const date = new Date(midnight);
  const [year, month] = [date.getUTCFullYear(), date.getUTCMonth()];
  switch (preset) {
    case 'today':
      return { from: today, to: today };
    case 'this-week':
    case 'last-week': {
      const monday = midnight - ((date.getUTCDay() + 6) % 7) * DAY_MS;
      const start = preset === 'this-week' ? monday : monday - 7 * DAY_MS;
      return { from: iso(start), to: iso(start + 6 * DAY_MS) };
    }
    case 'this-month':
    case 'last-month': {
      const first = preset === 'this-month' ? month : month - 1;
      return { from: iso(Date.UTC(year, first, 1)), to: iso(Date.UTC(year, first + 1, 0)) };
    }
    case 'school-year': {
      const start = month >= 8 ? year : year - 1;
      return { from: `${start}-09-01`, to: `${start + 1}-06-30` };
    }
  }
}

/** The preset whose days `range` is on `now`'s day, if any: the screen shows it as chosen. */
export function presetOf(range: DayRange, now: number): RangePreset | null {
  for (const preset of RANGE_PRESETS) {
    const days = presetRange(preset, now);
    if (days.from === range.from && days.to === range.to) return preset;
  }
  return null;
}
