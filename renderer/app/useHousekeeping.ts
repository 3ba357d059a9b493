// Runs the kiosk's housekeeping (renderer/db/housekeeping.ts: packing past rows, the retention
// period) while it runs: shortly after start-up (not during it: the first scan comes first),
// every few hours, and again when the admin changes the period.
import { useEffect } from 'react';
import { runHousekeeping } from '../db/housekeeping';
import type { KioskDatabase } from '../db/schema';
import { readOwnPackable } from '../sync/state';

/** After start-up and after a change of the period. */
const HOUSEKEEPING_FIRST_RUN_MS = 10_000;
const HOUSEKEEPING_PERIOD_MS = 6 * 3_600_000;

export function useHousekeeping(db: KioskDatabase | null, retentionDays: number | undefined) {
  useEffect(() => {
    if (!db) return;
    const run = () => {
      readOwnPackable(db)
        .then((own) => runHousekeeping(db, { retentionDays, own }))
        .then(
          (outcome) => {
            if (outcome.packed + outcome.ownPacked + outcome.deleted > 0) {
              console.info('housekeeping:', outcome);
            }
          },
          // Each step is its own short transaction: a failure loses nothing; tried again later.
          (error: unknown) => console.warn('housekeeping failed', error),
        );
    };
    const first = setTimeout(run, HOUSEKEEPING_FIRST_RUN_MS);
    const every = setInterval(run, HOUSEKEEPING_PERIOD_MS);
    return () => {
      clearTimeout(first);
      clearInterval(every);
    };
  }, [db, retentionDays]);
}
