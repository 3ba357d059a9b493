// The roster and the staff names as the server's events say, last writer by (at, id) winning, as
// on a kiosk. Pure: the admin worker thread folds the pages the request thread reads.
import { compareEvents } from '../../shared/attendance';
import type { KioskEvent, Learner } from '../../shared/types';

export interface Roster {
  learners: Map<string, Learner>;
  tokens: Map<string, { learnerId: string; revoked: boolean }>;
  staffNames: Map<string, string>;
}

/** Folds roster and staff events given in any order. */
export function foldRoster(events: KioskEvent[]): Roster {
  const learners = new Map<string, Learner>();
  const tokens = new Map<string, { learnerId: string; revoked: boolean }>();
  const staffNames = new Map<string, string>();
  for (const e of events.sort(compareEvents)) {
    if (e.type === 'learner-upserted') learners.set(e.learner.id, e.learner);
    else if (e.type === 'learner-archived') {
      const learner = learners.get(e.learnerId);
      if (learner) learners.set(e.learnerId, { ...learner, status: 'archived' });
    } else if (e.type === 'badge-issued') {
      // A revoked token stays revoked, whatever the order.
      if (!tokens.has(e.token)) tokens.set(e.token, { learnerId: e.learnerId, revoked: false });
    } else if (e.type === 'badge-revoked') {
      tokens.set(e.token, { learnerId: e.learnerId, revoked: true });
    } else if (e.type === 'staff-upserted') staffNames.set(e.staff.id, e.staff.name);
  }
  return { learners, tokens, staffNames };
}

/** The roster from the request thread's 'roster' page stream. */
export async function readRoster(pages: AsyncIterable<string[]>): Promise<Roster> {
  const events: KioskEvent[] = [];
  for await (const page of pages)
    for (const body of page) events.push(JSON.parse(body) as KioskEvent);
  return foldRoster(events);
}
