// Attendance reports for the admin: learners present per open day, first arrivals by weekday and
// hour (to staff the desk), and learners whose attendance dropped. Pure, so the kiosk and the
// future server compute the same figures; the caller reads the window (reportRange) by day.
import { compareEvents, foldAttendance, presentCount } from './attendance';
import { brusselsDay, formatClock } from './time';
import type { AttendanceEvent, CheckInEvent, CheckOutEvent, VoidEvent } from './types';

/**
 * When a learner counts as having dropped out.
 *
 * Weeks are rolling blocks of seven Brussels calendar days ending today: week 0 is today and the
 * six days before it, week 1 the seven days before those, and so on. Each week holds every weekday
 * once, so a learner who only comes on Saturdays has the same chance in every week, and a calendar
 * week that has only just begun is never counted as missed. DST days are calendar days too.
 * A learner attended a week when present (an effective check-in or check-out) on at least one day
 * of it. The recent block is weeks 0 … recentWeeks − 1; the earlier block is the earlierWeeks
 * weeks just before it. A learner dropped when they attended at least minEarlier (≥ 1) weeks of
 * the earlier block and at most maxRecent weeks of the recent block.
 * Weeks when the centre was closed (holidays) count as missed for everybody.
 */
export interface DropRule {
  earlierWeeks: number;
  recentWeeks: number;
  minEarlier: number;
  maxRecent: number;
}

/** Weeks the reports' charts cover, on the kiosk and in the console. */
export const REPORT_WEEKS = 8;

/** Came in at least 3 of the 4 weeks before the last 4, and in at most 1 of the last 4. */
export const DEFAULT_DROP_RULE: DropRule = {
  earlierWeeks: 4,
  recentWeeks: 4,
  minEarlier: 3,
  maxRecent: 1,
};

interface ReportOptions {
  /** The Brussels day the report ends with (included), 'YYYY-MM-DD'. */
  today: string;
  /** Weeks covered by the daily chart and the heat map. */
  weeks?: number;
  dropRule?: DropRule;
}

export interface DayCount {
  day: string;
  /** Learners with an effective check-in or check-out that day. */
  present: number;
}

export interface DroppedLearner {
  learnerId: string;
  /** Weeks attended in the earlier block. */
  earlier: number;
  /** Weeks attended in the recent block. */
  recent: number;
  /** Attended or not, week by week, oldest first (earlier block, then recent block). */
  weeks: boolean[];
  /** Last day present in the drop window. */
  lastSeen: string;
}

export interface AttendanceReport {
  /** First and last day of the charts' window. */
  first: string;
  last: string;
  /** Open days (at least one learner present) in the window, oldest first. */
  days: DayCount[];
  /**
   * First arrivals (each learner's earliest effective check-in of a day) by the day's weekday
   * (0 = Monday … 6 = Sunday) and Brussels hour (0 … 23). A day with only a check-out has none.
   */
  arrivals: number[][];
  /** Ordered by recent weeks (fewest first), earlier weeks (most first), last seen, id. */
  dropped: DroppedLearner[];
}

const DAY_MS = 86_400_000;

function utcOf(day: string): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
}

/** Calendar arithmetic on 'YYYY-MM-DD': date parts, not 24-hour steps, so DST cannot shift it. */
export function addDays(day: string, n: number): string {
  return new Date(utcOf(day) + n * DAY_MS).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((utcOf(to) - utcOf(from)) / DAY_MS);
}

/** 0 = Monday … 6 = Sunday, as weeks are told in Belgium. */
export function weekdayOf(day: string): number {
  return (new Date(utcOf(day)).getUTCDay() + 6) % 7;
}

function checkRule(rule: DropRule): void {
  const { earlierWeeks, recentWeeks, minEarlier, maxRecent } = rule;
  const whole = (n: number) => Number.isInteger(n) && n >= 0;
  if (
    !(whole(earlierWeeks) && whole(recentWeeks) && earlierWeeks > 0 && recentWeeks > 0) ||
    !(whole(minEarlier) && minEarlier >= 1 && minEarlier <= earlierWeeks) ||
    !(whole(maxRecent) && maxRecent <= recentWeeks)
  ) {
    throw new RangeError('reports: the drop rule needs whole weeks and thresholds within them');
  }
}

/** Every day buildReport looks at: the charts' weeks or the drop rule's, whichever is longer. */
export function reportRange(options: ReportOptions): { first: string; last: string } {
  const { today, weeks = 8, dropRule = DEFAULT_DROP_RULE } = options;
  if (!(Number.isInteger(weeks) && weeks > 0)) throw new RangeError('reports: weeks must be > 0');
  checkRule(dropRule);
  const span = Math.max(weeks, dropRule.earlierWeeks + dropRule.recentWeeks);
  return { first: addDays(today, -(7 * span - 1)), last: today };
}

