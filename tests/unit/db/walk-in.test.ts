// A walk-in learner registered at reception: two roster events in one transaction, a fresh badge.
import { afterEach, describe, expect, it } from 'vitest';
import { seededBytes } from '../../../shared/demo-roster';
import type { StaffMember } from '../../../shared/types';
import { registerWalkIn, walkInLearner } from '../../../renderer/db/walkIn';
import { freshKiosk, type Harness } from './harness';

const T0 = Date.UTC(2026, 10, 25, 14, 0);
const staff = { id: 'staff-1' } as StaffMember;
const walkIn = { firstName: ' Zoé ', lastName: 'Martin', group: 'Robot', language: 'en' as const };

describe('walk-in registration', () => {
  let h: Harness;
  afterEach(() => h?.db.delete());

  it('stores the learner and an active badge for them, made by the staff member', async () => {
    h = await freshKiosk();
    const done = await registerWalkIn(h.db, staff, walkIn, T0, seededBytes(1));
    expect(done?.learner).toMatchObject({
      firstName: 'Zoé',
      lastName: 'Martin',
      groups: ['Robot'],
      language: 'en',
      status: 'active',
    });
    expect(done!.learner.id).toMatch(/^W-[0-9a-f]{12}$/);
    expect(await h.db.learners.get(done!.learner.id)).toMatchObject({ firstName: 'Zoé' });
    expect(await h.db.badges.get(done!.token)).toEqual({
      token: done!.token,
      learnerId: done!.learner.id,
      status: 'active',
    });
    const events = await h.db.events.where('day').equals('2026-11-25').toArray();
    expect(events.sort((a, b) => a.seq - b.seq).map((e) => [e.type, e.actor])).toEqual([
      ['learner-upserted', { kind: 'staff', staffId: 'staff-1' }],
      ['badge-issued', { kind: 'staff', staffId: 'staff-1' }],
    ]);
  });

  it('refuses a form without both names, or with control characters', async () => {
    h = await freshKiosk();
    expect(await registerWalkIn(h.db, staff, { ...walkIn, lastName: ' ' }, T0)).toBeNull();
    expect(walkInLearner({ ...walkIn, firstName: 'Zo\u0007é' }, 'W-1')).toBeNull();
    expect(walkInLearner({ ...walkIn, group: '' }, 'W-1')?.groups).toEqual([]);
  });
});
