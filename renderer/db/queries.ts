// The two indexed reads of a scan: a learner's events today, a token's recent unknown scans.
import Dexie from 'dexie';
import type { EventRow, KioskDatabase } from './schema';

/** A learner's attendance events between two instants, from the [learnerId+at] index. */
export function learnerEventsBetween(
  db: KioskDatabase,
  learnerId: string,
  start: number,
  end: number,
): Promise<EventRow[]> {
  return db.events
    .where('[learnerId+at]')
    .between([learnerId, start], [learnerId, end], true, false)
    .toArray();
}

/** The latest unknown-badge scan of a token since `since`, from the [token+at] index. */
export async function lastUnknownScan(
  db: KioskDatabase,
  token: string,
  since: number,
): Promise<number | null> {
  const rows = await db.events
    .where('[token+at]')
    .between([token, since], [token, Dexie.maxKey])
    .filter((row) => row.type === 'unknown-badge')
    .toArray();
  return rows.reduce<number | null>((latest, row) => Math.max(latest ?? row.at, row.at), null);
}
