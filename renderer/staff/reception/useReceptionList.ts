// What the reception list shows for a query or a tab. The name order and the tab counts are
// computed once per change of the day (a scan, an import), not once per keystroke: clearing the
// search used to sort 10,000 learners with localeCompare on every return to the tabs.
import { startTransition, useEffect, useMemo, useState } from 'react';
import { searchLearners } from '../../../shared/search';
import type { LearnerRow } from '../../db/schema';
import type { Today } from './useToday';

export const TABS = ['in', 'left', 'unseen'] as const;
export type Tab = (typeof TABS)[number];
/** Rows drawn at once: the search narrows the rest down. */
export const LIST_LIMIT = 100;

/** Rows painted right after a keystroke: more than a screenful on the kiosk's 1280×800. */
export const FIRST_ROWS = 25;

const collator = new Intl.Collator('fr');

export interface ReceptionList {
  ids: string[];
  /** How many match, shown or not. */
  total: number;
}

export function useReceptionList(today: Today | undefined, query: string, tab: Tab) {
  // Active learners by tab, each in name order, and the counts of the tab buttons.
  const byTab = useMemo(() => {
    const lists: Record<Tab, string[]> = { in: [], left: [], unseen: [] };
    if (!today) return lists;
    const active: LearnerRow[] = [];
    for (const learner of today.learners.values()) {
      if (learner.status === 'active') active.push(learner);
    }
    active.sort(
      (a, b) =>
        collator.compare(a.lastName, b.lastName) || collator.compare(a.firstName, b.firstName),
    );
    for (const learner of active) {
      const day = today.days.get(learner.id);
      lists[day === undefined ? 'unseen' : day.inBuilding ? 'in' : 'left'].push(learner.id);
    }
    return lists;
  }, [today]);

  const list = useMemo((): ReceptionList => {
    if (!today) return { ids: [], total: 0 };
    if (query.trim()) {
      const ids = searchLearners(today.index, query, LIST_LIMIT);
      return { ids, total: ids.length };
    }
    const ids = byTab[tab];
    return { ids: ids.slice(0, LIST_LIMIT), total: ids.length };
  }, [today, byTab, query, tab]);

  const counts = { in: byTab.in.length, left: byTab.left.length, unseen: byTab.unseen.length };
  return { list, counts };
}

/**
 * The first FIRST_ROWS of `ids` at once, the rest a frame later in a transition (which the next
 * keystroke interrupts): replacing 100 rows of buttons is what made a keystroke slow.
 */
export function useProgressiveRows(ids: string[]): string[] {
  const [complete, setComplete] = useState<string[] | null>(null);
  useEffect(() => {
    if (ids.length <= FIRST_ROWS) return;
    const frame = requestAnimationFrame(() => startTransition(() => setComplete(ids)));
    return () => cancelAnimationFrame(frame);
  }, [ids]);
  return complete === ids ? ids : ids.slice(0, FIRST_ROWS);
}
