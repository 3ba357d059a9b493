// RosterFold.learnerAt: the time of the event that decides a learner's row, whatever the order
// the events came in, so a console change stamped after it wins by (at, id).
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { RosterFold } from '../../../server/jobs/roster-fold';
import type { KioskEvent } from '../../../shared/types';

const learner = { id: 'L1', firstName: 'Léa', lastName: 'D', groups: [], language: null };
const event = (n: number, at: number, archive: boolean): KioskEvent => ({
  id: `0190a0a0-0000-7000-8000-${String(n).padStart(12, '0')}`,
  kioskId: 'K1',
  seq: n + 1,
  at,
  actor: { kind: 'staff', staffId: 'S1' },
  ...(archive
    ? { type: 'learner-archived', learnerId: 'L1' }
    : { type: 'learner-upserted', learner: { ...learner, status: 'active' } }),
});

it('is the latest upsert or archive of the learner, in any order, and 0 for a stranger', () => {
  fc.assert(
    fc.property(
      fc.array(fc.tuple(fc.integer({ min: 1, max: 1e12 }), fc.boolean()), { minLength: 1 }),
      fc.boolean(),
      (specs, reverse) => {
        const events = specs.map(([at, archive], n) => event(n, at, archive));
        const fold = new RosterFold();
        for (const e of reverse ? [...events].reverse() : events) fold.apply(e);
        const upserts = events.filter((e) => e.type === 'learner-upserted').map((e) => e.at);
        const archives = events.filter((e) => e.type === 'learner-archived').map((e) => e.at);
        expect(fold.learnerAt('L1')).toBe(Math.max(0, ...upserts, ...archives));
        expect(fold.learnerAt('L2')).toBe(0);
      },
    ),
  );
});
