// Push, with application-level group commit. One writer per database (per server process) runs
// one transaction at a time; pushes that arrive while it commits wait and go together into the
// next one, so many pushes share one fsync instead of queueing one fsync each behind the insert
// lock. Each push is still judged on its own, in arrival order, inside the group (unknown kiosk,
// gap, repeat, malformed events): those outcomes are worked out in memory against the marks read
// FOR UPDATE at the start, so one push's 401 or 409 never touches another's. A group that fails
// because the database is out of reach fails every push in it at once (503: they all retry
// later); for any other reason (a fault hook, a database error) it is retried one push per
// transaction, so a poisonous push fails alone. What can be made of each push without the
// database (validation, the text kept of a rejected event) is made before it joins a group, and
// cannot throw. Every answer is sent after its group committed.
//
// Rejected events are kept for forensics, but bounded per kiosk (rows and characters, newest
// kept): a kiosk stuck sending garbage cannot fill the disk. kiosks.rejected_dropped counts the
// ones dropped.
//
// The insert lock (events.ts) is still held from the first server_seq drawn to the commit: within
// a process the writer already serialises inserts, the lock orders them against other processes
// and against appendServerEvents, which is what keeps pull from skipping a late commit.
import { isUnavailable, type Database, type Queryable } from '../db';
import { ApiError } from '../errors';
import type { KioskEvent } from '../../shared/types';
import type { PushResponse, RejectedEvent } from '../../shared/sync-protocol';
import { GapError, insertEvents } from './events';
import { checkBatch, type Checked } from './rows';

type Answer = Omit<PushResponse, 'serverTime'>;
type Rejection = Extract<Checked, { ok: false }>;

/** Rejected events kept per kiosk, newest first: at most `rows`, and `bytes` characters. */
export interface RejectedBound {
  rows: number;
  bytes: number;
}

export const DEFAULT_REJECTED_BOUND: RejectedBound = { rows: 1_000, bytes: 1024 * 1024 };

interface Pending {
  kioskId: string;
  checked: Checked[];
  first: number;
  last: number;
  now: number;
  beforeCommit: Hook;
  bound: RejectedBound;
  resolve: (answer: Answer) => void;
  reject: (error: unknown) => void;
}

type Outcome = { ok: true; answer: Answer } | { ok: false; error: unknown };

/** A group stops growing here: bounds one transaction's size and the wait of its first push. */
const GROUP_EVENTS = 20_000;

type Hook = ((kioskId: string) => Promise<void>) | undefined;

class PushWriter {
  private queue: Pending[] = [];
  private running = false;

  constructor(private readonly db: Database) {}

