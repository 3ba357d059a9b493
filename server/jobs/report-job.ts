// The centre's attendance reports built in the admin worker thread: the kiosk's own report
// (shared/reports.ts buildReport) over every kiosk's attendance of the window, which the request
// thread reads page by page, with the names of the dropped learners from the roster's events.
// Also the roster's groups, for the console's export form. One rule for what counts as
// attendance, wherever the report is shown.
import {
  buildReport,
  DEFAULT_DROP_RULE,
  REPORT_WEEKS,
  type AttendanceReport,
  type DropRule,
  type DroppedLearner,
} from '../../shared/reports';
import type { AttendanceEvent, Learner } from '../../shared/types';
import { pages, type JobContext } from './protocol';
import { readRoster } from './roster-fold';

export interface ReportParams {
  /** The Brussels day the report ends with. */
  today: string;
}

export interface ServerReport {
  report: AttendanceReport;
  /** Dropped learners minus archived ones, with their names (none when the roster lacks them). */
  dropped: {
    entry: DroppedLearner;
    learner: Pick<Learner, 'firstName' | 'lastName' | 'groups'> | undefined;
  }[];
  rule: DropRule;
  weeks: number;
}

export async function reportJob(params: ReportParams, ctx: JobContext): Promise<ServerReport> {
  const options = { today: params.today, weeks: REPORT_WEEKS, dropRule: DEFAULT_DROP_RULE };
  const events: AttendanceEvent[] = [];
  for await (const page of pages(ctx, 'events'))
    for (const body of page) events.push(JSON.parse(body) as AttendanceEvent);
  const report = buildReport(events, options);
  const roster = await readRoster(pages(ctx, 'roster'));
  const dropped = report.dropped.flatMap((entry) => {
    const learner = roster.learners.get(entry.learnerId);
    if (learner?.status === 'archived') return [];
    const names = learner && {
      firstName: learner.firstName,
      lastName: learner.lastName,
      groups: learner.groups,
    };
    return [{ entry, learner: names }];
  });
  return { report, dropped, rule: DEFAULT_DROP_RULE, weeks: REPORT_WEEKS };
}

/** Every group of the roster's learners, as spelt (the page merges spellings, as the kiosk's). */
export async function groupsJob(_params: unknown, ctx: JobContext): Promise<string[]> {
  const roster = await readRoster(pages(ctx, 'roster'));
  const groups = new Set<string>();
  for (const learner of roster.learners.values())
    for (const group of learner.groups) groups.add(group);
  return [...groups];
}
