// The event log on the server: the inserts and their lock, shared by push (push.ts: a kiosk's
// own events, group-committed) and the server's own events (roster imports, roster.ts); pull
// (everyone else's, in server order); and the paged reads of exports and imports.
//
// Why pull never skips an event: every insert into `events` takes one transaction-scoped advisory
// lock before it draws server_seq values, and holds it until it commits. So values are drawn and
// committed in the same order, and PostgreSQL makes a commit visible before it releases the lock.
// Any snapshot therefore sees a prefix of server_seq order (plus nothing above it), and a cursor
// taken from a snapshot never passes a value that commits later. A "safe watermark" (serve only
// below the oldest in-flight value) would let pushes overlap, but needs an in-flight table or
// pg_snapshot_xmin bookkeeping; one central lock for inserts is simpler, and push.ts commits the
// pushes that queue behind it together, so the lock costs one commit per group, not per push.
// The lock is taken after validation, just before the inserts, to keep it short. (PGlite runs
// one transaction at a time anyway.)
import type { Queryable, Database } from '../db';
import { ApiError } from '../errors';
import type { KioskEvent } from '../../shared/types';
import { eventRowsJson } from './rows';
import type { PullResponse } from '../../shared/sync-protocol';

export const INSERT_LOCK = `SELECT pg_advisory_xact_lock(7042, hashtext(current_schema()))`;
const ATTENDANCE_TYPES = `('check-in', 'check-out', 'void', 'unknown-badge')`;

export class GapError extends ApiError {
  constructor(readonly acked: number) {
    super(409, 'gap', `The batch must start at or before ${acked + 1} and be contiguous`);
  }
}

/**
 * Stores events under the insert lock (taken first), each with the time it was received;
 * returns the ids that were already on the server (the ON CONFLICT skips).
 */
export async function insertEvents(
  tx: Queryable,
  events: { event: KioskEvent; now: number }[],
): Promise<Set<string>> {
  if (events.length === 0) return new Set();
  const stored = await insertRows(tx, eventRowsJson(events));
  // Every row new (the usual case): nothing to compare.
  if (stored.length === events.length) return new Set();
  const ids = new Set(stored);
  return new Set(events.map(({ event }) => event.id).filter((id) => !ids.has(id)));
}

/**
 * Inserts rows made by eventRowsJson (rows.ts), under the insert lock, in their order (so
 * server_seq follows arrival and each kiosk's seq); returns the ids stored (new ones).
 */
export async function insertRows(tx: Queryable, rowsJson: string): Promise<string[]> {
  await tx.query(INSERT_LOCK);
  const inserted = await tx.query<{ id: string }>(
    `INSERT INTO events (id, kiosk_id, seq, type, at, body, received_at)
     SELECT x.id, x.kiosk_id, x.seq, x.type, x.at, x.body, x.received_at
     FROM json_to_recordset($1::json) AS x(n integer, id text, kiosk_id text, seq bigint,
       type text, at bigint, body text, received_at bigint)
     ORDER BY n
     ON CONFLICT (id) DO NOTHING
     RETURNING id`,
    [rowsJson],
  );
  return inserted.rows.map((row) => row.id);
}

/**
 * One page of events made elsewhere, in server order. Both reads run in one REPEATABLE READ
 * snapshot, so "nothing more after this row" and the cursor agree. With no more events the cursor
 * is the highest server_seq of the snapshot: it moves past the caller's own events and past
 * filtered-out attendance too, so they are never scanned again.
 */
export async function pull(
  db: Database,
  kioskId: string,
  since: number,
  limit: number,
  attendanceSince: number | null,
): Promise<Omit<PullResponse, 'serverTime'>> {
  return db.transaction(async (tx) => {
    await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ');
    const page = await tx.query<{ server_seq: number; body: string }>(
      `SELECT server_seq, body FROM events
       WHERE server_seq > $1 AND kiosk_id <> $2
         AND NOT (type IN ${ATTENDANCE_TYPES} AND at < $3)
       ORDER BY server_seq LIMIT $4`,
      [since, kioskId, attendanceSince ?? 0, limit + 1],
    );
    const more = page.rows.length > limit;
    const rows = more ? page.rows.slice(0, limit) : page.rows;
    let cursor: number;
    if (more) cursor = rows[rows.length - 1]!.server_seq;
    else {
      const top = await tx.query<{ top: number | null }>(
        `SELECT max(server_seq) AS top FROM events`,
      );
      cursor = Math.max(since, top.rows[0]?.top ?? 0);
    }
    return { events: rows.map((row) => JSON.parse(row.body) as KioskEvent), cursor, more };
  });
}

