import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LearnerDay } from '../../../shared/attendance';
import { groupCounts, missingCount, rollCallEntries } from '../../../shared/roll-call';

const GROUPS = ['robotique', 'dessin', 'musique'];
const people = fc.uniqueArray(
  fc.record({
    id: fc.string({ minLength: 1, maxLength: 4 }),
    lastName: fc.constantFrom('Dubois', 'Étienne', 'van Damme', 'Zeller'),
    firstName: fc.constantFrom('Léa', 'Noah', 'Émile'),
    groups: fc.subarray(GROUPS),
    inside: fc.boolean(),
  }),
  { selector: (p) => p.id, maxLength: 30 },
);

function tables(
  list: { id: string; lastName: string; firstName: string; groups: string[]; inside: boolean }[],
) {
  const days = new Map<string, LearnerDay>(
    list.map((p, i) => [
      p.id,
      { learnerId: p.id, firstArrival: i, lastDeparture: null, inBuilding: p.inside, last: null },
    ]),
  );
  const learners = new Map(list.map((p) => [p.id, p]));
  return { days, learners };
}

describe('the roll call list', () => {
  it('holds exactly those inside, sorted by last then first name', () => {
    fc.assert(
      fc.property(people, (list) => {
        const { days, learners } = tables(list);
        const entries = rollCallEntries(days, learners);
        expect(entries.map((e) => e.learner.id).sort()).toEqual(
          list
            .filter((p) => p.inside)
            .map((p) => p.id)
            .sort(),
        );
        const collator = new Intl.Collator('fr');
        for (let i = 1; i < entries.length; i++) {
          const [a, b] = [entries[i - 1]!.learner, entries[i]!.learner];
          expect(
            collator.compare(a.lastName, b.lastName) || collator.compare(a.firstName, b.firstName),
          ).toBeLessThanOrEqual(0);
        }
      }),
    );
  });

  it('counts as missing those inside and not ticked; ticks of others do not count', () => {
    fc.assert(
      fc.property(people, fc.array(fc.string({ maxLength: 4 })), (list, ticks) => {
        const { days, learners } = tables(list);
        const entries = rollCallEntries(days, learners);
        const ticked = new Set(ticks);
        const missing = missingCount(entries, ticked);
        expect(missing).toBe(entries.filter((e) => !ticked.has(e.learner.id)).length);
        expect(missingCount(entries, new Set())).toBe(entries.length);
        expect(missingCount(entries, new Set(entries.map((e) => e.learner.id)))).toBe(0);
      }),
    );
  });

  it('counts each group among those inside', () => {
    fc.assert(
      fc.property(people, (list) => {
        const { days, learners } = tables(list);
        const entries = rollCallEntries(days, learners);
        for (const [group, n] of groupCounts(entries)) {
          expect(n).toBe(entries.filter((e) => e.learner.groups.includes(group)).length);
          expect(n).toBeGreaterThan(0);
        }
      }),
    );
  });
});
