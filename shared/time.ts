// Calendar days and clock times in Europe/Brussels, the centre's time zone, whatever the kiosk's
// own zone setting. Events store UTC epoch milliseconds; every projection, export and report cuts
// days here.

const TIME_ZONE = 'Europe/Brussels';
const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
// Years outside 1000..9999 would need signs, eras or five digits in 'YYYY-MM-DD'. The instant
// range sits inside the day range so that every instant's day has bounds.
const FIRST_DAY = Date.UTC(1000, 0, 2);
const LAST_DAY = Date.UTC(9999, 11, 30);
const MIN_AT = FIRST_DAY + 43_200_000;
const MAX_AT = LAST_DAY;

// Building a DateTimeFormat costs far more than using one; scans and folds call this a lot.
// hourCycle 'h23' because `hour12: false` still renders midnight as "24" on some ICU versions.
const formatter = new Intl.DateTimeFormat('en-US', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function checkRange(at: number): void {
  if (!(at >= MIN_AT && at < MAX_AT)) {
    throw new RangeError(`time: ${String(at)} is outside the supported range`);
  }
}

function localParts(at: number): LocalParts {
  const p: LocalParts = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const part of formatter.formatToParts(at)) {
    if (part.type in p) p[part.type as keyof LocalParts] = Number(part.value);
  }
  return p;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function dayOf(p: LocalParts): string {
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
}

/** Brussels wall-clock time minus UTC at `at`, in ms (+1 h in winter, +2 h in summer). */
function offsetAt(at: number): number {
  const p = localParts(at);
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return wall - (at - (((at % 1000) + 1000) % 1000));
}

/** The first instant whose Brussels date is `day` (given as a UTC midnight for that date). */
function startOfDay(utcMidnight: number): number {
  const day = new Date(utcMidnight).toISOString().slice(0, 10);
  // Usual case: local midnight exists once (Belgian DST switches at 02:00/03:00, not at 00:00),
  // and two offset look-ups find it.
  let t = utcMidnight - offsetAt(utcMidnight);
  t = utcMidnight - offsetAt(t);
  if (dayOf(localParts(t)) === day && dayOf(localParts(t - 1)) < day) return t;
  // Historical transitions at midnight: search the first millisecond of that date.
  let lo = utcMidnight - 26 * 3_600_000; // surely the day before
  let hi = utcMidnight + 26 * 3_600_000; // surely that day or later
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (dayOf(localParts(mid)) < day) lo = mid;
    else hi = mid;
  }
  return hi;
}

// One-entry memo: events come in bursts from the same day, so most calls are a range check.
let memo: { start: number; end: number; day: string } | null = null;

/** The Brussels calendar day of an instant, as 'YYYY-MM-DD'. */
export function brusselsDay(at: number): string {
  if (memo !== null && at >= memo.start && at < memo.end) return memo.day;
  checkRange(at);
  const day = dayOf(localParts(at));
  memo = { day, ...dayBounds(day) };
  return day;
}

/** A Brussels day as epoch ms: start inclusive, end exclusive (23 or 25 hours on DST days). */
export function dayBounds(day: string): { start: number; end: number } {
  const m = DAY_PATTERN.exec(day);
  const [year, month, date] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [0, 0, 0];
  const utcMidnight = Date.UTC(year, month - 1, date);
  if (
    !(utcMidnight >= FIRST_DAY && utcMidnight <= LAST_DAY) ||
    new Date(utcMidnight).toISOString().slice(0, 10) !== day
  ) {
    throw new RangeError(`dayBounds: '${day}' is not a YYYY-MM-DD calendar date`);
  }
  return { start: startOfDay(utcMidnight), end: startOfDay(Date.UTC(year, month - 1, date + 1)) };
}

/** The Brussels wall-clock time of an instant, 'HH:MM' on 24 hours. */
export function formatClock(at: number): string {
  checkRange(at);
  const p = localParts(at);
  return `${pad(p.hour)}:${pad(p.minute)}`;
}
