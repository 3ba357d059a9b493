// The console's answers from one fold: the live list is the roll call's, the unlisted are those
// inside without a roster row, a day's counts are the fold's, whoever is or is not on the roster.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LearnerDay } from '../../../shared/attendance';
import { dayAttendance, livePresence } from '../../../shared/presence';
import { rollCallEntries } from '../../../shared/roll-call';
import type { Learner } from '../../../shared/types';

const GROUPS = ['robotique', 'dessin', 'musique'];
const someone = fc
  .record({
    id: fc.constantFrom('A', 'B', 'C', 'D', 'E', 'F', 'G'),
    listed: fc.boolean(),
    lastName: fc.constantFrom('Dubois', 'Étienne', 'van Damme', 'Zeller'),
    groups: fc.subarray(GROUPS),
    arrival: fc.option(fc.integer({ min: 0, max: 100 })),
    departure: fc.option(fc.integer({ min: 0, max: 100 })),
    inside: fc.boolean(),
  })
  .filter((p) => p.arrival !== null || p.departure !== null); // a fold's entry has one
type Someone = typeof someone extends fc.Arbitrary<infer T> ? T : never;

function tables(list: Someone[]) {
  const days = new Map<string, LearnerDay>();
  const learners = new Map<string, Learner>();
  for (const p of list) {
    days.set(p.id, {
      learnerId: p.id,
      firstArrival: p.arrival,
      lastDeparture: p.departure,
      inBuilding: p.inside,
      last: null,
    });
    if (p.listed) {
      learners.set(p.id, {
        id: p.id,
        firstName: 'Léa',
        lastName: p.lastName,
        groups: p.groups,
        language: 'fr',
        status: 'active',
      });
    }
  }
  return { days, learners };
}

describe('the console’s presence answers', () => {
  it('list the roll call’s people, count the unlisted, and group those listed', () => {
    fc.assert(
      fc.property(fc.uniqueArray(someone, { selector: (p) => p.id }), (list) => {
        const { days, learners } = tables(list);
        const live = livePresence('2025-03-10', 'v', days, learners);
        expect(live.inBuilding.map((e) => e.learner.id)).toEqual(
          rollCallEntries(days, learners).map((e) => e.learner.id),
        );
        expect(live.inBuilding.length + live.unlisted).toBe(list.filter((p) => p.inside).length);
        for (const [group, n] of live.groups)
          expect(n).toBe(live.inBuilding.filter((e) => e.learner.groups.includes(group)).length);
        // Only what the list needs goes to the page.
        for (const e of live.inBuilding)
          expect(Object.keys(e.learner).sort()).toEqual(['firstName', 'groups', 'id', 'lastName']);
      }),
    );
  });

  it('count a day’s arrivals and departures over everyone, and list those on the roster', () => {
    fc.assert(
      fc.property(fc.uniqueArray(someone, { selector: (p) => p.id }), (list) => {
        const { days, learners } = tables(list);
        const day = dayAttendance('2025-03-10', days, learners);
        expect(day.arrivals).toBe(list.filter((p) => p.arrival !== null).length);
        expect(day.departures).toBe(list.filter((p) => p.departure !== null).length);
        expect(day.entries.length + day.unlisted).toBe(list.length);
        expect(day.entries.map((e) => e.learner.id).sort()).toEqual(
          list
            .filter((p) => p.listed)
            .map((p) => p.id)
            .sort(),
        );
      }),
    );
  });
});
