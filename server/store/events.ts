// The event log on the server: batch validation and the insert lock shared with push (push.ts:
// a kiosk's own events, group-committed), the server's own events (admin API), and pull
// (everyone else's, in server order).
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
import { validateEvent } from '../../shared/validate';
import { isAttendanceEvent, type KioskEvent } from '../../shared/types';
import type { PullResponse } from '../../shared/sync-protocol';

export const INSERT_LOCK = `SELECT pg_advisory_xact_lock(7042, hashtext(current_schema()))`;
const ATTENDANCE_TYPES = `('check-in', 'check-out', 'void', 'unknown-badge')`;

export class GapError extends ApiError {
  constructor(readonly acked: number) {
    super(409, 'gap', `The batch must start at or before ${acked + 1} and be contiguous`);
  }
}

type Checked =
  | { seq: number; ok: true; event: KioskEvent }
  | { seq: number; ok: false; id: string | null; problems: string[]; raw: unknown };

/** The id of a malformed event when it can be shown safely (for the report and forensics). */
function readableId(raw: unknown): string | null {
  const id = typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : undefined;
  return typeof id === 'string' && /^[\x20-\x7e]{1,100}$/.test(id) ? id : null;
}

/** Validates a batch for `kioskId`: another kiosk's event, or an id repeated in it, is malformed. */
export function checkBatch(kioskId: string, items: readonly { seq: number }[]): Checked[] {
  const seen = new Set<string>();
  return items.map((raw): Checked => {
    const result = validateEvent(raw);
    const problems = result.ok ? [] : result.errors;
    if (result.ok && result.event.kioskId !== kioskId) {
      problems.push(`kioskId: expected ${kioskId}, the kiosk that sent it`);
    }
    if (result.ok && seen.has(result.event.id)) problems.push('id: repeated in this batch');
    if (result.ok && problems.length === 0) {
      seen.add(result.event.id);
      return { seq: raw.seq, ok: true, event: result.event };
    }
    return { seq: raw.seq, ok: false, id: readableId(raw), problems, raw };
  });
}

/**
 * Stores events under the insert lock (taken first), each with the time it was received;
 * returns the ids that were already on the server (the ON CONFLICT skips). Rows go through one
 * JSON parameter, in order, so server_seq follows arrival and each kiosk's seq. Push
 * (push.ts) and the server's own events both write through here.
 */
export async function insertEvents(
  tx: Queryable,
  events: { event: KioskEvent; now: number }[],
): Promise<Set<string>> {
  if (events.length === 0) return new Set();
  await tx.query(INSERT_LOCK);
  const rows = events.map(({ event: e, now }, n) => ({
    n,
    id: e.id,
    kiosk_id: e.kioskId,
    seq: e.seq,
    type: e.type,
    at: e.at,
    body: JSON.stringify(e),
    received_at: now,
  }));
  const inserted = await tx.query<{ id: string }>(
    `INSERT INTO events (id, kiosk_id, seq, type, at, body, received_at)
     SELECT x.id, x.kiosk_id, x.seq, x.type, x.at, x.body, x.received_at
     FROM json_to_recordset($1::json) AS x(n integer, id text, kiosk_id text, seq bigint,
       type text, at bigint, body text, received_at bigint)
     ORDER BY n
     ON CONFLICT (id) DO NOTHING
     RETURNING id`,
    [JSON.stringify(rows)],
  );
  // Every row new (the usual case): nothing to compare.
  if (inserted.rows.length === events.length) return new Set();
  const stored = new Set(inserted.rows.map((row) => row.id));
  return new Set(events.map(({ event }) => event.id).filter((id) => !stored.has(id)));
}

async function highWaterForUpdate(tx: Queryable, kioskId: string): Promise<number> {
  const { rows } = await tx.query<{ acked: number }>(
    `SELECT acked FROM kiosks WHERE id = $1 FOR UPDATE`,
    [kioskId],
  );
  if (!rows[0]) throw new ApiError(401, 'unauthorized', 'Unknown kiosk');
  return rows[0].acked;
}

/**
 * Appends events made by the server itself (origin `serverId`, its own gap-free seq), all or
 * nothing. `make` runs inside the transaction, after the server's row is locked: it receives the
 * first seq and the transaction (so what it reads to decide cannot change before the commit:
 * two admin imports at once run one after the other) and returns the complete events, which
 * must validate.
 */
export async function appendServerEvents<T>(
  db: Database,
  serverId: string,
  now: number,
  make: (firstSeq: number, tx: Queryable) => Promise<{ events: KioskEvent[]; result: T }>,
): Promise<{ events: KioskEvent[]; result: T }> {
  return db.transaction(async (tx) => {
    const acked = await highWaterForUpdate(tx, serverId);
    const made = await make(acked + 1, tx);
    const { events } = made;
    const bad = checkBatch(serverId, events).find((c) => !c.ok);
    if (bad && !bad.ok)
      throw new Error(`server event ${bad.seq} is invalid: ${bad.problems.join('; ')}`);
    const duplicates = await insertEvents(
      tx,
      events.map((event) => ({ event, now })),
    );
    if (duplicates.size > 0) throw new Error('server event id collision');
    if (events.length > 0) {
      await tx.query(`UPDATE kiosks SET acked = $2 WHERE id = $1`, [
        serverId,
        acked + events.length,
      ]);
    }
    return made;
  });
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

/** Stored events of the given types (roster, staff), in the domain's order (at, then id). */
export async function eventsOfTypes(
  db: Queryable,
  types: readonly string[],
): Promise<KioskEvent[]> {
  const params = types.map((_, i) => `$${i + 1}`).join(', ');
  const { rows } = await db.query<{ body: string }>(
    `SELECT body FROM events WHERE type IN (${params}) ORDER BY at, id`,
    [...types],
  );
  return rows.map((row) => JSON.parse(row.body) as KioskEvent);
}

/** Attendance events whose kiosk time is in [start, end), every kiosk. */
export async function attendanceBetween(db: Queryable, start: number, end: number) {
  const { rows } = await db.query<{ body: string }>(
    `SELECT body FROM events WHERE type IN ${ATTENDANCE_TYPES} AND at >= $1 AND at < $2`,
    [start, end],
  );
  return rows.map((row) => JSON.parse(row.body) as KioskEvent).filter(isAttendanceEvent);
}
