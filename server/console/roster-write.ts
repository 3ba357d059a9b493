// The console's roster changes (an edit, an archive, badges) written as the server's own events,
// under its origin and its gap-free seq, as a roster import is (server/roster.ts): kiosks pull
// them like any other. A change is decided on the roster view, then written only if no roster
// event was stored since that view was read; otherwise it is decided again on the new roster.
import crypto from 'node:crypto';
import { ApiError } from '../errors';
import type { Database } from '../db';
import type { Roster } from '../jobs/roster-fold';
import { serverMark } from '../roster';
import { insertRows, rosterPage } from '../store/events';
import { checkBatch, eventRowsJson } from '../store/rows';
import type { Actor, EventBody, KioskEvent } from '../../shared/types';
import { uuidv7 } from '../../shared/uuid';
import type { RosterView } from './roster-view';

/** Decisions made, at most, when the roster keeps changing under them. */
const ATTEMPTS = 3;

export const randomBytes = (n: number) => new Uint8Array(crypto.randomBytes(n));

/** An event without its envelope and actor (the server's origin, seq, id, time and the admin). */
export type ChangeBody = EventBody extends infer E
  ? E extends unknown
    ? Omit<E, 'actor'>
    : never
  : never;

export interface RosterChange<T> {
  bodies: ChangeBody[];
  /**
   * The learner whose row this change decides (an edit, an archive): its events are timed after
   * the event that decided the row so far, even one stamped by a kiosk whose clock runs ahead,
   * so the change wins on the server and on every kiosk ((at, id) order, last writer wins).
   */
  learnerId?: string;
  result: T;
}

/**
 * Decides a change on the roster as it is (`decide` may throw an ApiError: 404, 409...) and
 * writes its events in one transaction that holds the server's origin row, so the server's
 * writers take turns and its seq has no gap. 409 roster-changed when the roster kept moving.
 */
export async function changeRoster<T>(
  db: Database,
  view: RosterView,
  serverId: string,
  context: { actor: Actor; now: number },
  decide: (roster: Readonly<Roster>) => RosterChange<T>,
): Promise<T> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const snapshot = await view.read();
    const { bodies, result, learnerId } = decide(snapshot.roster);
    if (bodies.length === 0) return result;
    const at = Math.max(context.now, learnerId ? snapshot.learnerAt(learnerId) + 1 : 0);
    const written = await db.transaction(async (tx) => {
      const mark = await serverMark(tx, serverId, true);
      // Read after the lock: a roster event stored since the view was read (by a kiosk, an
      // import, another console action) makes the decision stale.
      const newer = await rosterPage(tx, Number.MAX_SAFE_INTEGER, snapshot.seq, 1);
      if (newer.bodies.length > 0) return false;
      const events = bodies.map(
        (body, i) =>
          ({
            ...body,
            id: uuidv7(at, randomBytes),
            kioskId: serverId,
            seq: mark + 1 + i,
            at,
            actor: context.actor,
          }) as KioskEvent,
      );
      const bad = checkBatch(serverId, events).find((c) => !c.ok);
      if (bad && !bad.ok) throw new Error(`server event is invalid: ${bad.problems.join('; ')}`);
      await insertRows(tx, eventRowsJson(events.map((event) => ({ event, now: context.now }))));
      await tx.query(`UPDATE kiosks SET acked = $2 WHERE id = $1`, [
        serverId,
        mark + events.length,
      ]);
      return true;
    });
    if (written) return result;
  }
  throw new ApiError(
    409,
    'roster-changed',
    'The roster kept changing (kiosks syncing, an import): nothing was written; try again',
  );
}
