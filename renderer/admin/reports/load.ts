// Reads what the reports need and nothing more: the window's events through the `day` index
// (never the whole log) and only the learners that the dropped list names.
import {
  buildReport,
  DEFAULT_DROP_RULE,
  REPORT_WEEKS,
  reportRange,
  type DropRule,
} from '../../../shared/reports';
import { brusselsDay } from '../../../shared/time';
import { attendanceBetween } from '../../db/attendance';
import type { KioskDatabase } from '../../db/schema';
import type { LoadedReport } from '../../ui/reports/ReportScreen';

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
    return { report, dropped, rule, weeks: REPORT_WEEKS, computedAt: now };
  });
}
