// Roster import on the server, as the kiosk plans it (jobs/roster-job.ts, in an admin worker
// thread: parsing and planning a 20 MiB file never holds up a kiosk's push). The server writes
// learner-upserted and badge-issued events under its own origin, which kiosks pull like any
// other.
//
// A plan with an error writes nothing (422). A plan is written in chunks of CHUNK_EVENTS
// (jobs/roster-job.ts), each its own short transaction: every insert holds the one insert lock
// (store/events.ts) until it commits, so one transaction of 55,000 events held every kiosk's
// push for seconds. Before each chunk, under the server's row lock, the plan must still hold:
// the server's mark is where this import left it and no other origin changed the roster since
// it was planned (checked after the last chunk's check); otherwise what is left is planned
// again. So two imports at once never issue two badges to one learner, and an import cut short
// (a crash, the database gone) is finished by importing the same file again.
import type { LanguageCode } from '../shared/types';
import { explainReadProblem } from '../shared/roster-messages';
import type { RosterImportResponse } from '../shared/sync-protocol';
import type { Database, Queryable } from './db';
import { ApiError } from './errors';
import type { AdminJobs } from './jobs/pool';
import type { RosterParams, RosterPlan, RosterSource } from './jobs/roster-job';
import { kiosksFirst } from './store/kiosks-first';
import { insertRows, rosterChangedSince, topServerSeq } from './store/events';

/** Plans made, at most, when the roster keeps changing under them. */
const ATTEMPTS = 3;

/**
 * Plans the import of a CSV file's bytes (or of rows read from a file by the console) and, when the plan has no error and this is not a dry
 * run, writes it. With `issueBadges`, every learner without an active badge gets one. The answer
 * is the plan that finished the import, with every event written (written, badgesIssued), its
 * problems explained in `language`; a file that cannot be read at all is a 400 saying why.
 */
export async function importRoster(
  db: Database,
  jobs: AdminJobs,
  serverId: string,
  source: RosterSource,
  options: {
    language: LanguageCode;
    dryRun: boolean;
    issueBadges: boolean;
    staffId: string;
    now: number;
  },
): Promise<RosterImportResponse> {
  let written = 0;
  let badgesIssued = 0;
  for (let attempt = 1; ; attempt++) {
    const top = await topServerSeq(db);
    const mark = await serverMark(db, serverId, false);
    const params: RosterParams = { ...options, source, serverId, firstSeq: mark + 1, top };
    // Other origins' roster events are looked for after what the last chunk checked, not after
    // `top`: from `top` each check walked every event the import had written (its own are
    // roster events too), 55,000 chunks' worth by the end of a large import.
    let checked = top;
    let heldMs = 0;
    const plan = await jobs.start<RosterPlan>('roster', params, {
      write: async (rows: string, events: number, at: number) => {
        await kiosksFirst(db, heldMs);
        const from = performance.now();
        const written = await writeChunk(db, serverId, { rows, events, at, checked });
        heldMs = performance.now() - from;
        if (written !== null) checked = written;
        return written !== null;
      },
    }).result;
    if ('refused' in plan) {
      throw new ApiError(400, plan.refused, explainReadProblem(options.language, plan.refused));
    }
    written += plan.outcome.written;
    badgesIssued += plan.outcome.badgesIssued;
    if (plan.complete) return { ...plan.outcome, written, badgesIssued };
    if (attempt === ATTEMPTS) {
      throw new ApiError(
        409,
        'roster-changed',
        `The roster kept changing during the import (another import, or kiosks): ${written} ` +
          'events were written; import the same file again to finish',
      );
    }
  }
}

/**
 * Writes one chunk of an import, if the plan still holds: the server's mark is `at` (where this
 * import left it) and no other origin changed the roster after `checked` (the log's top when
 * the import was planned, or when the last chunk was checked). Returns the log's top as this
 * check saw it (what the next chunk checks after), or null when the plan no longer holds.
 */
async function writeChunk(
  db: Database,
  serverId: string,
  chunk: { rows: string; events: number; at: number; checked: number },
): Promise<number | null> {
  return db.transaction(async (tx) => {
    if ((await serverMark(tx, serverId, true)) !== chunk.at) return null;
    // Read before the check: an event committed after this read has a higher server_seq (the
    // insert lock orders them), so the next chunk's check finds it.
    const seen = await topServerSeq(tx);
    if (await rosterChangedSince(tx, chunk.checked, serverId)) return null;
    const stored = await insertRows(tx, chunk.rows);
    if (stored.length !== chunk.events) throw new Error('server event id collision');
    await tx.query(`UPDATE kiosks SET acked = $2 WHERE id = $1`, [
      serverId,
      chunk.at + chunk.events,
    ]);
    return seen;
  });
}

/** The server origin's mark: its last event's seq (locked for the transaction with `lock`). */
export async function serverMark(db: Queryable, serverId: string, lock: boolean): Promise<number> {
  const { rows } = await db.query<{ acked: number }>(
    `SELECT acked FROM kiosks WHERE id = $1${lock ? ' FOR UPDATE' : ''}`,
    [serverId],
  );
  if (!rows[0]) throw new Error(`the server's origin ${serverId} is missing`);
  return rows[0].acked;
}
