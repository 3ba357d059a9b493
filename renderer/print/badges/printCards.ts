// Which cards a print job holds: the learners asked for, in name order (a cut sheet then stacks
// alphabetically), each with their current active token. Learners who cannot get a card (no
// active badge, archived) are counted so the admin is told, never silently dropped.
import type { Learner } from '../../../shared/types';
import type { BadgeCardData } from '../BadgeCard';
import type { BadgeSummary } from '../../../shared/badge-actions';

interface PrintSelection {
  cards: BadgeCardData[];
  /** Learners asked for who got no card. */
  skipped: number;
}

export function byName(a: Pick<Learner, 'firstName' | 'lastName' | 'id'>, b: typeof a): number {
  return (
    a.lastName.localeCompare(b.lastName, 'fr') ||
    a.firstName.localeCompare(b.firstName, 'fr') ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

export function cardsFor(
  learners: readonly Learner[],
  summaries: ReadonlyMap<string, BadgeSummary>,
): PrintSelection {
  const cards: BadgeCardData[] = [];
  let skipped = 0;
  for (const learner of [...learners].sort(byName)) {
    const token = summaries.get(learner.id)?.active[0];
    if (!token || learner.status !== 'active') skipped++;
    else cards.push({ firstName: learner.firstName, lastName: learner.lastName, token });
  }
  return { cards, skipped };
}

/** The groups of active learners, for the group filter, in French alphabetical order. */
export function groupsOf(learners: readonly Learner[]): string[] {
  const groups = new Set<string>();
  for (const learner of learners) {
    if (learner.status === 'active') for (const group of learner.groups) groups.add(group);
  }
  return [...groups].sort((a, b) => a.localeCompare(b, 'fr'));
}
