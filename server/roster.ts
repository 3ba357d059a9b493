// Roster import on the server, as the kiosk plans it (jobs/roster-job.ts, in an admin worker
// thread: parsing and planning a 20 MiB file never holds up a kiosk's push). The server writes
// learner-upserted and badge-issued events under its own origin, which kiosks pull like any
// other. All or nothing: the planned events go in with one insert, in one transaction, and only
// if the roster and the server's mark are what the plan was made against; otherwise it is
// planned again, so two imports at once never issue two badges to one learner.
import type { RosterImportResponse } from '../shared/sync-protocol';
import type { Database } from './db';
import { ApiError } from './errors';
import type { AdminJobs } from './jobs/pool';
import { pageReader } from './jobs/reader';
import type { RosterParams, RosterPlan } from './jobs/roster-job';
import { insertRows, rosterChangedSince, rosterPage, topServerSeq } from './store/events';

/** Plans made again, at most, when the roster changed under them. */
const ATTEMPTS = 3;
const PAGE_ROWS = 5_000;

/**
 * Plans the import and, when the plan has no error and this is not a dry run, writes it. With
 * `issueBadges`, every learner without an active badge gets one.
 */
export async function importRoster(
  db: Database,
  jobs: AdminJobs,
  serverId: string,
  csv: string,
  options: { dryRun: boolean; issueBadges: boolean; adminId: string; now: number },
): Promise<RosterImportResponse> {
  for (let attempt = 1; ; attempt++) {
    const top = await topServerSeq(db);
    const mark = await serverMark(db, serverId, false);
    const params: RosterParams = { ...options, csv, serverId, firstSeq: mark + 1 };
    const read = pageReader((after: number | null) => rosterPage(db, top, after ?? 0, PAGE_ROWS));
    const plan = await jobs.start<RosterPlan>('roster', params, { page: async () => read() })
      .result;
    if (plan.rows === null) return plan.outcome;
    const rows = plan.rows;
    const written = await db.transaction(async (tx) => {
      // The server's row lock: imports write one at a time, and each sees the one before.
      if ((await serverMark(tx, serverId, true)) !== mark) return false;
      if (await rosterChangedSince(tx, top)) return false;
      const stored = await insertRows(tx, rows);
      if (stored.length !== plan.count) throw new Error('server event id collision');
      await tx.query(`UPDATE kiosks SET acked = $2 WHERE id = $1`, [serverId, mark + plan.count]);
      return true;
    });
    if (written) return plan.outcome;
    if (attempt === ATTEMPTS) {
      throw new ApiError(
        409,
        'roster-changed',
        'The roster kept changing during the import (another import, or kiosks): try again',
      );
    }
  }
}

async function serverMark(
  db: Pick<Database, 'query'>,
  serverId: string,
  lock: boolean,
): Promise<number> {
  const { rows } = await db.query<{ acked: number }>(
    `SELECT acked FROM kiosks WHERE id = $1${lock ? ' FOR UPDATE' : ''}`,
    [serverId],
  );
  if (!rows[0]) throw new Error(`the server's origin ${serverId} is missing`);
  return rows[0].acked;
}
