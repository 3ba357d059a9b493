// Appending this kiosk's own events: each gets its envelope (UUIDv7, the next gap-free sequence
// number, the time) and its outbox mark, and the roster projections follow in the same
// transaction.
import { brusselsDay } from '../../shared/time';
import type { EventBody, KioskEvent } from '../../shared/types';
import { uuidv7 } from '../../shared/uuid';
import { applyProjections } from './projections';
import type { EventRow, KioskDatabase, KioskRow, LearnerRow } from './schema';

const randomBytes = (n: number) => crypto.getRandomValues(new Uint8Array(n));

/** Rows are written in chunks so one huge import never holds one giant request list. */
export const CHUNK = 5_000;

export async function ensureKiosk(db: KioskDatabase, now = Date.now()): Promise<KioskRow> {
  return db.transaction('rw', db.kiosk, async () => {
    const existing = await db.kiosk.get('self');
    if (existing) return existing;
    const row: KioskRow = {
      key: 'self',
      kioskId: uuidv7(now, randomBytes),
      nextSeq: 1,
      createdAt: now,
    };
    await db.kiosk.add(row);
    return row;
  });
}

/** The tables an append touches: a caller's transaction that appends must include them all. */
export function appendTables(db: KioskDatabase) {
  return [db.kiosk, db.events, db.learners, db.badges, db.staff, db.settings];
}

/**
 * A body to append. `at` is for the rare event that records something that happened earlier
 * (sync resolving an unknown-badge scan keeps the scan's own time); otherwise it is `now`.
 */
export type AppendBody = EventBody & { at?: number };

interface AppendOptions {
  /**
   * Learner rows the caller already read in this same transaction (undefined: known to be
   * absent), so the projection does not read them again; it keeps the map up to date with what
   * it writes. A 10,000-learner import saves 10,000 reads this way.
   */
  knownLearners?: Map<string, LearnerRow | undefined>;
}

/**
 * Gives each body its envelope (UUIDv7, this kiosk's next gap-free sequence numbers, `at`) and
 * stores it with its outbox mark. Joins the caller's transaction when there is one, so a scan's
 * read, decision and append commit together or not at all.
 */
export async function appendEvents(
  db: KioskDatabase,
  bodies: readonly AppendBody[],
  now = Date.now(),
  options: AppendOptions = {},
): Promise<KioskEvent[]> {
  return db.transaction('rw', appendTables(db), async () => {
    const kiosk = await db.kiosk.get('self');
    if (!kiosk) throw new Error('Kiosk identity missing: ensureKiosk() must run at start-up');
    const events = bodies.map(
      (body, i) =>
        ({
          ...body,
          id: uuidv7(now, randomBytes),
          kioskId: kiosk.kioskId,
          seq: kiosk.nextSeq + i,
          at: body.at ?? now,
        }) as KioskEvent,
    );
    await db.kiosk.put({ ...kiosk, nextSeq: kiosk.nextSeq + events.length });
    for (let i = 0; i < events.length; i += CHUNK) {
      const chunk = events.slice(i, i + CHUNK);
      // Issued together: the database stores the events while this thread prepares the
      // projection rows. Same transaction: they commit or fail together.
      await Promise.all([
        db.events.bulkAdd(chunk.map((e) => toRow(e, true))),
        applyProjections(db, chunk, options.knownLearners),
      ]);
    }
    return events;
  });
}

export function toRow(event: KioskEvent, pending: boolean): EventRow {
  const row: EventRow = { ...event, day: brusselsDay(event.at) };
  if (pending) row.pending = 1;
  return row;
}