/** The newest server_seq: reads bounded by it see one state of the log (pull's reasoning). */
export async function topServerSeq(db: Queryable): Promise<number> {
  const { rows } = await db.query<{ top: number | null }>(
    `SELECT max(server_seq) AS top FROM events`,
  );
  return rows[0]?.top ?? 0;
}

/** Bodies of a page, and where the next page starts (null: this was the last). */
export interface Page<C> {
  bodies: string[];
  next: C | null;
}

// Literal lists, as in migration 2's partial indexes: the planner proves a query's list implies
// an index's only when both are constants.
const ROSTER_TYPES_SQL = `('learner-upserted', 'learner-archived', 'badge-issued', 'badge-revoked', 'staff-upserted')`;

/** A page of roster and staff events up to `top`, in server order (index events_roster_seq). */
export async function rosterPage(
  db: Queryable,
  top: number,
  after: number,
  limit: number,
): Promise<Page<number>> {
  const { rows } = await db.query<{ server_seq: number; body: string }>(
    `SELECT server_seq, body FROM events
     WHERE type IN ${ROSTER_TYPES_SQL} AND server_seq > $1 AND server_seq <= $2
     ORDER BY server_seq LIMIT $3`,
    [after, top, limit],
  );
  return {
    bodies: rows.map((r) => r.body),
    next: rows.length < limit ? null : rows.at(-1)!.server_seq,
  };
}

/**
 * Has an origin other than `except` stored a roster or staff event after `top`? (An import
 * planned at `top` is then stale; its own origin's are checked by its mark.)
 */
export async function rosterChangedSince(
  db: Queryable,
  top: number,
  except: string,
): Promise<boolean> {
  const { rows } = await db.query(
    `SELECT 1 FROM events
     WHERE type IN ${ROSTER_TYPES_SQL} AND server_seq > $1 AND kiosk_id <> $2 LIMIT 1`,
    [top, except],
  );
  return rows.length > 0;
}

/** A page of the voids of [start, end) up to `top`, in server order (index events_type_at). */
export async function voidPage(
  db: Queryable,
  range: { start: number; end: number; top: number },
  after: number,
  limit: number,
): Promise<Page<number>> {
  const { rows } = await db.query<{ server_seq: number; body: string }>(
    `SELECT server_seq, body FROM events
     WHERE type = 'void' AND at >= $1 AND at < $2 AND server_seq > $3 AND server_seq <= $4
     ORDER BY server_seq LIMIT $5`,
    [range.start, range.end, after, range.top, limit],
  );
  return {
    bodies: rows.map((r) => r.body),
    next: rows.length < limit ? null : rows.at(-1)!.server_seq,
  };
}

/** Where an attendance page starts: after this (at, id). */
export interface AttendanceCursor {
  at: number;
  id: string;
}

/**
 * A page of the attendance of [start, end) up to `top`, in the files' order: time, then id by
 * code point (index events_attendance_at_id), each page an index range scan from the last row.
 */
export async function attendancePage(
  db: Queryable,
  range: { start: number; end: number; top: number },
  after: AttendanceCursor | null,
  limit: number,
): Promise<Page<AttendanceCursor>> {
  const from = after ?? { at: range.start, id: '' };
  const { rows } = await db.query<{ at: number; id: string; body: string }>(
    `SELECT at, id, body FROM events
     WHERE type IN ${ATTENDANCE_TYPES} AND (at, id COLLATE "C") > ($1, $2) AND at < $3
       AND server_seq <= $4
     ORDER BY at, id COLLATE "C" LIMIT $5`,
    [from.at, from.id, range.end, range.top, limit],
  );
  const last = rows.at(-1);
  return {
    bodies: rows.map((r) => r.body),
    next: rows.length < limit || !last ? null : { at: last.at, id: last.id },
  };
}

/** Attendance events of [start, end), counted up to `cap` (a bound check, not a statistic). */
export async function countAttendance(
  db: Queryable,
  range: { start: number; end: number },
  cap: number,
): Promise<number> {
  const { rows } = await db.query<{ n: number }>(
    `SELECT count(*)::integer AS n FROM (
       SELECT 1 FROM events WHERE type IN ${ATTENDANCE_TYPES} AND at >= $1 AND at < $2 LIMIT $3
     ) AS capped`,
    [range.start, range.end, cap],
  );
  return rows[0]?.n ?? 0;
}
