// Enforces the admin's retention period (renderer/db/retention.ts) while the kiosk runs: shortly
// after start-up (not during it: the first scan comes first), every few hours, and again when
// the admin changes the period.
import { useEffect } from 'react';
import { purgeExpiredAttendance } from '../db/retention';
import type { KioskDatabase } from '../db/schema';

/** After start-up and after a change of the period. */
export const RETENTION_FIRST_RUN_MS = 10_000;
const RETENTION_PERIOD_MS = 6 * 3_600_000;

export function useRetention(db: KioskDatabase | null, retentionDays: number | undefined): void {
  useEffect(() => {
    if (!db) return;
    const run = () => {
      purgeExpiredAttendance(db, Date.now(), retentionDays).then(
        (outcome) => {
          if (outcome.rows + outcome.packed > 0) console.info('retention: purged', outcome);
        },
        // A failed purge deletes nothing (each chunk is one transaction): tried again later.
        (error: unknown) => console.warn('retention: purge failed', error),
      );
    };
    const first = setTimeout(run, RETENTION_FIRST_RUN_MS);
    const every = setInterval(run, RETENTION_PERIOD_MS);
    return () => {
      clearTimeout(first);
      clearInterval(every);
    };
  }, [db, retentionDays]);
}
