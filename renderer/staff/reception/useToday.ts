// Today's attendance and the roster, live: the day's events come from the `day` index (never the
// whole log) and are folded by shared/attendance.ts, the same fold the sync server will use.
// From the day's closing time (the admin's opening hours) nobody counts as in the building.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { foldAttendance, type LearnerDay } from '../../../shared/attendance';
import { closingAt } from '../../../shared/opening-hours';
import { buildSearchIndex, type SearchIndex } from '../../../shared/search';
import { brusselsDay } from '../../../shared/time';
import { isAttendanceEvent } from '../../../shared/types';
import { loadKioskSettings } from '../../db/open';
import type { KioskDatabase, LearnerRow } from '../../db/schema';

export interface Today {
  day: string;
  learners: Map<string, LearnerRow>;
  days: Map<string, LearnerDay>;
  index: SearchIndex;
  /** Today's closing instant by the opening hours, or null: none set for today. */
  closingAt: number | null;
}

export function useToday(db: KioskDatabase): Today | undefined {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
  const day = brusselsDay(now);

  // Rows without names are placeholders for archives that arrived before their learner.
  const learnerRows = useLiveQuery(
    () => db.learners.filter((l) => l.firstName !== '' || l.lastName !== '').toArray(),
    [db],
  );
  const events = useLiveQuery(() => db.events.where('day').equals(day).toArray(), [db, day]);
  const hours = useLiveQuery(async () => (await loadKioskSettings(db))?.openingHours ?? [], [db]);
  // Memoised: every render (each keystroke in the search) would work out the weekday again.
  const closing = useMemo(() => (hours ? closingAt(hours, day) : null), [hours, day]);

  const learners = useMemo(() => new Map(learnerRows?.map((l) => [l.id, l])), [learnerRows]);
  const index = useMemo(() => buildSearchIndex(learnerRows ?? []), [learnerRows]);
  const days = useMemo(
    () =>
      foldAttendance(
        (events ?? []).flatMap((e) => (isAttendanceEvent(e) ? [e] : [])),
        { closingAt: closing, now },
      ),
    [events, closing, now],
  );
  const ready = learnerRows !== undefined && events !== undefined;
  // One object per change of the day, not per render: the reception list sorts 10,000 names
  // when it changes, and a render (a keystroke, the roll call opening) must not cause that.
  return useMemo(
    () => (ready ? { day, learners, days, index, closingAt: closing } : undefined),
    [ready, day, learners, days, index, closing],
  );
}
