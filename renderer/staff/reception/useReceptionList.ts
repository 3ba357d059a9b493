// What the reception list shows for a query or a tab. The name order and the tab counts are
// computed once per change of the day (a scan, an import), not once per keystroke: clearing the
// search used to sort 10,000 learners with localeCompare on every return to the tabs.
import { useMemo, useState } from 'react';
import { searchLearnersCounted } from '../../../shared/search';
import type { LearnerRow } from '../../db/schema';
import type { Today } from './useToday';

export const TABS = ['in', 'left', 'unseen'] as const;
export type Tab = (typeof TABS)[number];

/**
 * Rows a keystroke draws: two and a half screenfuls (six rows show on the kiosk's 1280×800).
 * Drawing rows is most of a keystroke's cost: 100 of them (25 at once, the rest a frame later)
 * took a 10,000-learner search to a p99 of 75 ms. So the list stops here with "N more, refine
 * the search", and a button draws the next PAGE_ROWS on request.
 */
export const PAGE_ROWS = 15;

const collator = new Intl.Collator('fr');

interface ReceptionList {
  ids: string[];
  /** How many match, shown or not. */
  total: number;
}

/** The tab an active learner is listed under today. */
export function tabOf(today: Today, learnerId: string): Tab {
  const day = today.days.get(learnerId);
  return day === undefined ? 'unseen' : day.inBuilding ? 'in' : 'left';
}

/**
 * The list for `query` (or, when it is blank, `tab`), its first `rows` rows, or more in a tab so
 * that the learner `reveal` is in it.
 */
export function useReceptionList(
  today: Today | undefined,
  query: string,
  tab: Tab,
  rows: number,
  reveal?: string,
) {
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
    for (const learner of active) lists[tabOf(today, learner.id)].push(learner.id);
    return lists;
  }, [today]);

  const list = useMemo((): ReceptionList => {
    if (!today) return { ids: [], total: 0 };
    if (query.trim()) return searchLearnersCounted(today.index, query, rows);
    const ids = byTab[tab];
    // Whole pages, as "show more" would have drawn them, down to the learner to reveal.
    const at = reveal === undefined ? -1 : ids.indexOf(reveal);
    const shown = Math.max(rows, Math.ceil((at + 1) / PAGE_ROWS) * PAGE_ROWS);
    return { ids: ids.slice(0, shown), total: ids.length };
  }, [today, byTab, query, tab, rows, reveal]);

  const counts = { in: byTab.in.length, left: byTab.left.length, unseen: byTab.unseen.length };
  return { list, counts };
}

/**
 * How many rows to draw for the list named `key` (the query and the tab): PAGE_ROWS, and
 * PAGE_ROWS more each time `more` is called. Another key starts again from PAGE_ROWS.
 */
export function usePagedRows(key: string): { rows: number; more: () => void } {
  const [paged, setPaged] = useState({ key, rows: PAGE_ROWS });
  const rows = paged.key === key ? paged.rows : PAGE_ROWS;
  return { rows, more: () => setPaged({ key, rows: rows + PAGE_ROWS }) };
}
