// The evacuation roll call's list: who is in the building, sorted as a printed list is read (last
// name, then first name, French collation), who is still missing once staff tick the people they
// have found, and how many of each group are inside.
import { inBuildingNow, type LearnerDay } from './attendance';
import type { Learner } from './types';

const collator = new Intl.Collator('fr');

export interface RollCallEntry {
  learner: Pick<Learner, 'id' | 'firstName' | 'lastName' | 'groups'>;
  /** The day's first arrival, or null when the fold has none (a manual check-in without time). */
  arrivedAt: number | null;
}

/** Everyone the fold has inside, with their roster row; learners not on the roster are left out. */
export function rollCallEntries(
  days: Map<string, LearnerDay>,
  learners: ReadonlyMap<string, RollCallEntry['learner']>,
): RollCallEntry[] {
  return inBuildingNow(days)
    .flatMap((day) => {
      const learner = learners.get(day.learnerId);
      return learner ? [{ learner, arrivedAt: day.firstArrival }] : [];
    })
    .sort(
      (a, b) =>
        collator.compare(a.learner.lastName, b.learner.lastName) ||
        collator.compare(a.learner.firstName, b.learner.firstName) ||
        (a.learner.id < b.learner.id ? -1 : a.learner.id > b.learner.id ? 1 : 0),
    );
}

/**
 * How many of those inside are not ticked yet. Ticks of people who have since left (checked out
 * elsewhere) do not count: only the people on the list can be found.
 */
export function missingCount(
  entries: readonly RollCallEntry[],
  ticked: ReadonlySet<string>,
): number {
  return entries.reduce((n, entry) => n + (ticked.has(entry.learner.id) ? 0 : 1), 0);
}

/** Group name → how many inside belong to it, by name; someone in two groups counts in both. */
export function groupCounts(
  entries: readonly { learner: Pick<Learner, 'groups'> }[],
): [group: string, count: number][] {
  const counts = new Map<string, number>();
  for (const { learner } of entries) {
    for (const group of new Set(learner.groups)) counts.set(group, (counts.get(group) ?? 0) + 1);
  }
  return [...counts].sort(([a], [b]) => collator.compare(a, b));
}
