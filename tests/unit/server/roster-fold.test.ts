// The roster fold takes events in any order and any number of steps (the console's roster view
// folds each read's new events into what it keeps) and ends where one fold of them all, sorted by
// (at, id), ends: the rule a kiosk applies.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldRoster, RosterFold, type Roster } from '../../../server/jobs/roster-fold';
import { compareEvents } from '../../../shared/attendance';
import type { KioskEvent, StaffMember } from '../../../shared/types';

/** The rule spelled out: sorted by (at, id), then each event in turn. */
function sortedFold(events: KioskEvent[]): Roster {
  const roster: Roster = { learners: new Map(), tokens: new Map(), staffNames: new Map() };
  for (const e of [...events].sort(compareEvents)) {
    if (e.type === 'learner-upserted') roster.learners.set(e.learner.id, e.learner);
    else if (e.type === 'learner-archived') {
      const learner = roster.learners.get(e.learnerId);
      if (learner) roster.learners.set(e.learnerId, { ...learner, status: 'archived' });
    } else if (e.type === 'badge-issued') {
      if (!roster.tokens.has(e.token))
        roster.tokens.set(e.token, { learnerId: e.learnerId, revoked: false });
    } else if (e.type === 'badge-revoked') {
      roster.tokens.set(e.token, { learnerId: e.learnerId, revoked: true });
    } else if (e.type === 'staff-upserted') roster.staffNames.set(e.staff.id, e.staff.name);
  }
  return roster;
}

const PIN = {} as StaffMember['pin']; // never read by the fold

const envelope = (n: number, at: number) => ({
  id: `0190${String(n).padStart(8, '0')}`,
  kioskId: 'K1',
  seq: n + 1,
  at,
  actor: { kind: 'staff' as const, staffId: 'S1' },
});

// Few ids and few instants, so that events collide on learners, tokens and times.
const anEvent = fc
  .tuple(
    fc.integer({ min: 0, max: 5 }),
    fc.constantFrom('A', 'B', 'C'),
    fc.constantFrom('T1', 'T2'),
    fc.constantFrom('Léa', 'Noah'),
  )
  .map(([kind, who, token, name]) => ({ kind, who, token, name }));

const toEvents = (
  specs: { kind: number; who: string; token: string; name: string; at: number }[],
) =>
  specs.map(({ kind, who, token, name, at }, n): KioskEvent => {
    const base = envelope(n, at);
    switch (kind) {
      case 0:
      case 1:
        return {
          ...base,
          type: 'learner-upserted',
          learner: {
            id: who,
            firstName: name,
            lastName: 'X',
            groups: [name],
            language: 'fr',
            status: 'active',
          },
        };
      case 2:
        return { ...base, type: 'learner-archived', learnerId: who };
      case 3:
        return { ...base, type: 'badge-issued', learnerId: who, token };
      case 4:
        return {
          ...base,
          type: 'badge-revoked',
          learnerId: who,
          token,
          reason: 'lost',
        } as KioskEvent;
      default:
        return {
          ...base,
          type: 'staff-upserted',
          staff: { id: who, name, role: 'reception', active: true, pin: PIN },
        };
    }
  });

const plain = (roster: Roster) => ({
  learners: Object.fromEntries(roster.learners),
  tokens: Object.fromEntries(roster.tokens),
  staffNames: Object.fromEntries(roster.staffNames),
});

describe('RosterFold', () => {
  it('ends as the sorted fold, whatever the order and however the events are split', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(anEvent, fc.integer({ min: 1, max: 4 })), { maxLength: 30 }),
        fc.func(fc.integer()),
        fc.array(fc.integer({ min: 0, max: 30 })),
        (specs, shuffleKey, cuts) => {
          const events = toEvents(specs.map(([spec, at]) => ({ ...spec, at })));
          const shuffled = events
            .map((e, i) => ({ e, k: shuffleKey(i) }))
            .sort((a, b) => a.k - b.k)
            .map(({ e }) => e);
          const fold = new RosterFold();
          // Applied in steps, with a look at the roster between them, as the view does.
          let from = 0;
          for (const cut of [...cuts, shuffled.length].sort((a, b) => a - b)) {
            for (const e of shuffled.slice(from, Math.max(from, cut))) fold.apply(e);
            from = Math.max(from, cut);
            expect(plain(fold.roster)).toEqual(plain(sortedFold(shuffled.slice(0, from))));
          }
          expect(plain(foldRoster(shuffled))).toEqual(plain(sortedFold(events)));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('keeps a newer name when an older edit arrives later', () => {
    const [older, newer] = toEvents([
      { kind: 0, who: 'A', token: 'T1', name: 'Léa', at: 1 },
      { kind: 0, who: 'A', token: 'T1', name: 'Noah', at: 2 },
    ]) as [KioskEvent, KioskEvent];
    const fold = new RosterFold();
    expect(fold.apply(newer)).toBe(true);
    expect(fold.apply(older)).toBe(false);
    expect(fold.roster.learners.get('A')?.firstName).toBe('Noah');
  });
});
