// Which cards a print job holds: name order, the current token, and the learners left out.
import { describe, expect, it } from 'vitest';
import { cardsFor, groupsOf } from '../../../renderer/print/badges/printCards';
import type { BadgeSummary } from '../../../shared/badge-actions';
import type { Learner } from '../../../shared/types';

const learner = (id: string, firstName: string, lastName: string, extra: Partial<Learner> = {}) =>
  ({ id, firstName, lastName, groups: [], language: null, status: 'active', ...extra }) as Learner;

describe('cardsFor', () => {
  it('prints active learners with a badge in name order, with their current token', () => {
    const learners = [
      learner('L3', 'Zoé', 'Élias'),
      learner('L1', 'Léa', 'Dubois'),
      learner('L2', 'Noah', 'dupont'),
      learner('L4', 'Adam', 'Archived', { status: 'archived' }),
      learner('L5', 'Lina', 'Nobadge'),
    ];
    const summaries = new Map<string, BadgeSummary>([
      ['L1', { active: ['NEWEST', 'OLDER'], revoked: ['OLD'] }],
      ['L2', { active: ['T2'], revoked: [] }],
      ['L3', { active: ['T3'], revoked: [] }],
      ['L4', { active: ['T4'], revoked: [] }],
      ['L5', { active: [], revoked: ['T5'] }],
    ]);
    const { cards, skipped } = cardsFor(learners, summaries);
    // French collation: "Élias" sorts with the Es, "dupont" ignores case.
    expect(cards).toEqual([
      { firstName: 'Léa', lastName: 'Dubois', token: 'NEWEST' },
      { firstName: 'Noah', lastName: 'dupont', token: 'T2' },
      { firstName: 'Zoé', lastName: 'Élias', token: 'T3' },
    ]);
    expect(skipped).toBe(2);
  });

  it('lists the groups of active learners once each, sorted', () => {
    expect(
      groupsOf([
        learner('L1', 'a', 'b', { groups: ['robotique', 'dessin'] }),
        learner('L2', 'a', 'b', { groups: ['animation', 'dessin'] }),
        learner('L3', 'a', 'b', { groups: ['zz-archivé'], status: 'archived' }),
      ]),
    ).toEqual(['animation', 'dessin', 'robotique']);
  });
});
