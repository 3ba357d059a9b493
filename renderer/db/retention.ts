// The retention period the admin sets (issue 3, settings): attendance of the learners (minors)
// is personal data, kept on a kiosk no longer than the centre decided. Roster, staff and settings
// events are not attendance and stay: the projections come from them.
import Dexie from 'dexie';
import { brusselsDay, dayBounds } from '../../shared/time';
import { DEFAULT_KIOSK_SETTINGS, isAttendanceEvent } from '../../shared/types';
import { loadKioskSettings } from './open';
import type { EventRow, KioskDatabase } from './schema';

const DAY_MS = 86_400_000;
/** Rows deleted a transaction: the first purge of an old kiosk must not hold one huge one. */
const CHUNK = 2_000;
const BLOCKS_A_TRANSACTION = 200;

export interface PurgeOutcome {
  /** The first day kept. */
  keptFrom: string;
  /** Attendance events deleted: rows of `events`, and packed events. */
  rows: number;
  packed: number;
}

/**
 * Deletes the attendance of days before `retentionDays` ago, except this kiosk's own events: the
 * server's gap-free sequence per kiosk needs them to re-enrol on another server (ARCHITECTURE.md,
 * Storage). Packed history goes a day's rows at a time; received rows in chunks.
 */
export async function purgeExpiredAttendance(
  db: KioskDatabase,
  now = Date.now(),
  retentionDays?: number,
): Promise<PurgeOutcome> {
  const days =
    retentionDays ??
    (await loadKioskSettings(db))?.retentionDays ??
    DEFAULT_KIOSK_SETTINGS.retentionDays;
  const keptFrom = brusselsDay(dayBounds(brusselsDay(now)).start - days * DAY_MS + DAY_MS / 2);
  const kiosk = await db.kiosk.get('self');
  const expired = (row: EventRow) =>
    isAttendanceEvent(row) && row.kioskId !== kiosk?.kioskId && row.pending !== 1;

  let packed = 0;
  for (;;) {
    const blocks = await db.transaction('rw', db.archive, async () => {
      const expiredBlocks = await db.archive
        .where('[day+block]')
        .below([keptFrom, Dexie.minKey])
        .limit(BLOCKS_A_TRANSACTION)
        .toArray();
      await db.archive.bulkDelete(expiredBlocks.map((b): [string, string] => [b.day, b.block]));
      return expiredBlocks;
    });
    for (const block of blocks) packed += block.events.length;
    if (blocks.length < BLOCKS_A_TRANSACTION) break;
  }

  let rows = 0;
  for (;;) {
    const keys = await db.transaction('rw', db.events, async () => {
      const ids = await db.events
        .where('day')
        .below(keptFrom)
        .filter(expired)
        .limit(CHUNK)
        .primaryKeys();
      await db.events.bulkDelete(ids);
      return ids.length;
    });
    rows += keys;
    if (keys < CHUNK) break;
  }
  return { keptFrom, rows, packed };
}
