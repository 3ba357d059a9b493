// Housekeeping while the kiosk runs (renderer/app/useHousekeeping.ts): received attendance rows
// of past days are packed (attendance.ts), and attendance older than the retention period the
// admin set (issue 3, settings) is deleted: the learners are minors and their attendance is
// personal data, kept on a kiosk no longer than the centre decided. Roster, staff and settings
// events are not attendance and stay: the projections come from them.
import { brusselsDay, dayBounds } from '../../shared/time';
import { DEFAULT_KIOSK_SETTINGS, isAttendanceEvent } from '../../shared/types';
import { deletePackedBefore, packRowsByDay } from './attendance';
import { loadKioskSettings } from './open';
import { packOwnHistory, type OwnPackable } from './own-history';
import type { KioskDatabase } from './schema';
import { readSetting, writeSetting } from './settings';

const DAY_MS = 86_400_000;

interface HousekeepingOutcome {
  /** The first day kept. */
  keptFrom: string;
  /** Received rows of past days moved into packed rows. */
  packed: number;
  /** This kiosk's own rows moved into packed rows (own-history.ts). */
  ownPacked: number;
  /** Packed attendance events deleted, older than the retention period. */
  deleted: number;
}

/**
 * Packs the received rows of the days before today and, given `own`, this kiosk's own past
 * (own-history.ts); then deletes received packed attendance of the days before the retention
 * period. Rows only become past by the day turning, so each run walks the days since the
 * previous run's, not the whole log. This kiosk's own events stay past the retention period: a
 * server numbers each kiosk's events gap-free from 1, and enrolment on another server sends them
 * all again (ARCHITECTURE.md, Storage).
 */
export function runHousekeeping(
  db: KioskDatabase,
  options: { now?: number; retentionDays?: number; own?: OwnPackable } = {},
): Promise<HousekeepingOutcome> {
  // One run at a time: two would walk the same rows and pack them twice.
  const running = inFlight.get(db);
  if (running) return running;
  const run = housekeep(db, options.now ?? Date.now(), options.retentionDays, options.own).finally(
    () => inFlight.delete(db),
  );
  inFlight.set(db, run);
  return run;
}

const inFlight = new WeakMap<KioskDatabase, Promise<HousekeepingOutcome>>();

async function housekeep(
  db: KioskDatabase,
  now: number,
  retentionDays: number | undefined,
  own: OwnPackable | undefined,
): Promise<HousekeepingOutcome> {
  const days =
    retentionDays ??
    (await loadKioskSettings(db))?.retentionDays ??
    DEFAULT_KIOSK_SETTINGS.retentionDays;
  const today = brusselsDay(now);
  const keptFrom = brusselsDay(dayBounds(today).start - days * DAY_MS + DAY_MS / 2);
  const [kiosk, saved] = await Promise.all([
    db.kiosk.get('self'),
    readSetting(db, 'housekeeping.packed-below'),
  ]);
  const from = saved !== undefined && saved <= today ? saved : '';
  const mark = async (day: string) => {
    await writeSetting(db, 'housekeeping.packed-below', day);
  };
  // A long first walk (a kiosk upgraded with years of rows) resumes where a restart cut it.
  // Received attendance whose day has passed: events pulled on their own day, while the other
  // kiosk was scanning. This kiosk's own events and anything pending are not theirs to pack.
  const packed = await packRowsByDay(
    db,
    { from, to: today },
    'in',
    (row) =>
      row.kioskId !== kiosk?.kioskId && row.pending !== 1 && isAttendanceEvent(row)
        ? 'pack'
        : 'pass',
    mark,
  );
  await mark(today);
  const ownPacked = kiosk && own ? await packOwnHistory(db, kiosk.kioskId, own, now) : 0;
  const deleted = await deletePackedBefore(db, keptFrom);
  // Refused scans matter on their day only: reception's panel shows today's.
  await db.help.where('day').below(today).delete();
  return { keptFrom, packed, ownPacked, deleted };
}
