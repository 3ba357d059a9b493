// Storing events made elsewhere (another kiosk through the server, the demo history): no outbox
// mark, duplicates skipped by id, received past attendance packed by day.
import Dexie from 'dexie';
import { brusselsDay } from '../../shared/time';
import type { KioskEvent } from '../../shared/types';
import { appendTables, CHUNK, toRow } from './append';
import { isPacked, packAttendance } from './attendance';
import { applyProjections } from './projections';
import type { KioskDatabase } from './schema';

/**
 * Stores events made elsewhere (another kiosk, the server, an archive): not pending, duplicates
 * ignored by id. The sync client's pull uses the same path. Attendance of days before `now`'s
 * day is packed by day into `archive` (attendance.ts); the rest become rows of `events`.
 *
 * No read before the write: each IndexedDB request costs a round trip to the browser's database
 * process, and reading every id first made a pull page half reads. Duplicates are rare (an
 * archive stored twice), so the adds go straight in and their constraint failures are checked
 * afterwards; projections then see only the events that were new. Returns how many events were
 * stored (packed ones all count: their duplicates are dropped when read).
 */
export async function storeReceivedEvents(
  db: KioskDatabase,
  events: readonly KioskEvent[],
  now = Date.now(),
): Promise<number> {
  const today = brusselsDay(now);
  let stored = 0;
  for (let i = 0; i < events.length; i += CHUNK) {
    const chunk = events.slice(i, i + CHUNK);
    const packed = chunk.filter((e) => isPacked(e, today));
    const rows = packed.length === 0 ? chunk : chunk.filter((e) => !isPacked(e, today));
    stored += await db.transaction('rw', receiveTables(db), async () => {
      const [fresh] = await Promise.all([
        addNew(db, rows),
        packed.length > 0 ? packAttendance(db, packed) : undefined,
      ]);
      await applyProjections(db, fresh);
      return fresh.length + packed.length;
    });
  }
  return stored;
}

/** The tables a transaction that stores received events must include. */
export function receiveTables(db: KioskDatabase) {
  return [...appendTables(db), db.archive];
}

/** Adds the events; those whose id is already stored are skipped, any other failure throws. */
async function addNew(db: KioskDatabase, events: readonly KioskEvent[]): Promise<KioskEvent[]> {
  if (events.length === 0) return [];
  try {
    await db.events.bulkAdd(events.map((e) => toRow(e, false)));
    return [...events];
  } catch (error) {
    if (!(error instanceof Dexie.BulkError)) throw error;
    // A failed add inside bulkAdd does not abort the transaction: Dexie reports it here.
    const failed = Object.entries(error.failuresByPos).map(([pos, cause]) => ({
      event: events[Number(pos)]!,
      cause,
    }));
    const there = await db.events.bulkGet(failed.map((f) => f.event.id));
    // Same id already stored: a duplicate. Anything else (a [kioskId+seq] clash under another
    // id, a quota) is a real failure and aborts the transaction, as before.
    const other = failed.find((f, j) => f.cause.name !== 'ConstraintError' || !there[j]);
    if (other) throw other.cause;
    const duplicate = new Set(failed.map((f) => f.event));
    return events.filter((e) => !duplicate.has(e));
  }
}
