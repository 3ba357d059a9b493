// The roster and the staff names as the server's events say, last writer by (at, id) winning, as
// on a kiosk. Pure: the admin worker thread folds the pages the request thread reads, and the
// console's roster view (server/console/roster-view.ts) folds the new events of each read into
// the roster it keeps. Each entry remembers the event that decided it, so events can be applied
// in any order, a few at a time, with the result of one fold sorted by (at, id).
import { compareEvents } from '../../shared/attendance';
import type { KioskEvent, Learner } from '../../shared/types';

export interface Roster {
  learners: Map<string, Learner>;
  tokens: Map<string, { learnerId: string; revoked: boolean }>;
  staffNames: Map<string, string>;
}

type Key = Pick<KioskEvent, 'at' | 'id'>;
const after = (a: Key, b: Key | undefined) =>
  b === undefined || compareEvents(a as KioskEvent, b as KioskEvent) > 0;

/** A roster that takes events in any order and ends as one sorted fold of them all would. */
export class RosterFold {
  readonly roster: Roster = { learners: new Map(), tokens: new Map(), staffNames: new Map() };
  // The deciding events: a learner's last upsert and last archive (archived when the archive
  // comes after the upsert), a token's first issue and last revoke (a revoke wins whatever the
  // order), a staff member's last upsert.
  private readonly upserts = new Map<string, { key: Key; learner: Learner }>();
  private readonly archives = new Map<string, Key>();
  private readonly issues = new Map<string, { key: Key; learnerId: string }>();
  private readonly revokes = new Map<string, { key: Key; learnerId: string }>();
  private readonly staff = new Map<string, Key>();

  /** Applies one event (attendance and settings are ignored); true when the roster changed. */
  apply(e: KioskEvent): boolean {
    const key = { at: e.at, id: e.id };
    if (e.type === 'learner-upserted') {
      if (!after(key, this.upserts.get(e.learner.id)?.key)) return false;
      this.upserts.set(e.learner.id, { key, learner: e.learner });
      this.settleLearner(e.learner.id);
    } else if (e.type === 'learner-archived') {
      if (!after(key, this.archives.get(e.learnerId))) return false;
      this.archives.set(e.learnerId, key);
      this.settleLearner(e.learnerId);
    } else if (e.type === 'badge-issued') {
      const first = this.issues.get(e.token);
      if (first !== undefined && !after(first.key, key)) return false;
      this.issues.set(e.token, { key, learnerId: e.learnerId });
      this.settleToken(e.token);
    } else if (e.type === 'badge-revoked') {
      if (!after(key, this.revokes.get(e.token)?.key)) return false;
      this.revokes.set(e.token, { key, learnerId: e.learnerId });
      this.settleToken(e.token);
    } else if (e.type === 'staff-upserted') {
      if (!after(key, this.staff.get(e.staff.id))) return false;
      this.staff.set(e.staff.id, key);
      this.roster.staffNames.set(e.staff.id, e.staff.name);
    } else return false;
    return true;
  }

  private settleLearner(id: string): void {
    const upsert = this.upserts.get(id);
    if (upsert === undefined) return; // an archive before its learner: nothing to show yet
    const archive = this.archives.get(id);
    const archived = archive !== undefined && after(archive, upsert.key);
    this.roster.learners.set(
      id,
      archived ? { ...upsert.learner, status: 'archived' } : upsert.learner,
    );
  }

  private settleToken(token: string): void {
    const revoke = this.revokes.get(token);
    const issue = this.issues.get(token);
    if (revoke !== undefined)
      this.roster.tokens.set(token, { learnerId: revoke.learnerId, revoked: true });
    else if (issue !== undefined)
      this.roster.tokens.set(token, { learnerId: issue.learnerId, revoked: false });
  }
}

/** Folds roster and staff events given in any order. */
export function foldRoster(events: Iterable<KioskEvent>): Roster {
  const fold = new RosterFold();
  for (const e of events) fold.apply(e);
  return fold.roster;
}

/** The roster from the request thread's 'roster' page stream. */
export async function readRoster(pages: AsyncIterable<string[]>): Promise<Roster> {
  const fold = new RosterFold();
  for await (const page of pages)
    for (const body of page) fold.apply(JSON.parse(body) as KioskEvent);
  return fold.roster;
}
