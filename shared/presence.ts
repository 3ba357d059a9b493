// The console's attendance of the whole centre: who is in the building now, and one day's
// arrivals and departures, made from shared/attendance.ts's fold of every kiosk's events (the
// kiosk's own rule) and the server's roster. Pure: the server builds them, the page shows them.
import { presentCount, type LearnerDay } from './attendance';
import { groupCounts, rollCallEntries, type RollCallEntry } from './roll-call';
import type { Learner } from './types';

const collator = new Intl.Collator('fr');

/** GET /v1/console/live: today (Brussels) across every kiosk. */
export interface LivePresence {
  day: string;
  /** Changes whenever the answer may (the day, anything stored): the page polls with it. */
  version: string;
  /** In the building now, sorted by name as the roll call is (shared/roll-call.ts). */
  inBuilding: RollCallEntry[];
  /** How many of those inside belong to each group, by group name. */
  groups: [group: string, count: number][];
  /** Came today (an effective check-in or check-out), inside or gone. */
  present: number;
  /** Inside by the events, but not on the roster (yet): counted, never named. */
  unlisted: number;
}

/** One learner's day, as the Days view lists it. */
export interface DayEntry {
  learner: RollCallEntry['learner'];
  firstArrival: number | null;
  lastDeparture: number | null;
  /** Never checked out after the last check-in. */
  noDeparture: boolean;
}

/** GET /v1/console/live/days/:day: one Brussels day across every kiosk. */
export interface DayAttendance {
  day: string;
  /** Everyone with an effective check-in or check-out that day, sorted by name. */
  entries: DayEntry[];
  /** Present that day by group. */
  groups: [group: string, count: number][];
  arrivals: number;
  departures: number;
  unlisted: number;
}

type Roster = ReadonlyMap<string, Learner>;

export function livePresence(
  day: string,
  version: string,
  days: Map<string, LearnerDay>,
  learners: Roster,
): LivePresence {
  const inBuilding = rollCallEntries(days, learners).map(({ learner, arrivedAt }) => ({
    learner: pick(learner),
    arrivedAt,
  }));
  const inside = [...days.values()].filter((d) => d.inBuilding).length;
  return {
    day,
    version,
    inBuilding,
    groups: groupCounts(inBuilding),
    present: presentCount(days),
    unlisted: inside - inBuilding.length,
  };
}

export function dayAttendance(
  day: string,
  days: Map<string, LearnerDay>,
  learners: Roster,
): DayAttendance {
  const entries: DayEntry[] = [];
  let arrivals = 0;
  let departures = 0;
  for (const d of days.values()) {
    if (d.firstArrival !== null) arrivals++;
    if (d.lastDeparture !== null) departures++;
    const learner = learners.get(d.learnerId);
    if (!learner) continue;
    entries.push({
      learner: pick(learner),
      firstArrival: d.firstArrival,
      lastDeparture: d.lastDeparture,
      noDeparture: d.last?.type === 'check-in',
    });
  }
  entries.sort(
    (a, b) =>
      collator.compare(a.learner.lastName, b.learner.lastName) ||
      collator.compare(a.learner.firstName, b.learner.firstName) ||
      (a.learner.id < b.learner.id ? -1 : a.learner.id > b.learner.id ? 1 : 0),
  );
  return {
    day,
    entries,
    groups: groupCounts(entries),
    arrivals,
    departures,
    unlisted: presentCount(days) - entries.length,
  };
}

const pick = ({ id, firstName, lastName, groups }: RollCallEntry['learner']) => ({
  id,
  firstName,
  lastName,
  groups,
});
