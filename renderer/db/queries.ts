// The two indexed reads of a scan (a learner's events today, a token's recent unknown scans),
// and reception's list of scans needing help.
import Dexie from 'dexie';
import type { EventRow, HelpRow, KioskDatabase } from './schema';

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

/**
 * The day's refused scans staff have not settled, one per badge (its latest scan), newest first.
 * An unknown badge the roster has learnt since (linked here, or pulled) needs nothing more.
 */
export async function scansNeedingHelp(db: KioskDatabase, day: string): Promise<HelpRow[]> {
  const rows = await db.help.where('day').equals(day).toArray();
  const latest = new Map<string, HelpRow>();
  for (const row of rows) if (!row.settled) latest.set(row.token, row);
  const open = [...latest.values()];
  const known = await db.badges.bulkGet(open.map((row) => row.token));
  return open
    .filter((row, i) => row.outcome !== 'unknown' || known[i] === undefined)
    .sort((a, b) => b.at - a.at || (b.seq ?? 0) - (a.seq ?? 0));
}

/** Settles every scan of `token` on `day`: staff acted on it or dismissed it. */
export async function settleScanHelp(db: KioskDatabase, day: string, token: string): Promise<void> {
  await db.help
    .where('day')
    .equals(day)
    .filter((row) => row.token === token)
    .modify({ settled: 1 });
}
