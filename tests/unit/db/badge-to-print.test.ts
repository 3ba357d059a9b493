// The card reception prints for a learner sent to it: the current badge, or a new one when every
// badge they had was revoked; none for an archived learner.
import { afterEach, describe, expect, it } from 'vitest';
import { seededBytes } from '../../../shared/demo-roster';
import { appendEvents } from '../../../renderer/db/append';
import { activeTokens, badgeToPrint } from '../../../renderer/db/badges';
import { freshKiosk, type Harness } from './harness';

const T0 = Date.UTC(2026, 10, 25, 14, 0);
const actor = { kind: 'staff', staffId: 'staff-1' } as const;

describe('badgeToPrint', () => {
  let h: Harness;
  afterEach(() => h?.db.delete());

  it('prints the current badge again, issuing nothing', async () => {
    h = await freshKiosk();
    const learner = h.roster.find((d) => d.learner.status === 'active')!;
    const before = await h.db.events.count();
    expect(await badgeToPrint(h.db, 'staff-1', learner.learner.id, T0)).toEqual({
      token: learner.token,
      issued: false,
    });
    expect(await h.db.events.count()).toBe(before);
  });

  it('issues a new badge to an active learner whose every badge was revoked', async () => {
    h = await freshKiosk();
    const { learner } = h.roster.find((d) => d.learner.status === 'active')!;
    const revoked = await activeTokens(h.db, learner.id);
    await appendEvents(
      h.db,
      revoked.map((token) => ({ type: 'badge-revoked', learnerId: learner.id, token, actor })),
      T0,
    );
    const printed = await badgeToPrint(h.db, 'staff-1', learner.id, T0 + 1, seededBytes(7));
    expect(printed?.issued).toBe(true);
    expect(revoked).not.toContain(printed!.token);
    expect(await activeTokens(h.db, learner.id)).toEqual([printed!.token]);
    const events = await h.db.events.where('day').equals('2026-11-25').toArray();
    expect(events.find((e) => e.type === 'badge-issued')).toMatchObject({
      learnerId: learner.id,
      token: printed!.token,
      actor,
    });
  });

  it('gives an archived learner no new card', async () => {
    h = await freshKiosk();
    const archived = h.roster.find((d) => d.learner.status === 'archived')!;
    const tokens = await activeTokens(h.db, archived.learner.id);
    await appendEvents(
      h.db,
      tokens.map((token) => ({
        type: 'badge-revoked',
        learnerId: archived.learner.id,
        token,
        actor,
      })),
      T0,
    );
    expect(await badgeToPrint(h.db, 'staff-1', archived.learner.id, T0)).toBeNull();
  });
});
