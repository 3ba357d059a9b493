// The badge actions' rule, shared by the kiosk's admin and the console's server routes: what
// each action revokes and issues, and when it refuses, for any learner and any active tokens.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planBadgeAction, type BadgeAction } from '../../../shared/badge-actions';
import type { Learner } from '../../../shared/types';

const learner = (status: Learner['status'], name = ['Léa', 'Dupont']): Learner => ({
  id: 'L1',
  firstName: name[0]!,
  lastName: name[1]!,
  groups: [],
  language: null,
  status,
});

describe('planBadgeAction', () => {
  it('issues a first badge, reissues by revoking every active one, revokes without issuing', () => {
    expect(planBadgeAction('issue', learner('active'), [])).toEqual({
      ok: true,
      revoke: [],
      issue: true,
    });
    expect(planBadgeAction('reissue', learner('active'), ['A', 'B'])).toEqual({
      ok: true,
      revoke: ['A', 'B'],
      issue: true,
    });
    expect(planBadgeAction('revoke', learner('archived'), ['A'])).toEqual({
      ok: true,
      revoke: ['A'],
      issue: false,
    });
  });

  it('refuses what would leave two cards, nothing to act on, or a card for the archived', () => {
    const refused = (action: BadgeAction, who: Learner | undefined, active: string[]) => {
      const plan = planBadgeAction(action, who, active);
      return plan.ok ? null : plan.problem;
    };
    expect(refused('issue', learner('active'), ['A'])).toBe('already-active');
    expect(refused('reissue', learner('active'), [])).toBe('no-active');
    expect(refused('revoke', learner('active'), [])).toBe('no-active');
    expect(refused('issue', learner('archived'), [])).toBe('archived');
    expect(refused('reissue', learner('archived'), ['A'])).toBe('archived');
    expect(refused('issue', undefined, [])).toBe('unknown-learner');
    // A learner known only from a badge (no name yet) is not someone to give a card to.
    expect(refused('revoke', learner('active', ['', '']), ['A'])).toBe('unknown-learner');
  });

  it('never leaves a learner more than one active badge, nor an archived one a new one', () => {
    const arbitraryLearner = fc.option(
      fc.record({
        id: fc.constant('L1'),
        firstName: fc.constantFrom('', 'Léa'),
        lastName: fc.constantFrom('', 'Dupont'),
        groups: fc.constant<string[]>([]),
        language: fc.constant(null),
        status: fc.constantFrom('active' as const, 'archived' as const),
      }),
      { nil: undefined },
    );
    fc.assert(
      fc.property(
        fc.constantFrom<BadgeAction>('issue', 'reissue', 'revoke'),
        arbitraryLearner,
        fc.uniqueArray(fc.string({ minLength: 1, maxLength: 4 }), { maxLength: 4 }),
        (action, who, active) => {
          const plan = planBadgeAction(action, who, active);
          if (!plan.ok) return;
          // Only tokens the learner holds are revoked, and what stays active is at most one card.
          expect(plan.revoke.every((t) => active.includes(t))).toBe(true);
          const left = active.length - plan.revoke.length + (plan.issue ? 1 : 0);
          expect(left).toBeLessThanOrEqual(Math.max(1, active.length - plan.revoke.length));
          if (plan.issue) {
            expect(who?.status).toBe('active');
            expect(active.length - plan.revoke.length).toBe(0);
          }
        },
      ),
    );
  });
});
