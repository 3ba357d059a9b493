// Reads what the reports need and nothing more: the window's events through the `day` index
// (never the whole log) and only the learners that the dropped list names.
import {
  buildReport,
  DEFAULT_DROP_RULE,
  reportRange,
  type AttendanceReport,
  type DropRule,
  type DroppedLearner,
} from '../../../shared/reports';
import { brusselsDay } from '../../../shared/time';
import { attendanceBetween } from '../../db/attendance';
import type { KioskDatabase, LearnerRow } from '../../db/schema';

export const REPORT_WEEKS = 8;

export interface DroppedRow {
  entry: DroppedLearner;
  /** The roster row; undefined when the roster has not reached this kiosk yet. */
  learner: LearnerRow | undefined;
}

export interface LoadedReport {
  report: AttendanceReport;
  /** Dropped learners minus archived ones: an archived learner left on purpose. */
  dropped: DroppedRow[];
  rule: DropRule;
  computedAt: number;
}

export async function loadReport(
  db: KioskDatabase,
  now = Date.now(),
  rule: DropRule = DEFAULT_DROP_RULE,
): Promise<LoadedReport> {
  const options = { today: brusselsDay(now), weeks: REPORT_WEEKS, dropRule: rule };
  const { first, last } = reportRange(options);
  // One read transaction: the events and the names come from the same moment.
  return db.transaction('r', db.events, db.archive, db.learners, async () => {
    const report = buildReport(await attendanceBetween(db, first, last), options);
    const learners = await db.learners.bulkGet(report.dropped.map((d) => d.learnerId));
    const dropped = report.dropped.flatMap((entry, i) => {
      const learner = learners[i];
      return learner?.status === 'archived' ? [] : [{ entry, learner }];
    });
    return { report, dropped, rule, computedAt: now };
  });
}
