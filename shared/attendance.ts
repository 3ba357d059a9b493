// The attendance projection: who came, when, and who is still in the building, folded from the
// events of one day. Pure and order-independent, so every kiosk and the server agree whatever
// order sync delivered the events in.
import type { AttendanceEvent, CheckInEvent, CheckOutEvent, KioskEvent } from './types';

export interface LearnerDay {
  learnerId: string;
  /** Earliest effective check-in. */
  firstArrival: number | null;
  /** Latest effective check-out. */
  lastDeparture: number | null;
  /** The last effective in/out is a check-in, and closing time has not passed. */
  inBuilding: boolean;
  /** The last effective in/out event. */
  last: CheckInEvent | CheckOutEvent | null;
}

interface FoldOptions {
  /** Closing time of the day: from then on nobody counts as in the building. */
  closingAt?: number | null;
  /** The present instant; when omitted, a given closingAt is taken as already past. */
  now?: number;
}

/** The total order of events: kiosk time, then id (UUIDv7, so creation order within a kiosk). */
export function compareEvents(a: KioskEvent, b: KioskEvent): number {
  if (a.at !== b.at) return a.at < b.at ? -1 : 1;
  // Code-unit comparison, not localeCompare: the order must not depend on the host's locale.
  if (a.id !== b.id) return a.id < b.id ? -1 : 1;
  return 0;
}

type Presence = CheckInEvent | CheckOutEvent;

function precedes(a: Presence, b: Presence): boolean {
  const byOrder = compareEvents(a, b);
  if (byOrder !== 0) return byOrder < 0;
  return a.type !== b.type ? a.type < b.type : a.learnerId < b.learnerId;
}

/**
 * Folds attendance events (normally one Brussels day of them) into one entry per learner with at
 * least one effective check-in or check-out. A void cancels its target when that target is a
 * check-in or check-out of the same learner in the input; anything else a void points at is
 * ignored, and voids of voids do not revive anything. Unknown-badge scans are not attendance.
 */
export function foldAttendance(
  events: readonly AttendanceEvent[],
  options: FoldOptions = {},
): Map<string, LearnerDay> {
  const presences = new Map<string, Presence>();
  const voids: { targetId: string; learnerId: string }[] = [];
  for (const e of events) {
    if (e.type === 'check-in' || e.type === 'check-out') {
      // The same event delivered twice (sync retries) counts once. Distinct events never share
      // an id; should they, a fixed rule picks one so that the input order cannot.
      const seen = presences.get(e.id);
      if (seen === undefined || precedes(e, seen)) presences.set(e.id, e);
    } else if (e.type === 'void') {
      voids.push(e);
    }
  }
  const voided = new Set<string>();
  for (const v of voids) {
    const target = presences.get(v.targetId);
    if (target !== undefined && target.learnerId === v.learnerId) voided.add(v.targetId);
  }

  const closed =
    options.closingAt !== undefined &&
    options.closingAt !== null &&
    (options.now === undefined || options.now >= options.closingAt);
  const days = new Map<string, LearnerDay>();
  for (const e of presences.values()) {
    if (voided.has(e.id)) continue;
    let day = days.get(e.learnerId);
    if (day === undefined) {
      day = {
        learnerId: e.learnerId,
        firstArrival: null,
        lastDeparture: null,
        inBuilding: false,
        last: null,
      };
      days.set(e.learnerId, day);
    }
    // Minimum and maximum instead of a sort: O(n), and obviously independent of input order.
    if (e.type === 'check-in' && (day.firstArrival === null || e.at < day.firstArrival)) {
      day.firstArrival = e.at;
    }
    if (e.type === 'check-out' && (day.lastDeparture === null || e.at > day.lastDeparture)) {
      day.lastDeparture = e.at;
    }
    if (day.last === null || compareEvents(e, day.last) > 0) day.last = e;
  }

  // Insertion order of a Map is visible (iteration, snapshots): make it input-independent too.
  const result = new Map<string, LearnerDay>();
  for (const learnerId of [...days.keys()].sort()) {
    const day = days.get(learnerId) as LearnerDay;
    day.inBuilding = day.last?.type === 'check-in' && !closed;
    result.set(learnerId, day);
  }
  return result;
}

/**
 * Learners present today: everyone with an effective check-in or check-out (a check-out alone is
 * evidence too, e.g. when the check-in was made on a kiosk that has not synced yet).
 */
export function presentCount(days: Map<string, LearnerDay>): number {
  let n = 0;
  for (const day of days.values()) if (day.firstArrival !== null || day.lastDeparture !== null) n++;
  return n;
}

/** Learners in the building now, earliest arrival first (then by id, for a stable list). */
export function inBuildingNow(days: Map<string, LearnerDay>): LearnerDay[] {
  return [...days.values()]
    .filter((d) => d.inBuilding)
    .sort(
      (a, b) =>
        (a.firstArrival ?? Infinity) - (b.firstArrival ?? Infinity) ||
        (a.learnerId < b.learnerId ? -1 : a.learnerId > b.learnerId ? 1 : 0),
    );
}
