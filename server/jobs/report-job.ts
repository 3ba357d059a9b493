// The centre's attendance reports built in the admin worker thread: the kiosk's own report
// (shared/reports.ts buildReport) over every kiosk's attendance of the window, which the request
// thread reads page by page. One rule for what counts as attendance, wherever it is shown.
import {
  buildReport,
  DEFAULT_DROP_RULE,
  REPORT_WEEKS,
  type AttendanceReport,
} from '../../shared/reports';
import type { AttendanceEvent } from '../../shared/types';
import { attendancePage, type AttendanceCursor } from '../store/events';
import { pages, type JobContext } from './protocol';

export interface ReportParams {
  /** The Brussels day the report ends with. */
  today: string;
  /** The report's window (ms) and the log's top when it began: one state of the log. */
  scope: { start: number; end: number; top: number };
  /** Events a read returns at most (ExportLimits). */
  pageRows: number;
}

/** The report as the kiosk computes it; the request thread adds the names (roster-view.ts). */
export async function reportJob(params: ReportParams, ctx: JobContext): Promise<AttendanceReport> {
  const options = { today: params.today, weeks: REPORT_WEEKS, dropRule: DEFAULT_DROP_RULE };
  const events: AttendanceEvent[] = [];
  const { scope, pageRows } = params;
  for await (const page of pages(ctx, (db, after: AttendanceCursor | null) =>
    attendancePage(db, scope, after, pageRows),
  ))
    for (const body of page) events.push(JSON.parse(body) as AttendanceEvent);
  return buildReport(events, options);
}
