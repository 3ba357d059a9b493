// Scans while staff mode is open: recorded exactly as on the learners' screen (same recordScan,
// same policy, same settings), one after the other in arrival order, and kept as the latest scan
// for the staff notice and the reception list.
import { useCallback, useRef, useState } from 'react';
import type { CheckInSettings } from '../../../shared/types';
import type { ScanRead } from '../../../shared/wedge';
import { recordScan, type ScanResult } from '../../db/recordScan';
import { useWedgeScanner } from '../../ui/useWedgeScanner';
import type { KioskDatabase, LearnerRow } from '../../db/schema';

export interface StaffScan {
  /** Counts the scans of this staff session from 1: a new scan of the same badge is news too. */
  serial: number;
  result: ScanResult;
  /** The badge's learner, whatever the outcome (a revoked badge still names its learner). */
  learner: LearnerRow | null;
  /** When the scan was handled. */
  at: number;
}

export function useStaffScans(db: KioskDatabase, settings: CheckInSettings): StaffScan | null {
  const [latest, setLatest] = useState<StaffScan | null>(null);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const serial = useRef(0);

  const submit = useCallback(
    (read: ScanRead) => {
      queue.current = queue.current
        .then(async () => {
          const at = Date.now();
          const result = await recordScan(db, read, 'scanner', settings, at);
          const learner = read.ok ? await learnerOfToken(db, read.token) : null;
          serial.current += 1;
          setLatest({ serial: serial.current, result, learner, at });
        })
        // One failed scan must never stop the queue for the next learner.
        .catch((error: unknown) => console.error('Scan handling failed in staff mode', error));
    },
    [db, settings],
  );
  useWedgeScanner(submit);
  return latest;
}

async function learnerOfToken(db: KioskDatabase, token: string): Promise<LearnerRow | null> {
  try {
    const badge = await db.badges.get(token);
    return (badge && (await db.learners.get(badge.learnerId))) ?? null;
  } catch (error) {
    // The scan itself was recorded (or its failure reported): the notice goes without a name.
    console.error('The scanned learner could not be read', error);
    return null;
  }
}