type Presence = CheckInEvent | CheckOutEvent;

/** The fold's own tie-break for two events sharing an id, so input order cannot pick one. */
function preferred(a: Presence, b: Presence): Presence {
  const order = compareEvents(a, b);
  if (order !== 0) return order < 0 ? a : b;
  if (a.type !== b.type) return a.type < b.type ? a : b;
  return a.learnerId <= b.learnerId ? a : b;
}

/**
 * Builds the three reports from attendance events; anything outside reportRange is ignored, so
 * callers may pass more. Voids are applied wherever they were recorded: a void made the next
 * morning still cancels yesterday's check-in. The result does not depend on the events' order.
 */
export function buildReport(
  events: readonly AttendanceEvent[],
  options: ReportOptions,
): AttendanceReport {
  const { today, weeks = 8, dropRule = DEFAULT_DROP_RULE } = options;
  const range = reportRange(options);
  const first = addDays(today, -(7 * weeks - 1));
  const dropWeeks = dropRule.earlierWeeks + dropRule.recentWeeks;

  // One entry per id (sync can deliver an event twice), and the day each presence belongs to.
  const presences = new Map<string, Presence>();
  const voids: VoidEvent[] = [];
  for (const e of events) {
    if (e.type === 'check-in' || e.type === 'check-out') {
      const seen = presences.get(e.id);
      presences.set(e.id, seen === undefined ? e : preferred(seen, e));
    } else if (e.type === 'void') {
      voids.push(e);
    }
  }
  const byDay = new Map<string, AttendanceEvent[]>();
  const dayOfId = new Map<string, string>();
  for (const e of presences.values()) {
    const day = brusselsDay(e.at);
    if (day < range.first || day > range.last) continue;
    dayOfId.set(e.id, day);
    const list = byDay.get(day);
    if (list === undefined) byDay.set(day, [e]);
    else list.push(e);
  }
  // Each void goes with its target's day: the fold then applies it exactly as on that day.
  for (const v of voids) {
    const day = dayOfId.get(v.targetId);
    if (day !== undefined) byDay.get(day)?.push(v);
  }

  const days: DayCount[] = [];
  const arrivals = Array.from({ length: 7 }, () => Array<number>(24).fill(0));
  const attended = new Map<string, { weeks: Set<number>; lastSeen: string }>();
  for (const day of [...byDay.keys()].sort()) {
    const folded = foldAttendance(byDay.get(day) ?? []);
    const present = presentCount(folded);
    if (present === 0) continue;
    const week = Math.floor(daysBetween(day, today) / 7);
    for (const learner of week < dropWeeks ? folded.values() : []) {
      const entry = attended.get(learner.learnerId) ?? { weeks: new Set<number>(), lastSeen: day };
      entry.weeks.add(week);
      entry.lastSeen = day; // days come in ascending order
      attended.set(learner.learnerId, entry);
    }
    if (day < first) continue;
    days.push({ day, present });
    const row = arrivals[weekdayOf(day)] as number[];
    for (const learner of folded.values()) {
      if (learner.firstArrival === null) continue;
      const hour = Number(formatClock(learner.firstArrival).slice(0, 2));
      row[hour] = (row[hour] ?? 0) + 1;
    }
  }

  const { earlierWeeks, minEarlier, maxRecent } = dropRule;
  const dropped: DroppedLearner[] = [];
  for (const [learnerId, entry] of attended) {
    const pattern = Array.from({ length: dropWeeks }, (_, i) => entry.weeks.has(dropWeeks - 1 - i));
    const earlier = pattern.slice(0, earlierWeeks).filter(Boolean).length;
    const recent = pattern.slice(earlierWeeks).filter(Boolean).length;
    if (earlier >= minEarlier && recent <= maxRecent) {
      dropped.push({ learnerId, earlier, recent, weeks: pattern, lastSeen: entry.lastSeen });
    }
  }
  dropped.sort(
    (a, b) =>
      a.recent - b.recent ||
      b.earlier - a.earlier ||
      (a.lastSeen < b.lastSeen ? -1 : a.lastSeen > b.lastSeen ? 1 : 0) ||
      (a.learnerId < b.learnerId ? -1 : a.learnerId > b.learnerId ? 1 : 0),
  );
  return { first, last: today, days, arrivals, dropped };
}