  submit(push: Omit<Pending, 'resolve' | 'reject'>): Promise<Answer> {
    return new Promise((resolve, reject) => {
      this.queue.push({ ...push, resolve, reject });
      if (!this.running) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.running = true;
    try {
      while (this.queue.length > 0) {
        let events = 0;
        let n = 0;
        while (n < this.queue.length && (n === 0 || events < GROUP_EVENTS)) {
          events += this.queue[n]!.checked.length;
          n++;
        }
        const group = this.queue.splice(0, n);
        let outcomes: Outcome[];
        try {
          outcomes = await this.commit(group);
        } catch (error) {
          if (group.length === 1 || isUnavailable(error)) {
            outcomes = group.map((): Outcome => ({ ok: false, error }));
          } else {
            outcomes = [];
            for (const one of group) {
              outcomes.push(
                await this.commit([one]).then(
                  ([outcome]) => outcome!,
                  (e: unknown): Outcome => ({ ok: false, error: e }),
                ),
              );
            }
          }
        }
        group.forEach((p, i) => {
          const outcome = outcomes[i]!;
          if (outcome.ok) p.resolve(outcome.answer);
          else p.reject(outcome.error);
        });
      }
    } finally {
      this.running = false;
    }
  }

  /** One transaction for the group; outcomes in the group's order. Throws only when it failed. */
  private commit(group: Pending[]): Promise<Outcome[]> {
    return this.db.transaction(async (tx) => {
      const kioskIds = [...new Set(group.map((p) => p.kioskId))];
      // ORDER BY id: row locks in one order, so two server processes cannot deadlock on them.
      const marks = await tx.query<{ id: string; acked: number }>(
        `SELECT id, acked FROM kiosks WHERE id = ANY($1::text[]) ORDER BY id FOR UPDATE`,
        [kioskIds],
      );
      const acked = new Map(marks.rows.map((row) => [row.id, row.acked]));
      const seen = new Map<string, number>(); // kiosk → newest request time, for last_seen_at
      const candidates: { event: KioskEvent; now: number }[] = [];
      const inGroup = new Set<string>(); // event ids this group inserts
      const plans = group.map((p): Plan => {
        const mark = acked.get(p.kioskId);
        if (mark === undefined) {
          return { error: new ApiError(401, 'unauthorized', 'Unknown kiosk') };
        }
        seen.set(p.kioskId, Math.max(seen.get(p.kioskId) ?? 0, p.now));
        if (p.first > mark + 1) return { error: new GapError(mark) };
        const fresh: { c: Checked; repeat: boolean }[] = [];
        for (const c of p.checked) {
          if (c.seq <= mark) continue;
          const repeat = c.ok && inGroup.has(c.event.id);
          if (c.ok && !repeat) {
            inGroup.add(c.event.id);
            candidates.push({ event: c.event, now: p.now });
          }
          fresh.push({ c, repeat });
        }
        acked.set(p.kioskId, Math.max(mark, p.last));
        return { mark, fresh };
      });
      const existing = candidates.length > 0 ? await insertEvents(tx, candidates) : new Set();
      const rows: RejectedRow[] = [];
      const outcomes = group.map((p, i): Outcome => {
        const plan = plans[i]!;
        if ('error' in plan) return { ok: false, error: plan.error };
        const rejected: RejectedEvent[] = [];
        for (const { c, repeat } of plan.fresh) {
          const r = c.ok ? (repeat || existing.has(c.event.id) ? duplicate(c) : null) : c;
          if (!r) continue;
          rejected.push({ seq: r.seq, id: r.id, problems: r.problems });
          rows.push({
            kiosk_id: p.kioskId,
            seq: r.seq,
            event_id: r.id,
            problems: JSON.stringify(r.problems),
            raw: r.raw,
            received_at: p.now,
          });
        }
        return { ok: true, answer: { acked: Math.max(plan.mark, p.last), rejected } };
      });
      if (rows.length > 0) {
        await tx.query(
          `INSERT INTO rejected_events (kiosk_id, seq, event_id, problems, raw, received_at)
           SELECT x.kiosk_id, x.seq, x.event_id, x.problems, x.raw, x.received_at
           FROM json_to_recordset($1::json) AS x(kiosk_id text, seq bigint, event_id text,
             problems text, raw text, received_at bigint)
           ON CONFLICT DO NOTHING`,
          [JSON.stringify(rows)],
        );
        // Each push's own bound (servers sharing a database in tests may differ).
        const kiosksOf = new Map<RejectedBound, Set<string>>();
        for (const p of group) {
          if (!rows.some((row) => row.kiosk_id === p.kioskId)) continue;
          kiosksOf.set(p.bound, (kiosksOf.get(p.bound) ?? new Set()).add(p.kioskId));
        }
        for (const [bound, kiosks] of kiosksOf) await keepNewestRejections(tx, [...kiosks], bound);
      }
      // The marks and last_seen_at in one statement (authenticateKiosk leaves last_seen_at to
      // it, which saves each push a commit of its own). GREATEST: a mark never goes back.
      const ids = [...seen.keys()];
      await tx.query(
        `UPDATE kiosks AS k SET acked = GREATEST(k.acked, x.acked),
           last_seen_at = x.seen
         FROM unnest($1::text[], $2::bigint[], $3::bigint[]) AS x(id, acked, seen)
         WHERE k.id = x.id`,
        [ids, ids.map((id) => acked.get(id)!), ids.map((id) => seen.get(id)!)],
      );
      // A repeated range reports what was stored for it then (and now): read back, as before.
      for (const [i, p] of group.entries()) {
        const plan = plans[i]!;
        const outcome = outcomes[i]!;
        if ('error' in plan || !outcome.ok || p.first > plan.mark) continue;
        outcome.answer.rejected = await rejectionsBetween(tx, p.kioskId, p.first, p.last);
      }
      for (const [i, p] of group.entries()) {
        const plan = plans[i]!;
        if (!('error' in plan) && plan.fresh.length > 0) await p.beforeCommit?.(p.kioskId);
      }
      return outcomes;
    });
  }
}

type Plan = { error: unknown } | { mark: number; fresh: { c: Checked; repeat: boolean }[] };

interface RejectedRow {
  kiosk_id: string;
  seq: number;
  event_id: string | null;
  problems: string;
  raw: string;
  received_at: number;
}

function duplicate(c: Extract<Checked, { ok: true }>): Rejection {
  const problems = ['id: already on the server for another event'];
  return { seq: c.seq, ok: false, id: c.event.id, problems, raw: JSON.stringify(c.event) };
}

/** Drops each kiosk's oldest rejected events past the bound, and counts them. */
async function keepNewestRejections(tx: Queryable, kioskIds: string[], bound: RejectedBound) {
  await tx.query(
    `WITH ranked AS (
       SELECT kiosk_id, seq, row_number() OVER w AS n, sum(length(raw)) OVER w AS chars
       FROM rejected_events WHERE kiosk_id = ANY($1::text[])
       WINDOW w AS (PARTITION BY kiosk_id ORDER BY seq DESC)
     ), gone AS (
       DELETE FROM rejected_events AS r USING ranked AS x
       WHERE r.kiosk_id = x.kiosk_id AND r.seq = x.seq AND (x.n > $2 OR x.chars > $3)
       RETURNING r.kiosk_id
     )
     UPDATE kiosks AS k SET rejected_dropped = k.rejected_dropped + d.n
     FROM (SELECT kiosk_id, count(*) AS n FROM gone GROUP BY kiosk_id) AS d
     WHERE k.id = d.kiosk_id`,
    [kioskIds, bound.rows, bound.bytes],
  );
}

async function rejectionsBetween(
  tx: Queryable,
  kioskId: string,
  first: number,
  last: number,
): Promise<RejectedEvent[]> {
  const { rows } = await tx.query<{ seq: number; event_id: string | null; problems: string }>(
    `SELECT seq, event_id, problems FROM rejected_events
     WHERE kiosk_id = $1 AND seq BETWEEN $2 AND $3 ORDER BY seq`,
    [kioskId, first, last],
  );
  return rows.map((row) => ({
    seq: row.seq,
    id: row.event_id,
    problems: JSON.parse(row.problems) as string[],
  }));
}

const writers = new WeakMap<Database, PushWriter>();

/**
 * One push: sequence numbers at or below the kiosk's mark were handled before and are not looked
 * at again (so a repeated batch changes nothing and gets the same report); the rest are stored or
 * rejected, and the mark moves to the batch's last seq, in the same transaction.
 */
export async function push(
  db: Database,
  kioskId: string,
  items: readonly { seq: number }[],
  now: number,
  options: { beforeCommit?: Hook; rejectedPerKiosk?: RejectedBound } = {},
): Promise<Answer> {
  const contiguous = items.every((item, i) => item.seq === items[0]!.seq + i);
  if (!contiguous || items.length === 0) {
    const { rows } = await db.query<{ acked: number }>(
      `UPDATE kiosks SET last_seen_at = $2 WHERE id = $1 RETURNING acked`,
      [kioskId, now],
    );
    const acked = rows[0]?.acked ?? 0;
    if (!contiguous) throw new GapError(acked);
    return { acked, rejected: [] };
  }
  // Validation (the CPU part) runs here, outside the writer, while a group commits.
  const checked = checkBatch(kioskId, items);
  let writer = writers.get(db);
  if (!writer) writers.set(db, (writer = new PushWriter(db)));
  const first = items[0]!.seq;
  const last = first + items.length - 1;
  return writer.submit({
    kioskId,
    checked,
    first,
    last,
    now,
    beforeCommit: options.beforeCommit,
    bound: options.rejectedPerKiosk ?? DEFAULT_REJECTED_BOUND,
  });
}
