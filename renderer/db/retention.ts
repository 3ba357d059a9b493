// The retention period the admin sets (issue 3, settings): attendance of the learners (minors)
// is personal data, kept on a kiosk no longer than the centre decided. Roster, staff and settings
// events are not attendance and stay: the projections come from them.
import { brusselsDay, dayBounds } from '../../shared/time';
import { DEFAULT_KIOSK_SETTINGS, isAttendanceEvent } from '../../shared/types';
import { deletePackedBefore } from './attendance';
import { loadKioskSettings } from './open';
import type { EventRow, KioskDatabase } from './schema';

const DAY_MS = 86_400_000;
/** Rows looked at a transaction: each stays a few milliseconds. */
const PAGE = 400;

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
 * Storage). Packed history and received rows go in short transactions.
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

  const packed = await deletePackedBefore(db, keptFrom);

  // Rows go a page at a time in short transactions: a scan waits on a write transaction over
  // `events`, and the roster's own old rows (kept) are in the same index range.
  let rows = 0;
  let offset = 0;
  for (;;) {
    const { visited, deleted } = await db.transaction('rw', db.events, async () => {
      const page = await db.events
        .where('day')
        .below(keptFrom)
        .offset(offset)
        .limit(PAGE)
        .toArray();
      const ids = page.filter(expired).map((row) => row.id);
      await db.events.bulkDelete(ids);
      return { visited: page.length, deleted: ids.length };
    });
    rows += deleted;
    offset += visited - deleted;
    if (visited < PAGE) break;
  }
  return { keptFrom, rows, packed };
}
