// The console's attendance of the whole centre: the kiosk's reports (shared/reports.ts, built in
// an admin worker: jobs/report-job.ts) over every kiosk's events, named from the server's roster
// (roster-view.ts); the roster's groups for the export form; and the admin API's streamed export
// (export.ts) for a console session, recorded in the audit log. Admin only.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { ConsoleReport } from '../../shared/console-reports';
import {
  DEFAULT_DROP_RULE,
  REPORT_WEEKS,
  reportRange,
  type AttendanceReport,
} from '../../shared/reports';
import { rangeBounds } from '../../shared/export';
import { brusselsDay } from '../../shared/time';
import { XLSX_MIME } from '../../shared/xlsx';
import type { Database } from '../db';
import { streamExport, type ExportLimits } from '../export';
import type { AdminJobs } from '../jobs/pool';
import type { ReportParams } from '../jobs/report-job';
import { topServerSeq } from '../store/events';
import { errors, ExportQuery, FileBody } from '../schemas';
import { audit, type guard as Guard } from './guard';
import type { RosterView } from './roster-view';

export interface ConsoleReportsOptions {
  db: Database;
  now: () => number;
  guard: typeof Guard;
  jobs: AdminJobs;
  exportLimits: ExportLimits;
  roster: RosterView;
}

const PREFIX = '/v1/console/reports';

export const consoleReports: FastifyPluginAsyncTypebox<ConsoleReportsOptions> = async (
  app,
  options,
) => {
  const { db, now, guard, jobs, roster } = options;
  const pageRows = options.exportLimits.pageRows;

  app.get(
    PREFIX,
    {
      onRequest: guard('admin'),
      schema: {
        hide: true,
        summary: "The kiosk's attendance reports over every kiosk's events",
        response: {
          200: Type.Unsafe<ConsoleReport>({}),
          ...errors(401, 403, 429, 503),
        },
      },
    },
    async (): Promise<ConsoleReport> => {
      const computedAt = now();
      const today = brusselsDay(computedAt);
      const { first, last } = reportRange({
        today,
        weeks: REPORT_WEEKS,
        dropRule: DEFAULT_DROP_RULE,
      });
      // Every read bounded by the log as it is now: the report is one state of it.
      const scope = { ...rangeBounds({ from: first, to: last }), top: await topServerSeq(db) };
      const params: ReportParams = { today, scope, pageRows };
      const report = await jobs.start<AttendanceReport>('report', params).result;
      const { learners } = (await roster.read()).roster;
      // An archived learner left on purpose: not someone to get in touch with.
      const dropped = report.dropped.flatMap((entry) => {
        const learner = learners.get(entry.learnerId);
        if (learner?.status === 'archived') return [];
        const names = learner && {
          firstName: learner.firstName,
          lastName: learner.lastName,
          groups: learner.groups,
        };
        return [{ entry, learner: names }];
      });
      return { report, dropped, rule: DEFAULT_DROP_RULE, weeks: REPORT_WEEKS, computedAt };
    },
  );

  app.get(
    `${PREFIX}/groups`,
    {
      onRequest: guard('admin'),
      schema: {
        hide: true,
        summary: "The roster's groups, for the export form",
        response: {
          200: Type.Object({ groups: Type.Array(Type.String()) }),
          ...errors(401, 403, 429, 503),
        },
      },
    },
    async () => {
      const groups = new Set<string>();
      for (const learner of (await roster.read()).roster.learners.values())
        for (const group of learner.groups) groups.add(group);
      return { groups: [...groups] };
    },
  );

  app.get(
    `${PREFIX}/export`,
    {
      onRequest: guard('admin'),
      schema: {
        hide: true,
        summary: 'Attendance export of every kiosk, as GET /v1/admin/export, for a console session',
        querystring: ExportQuery,
        response: {
          200: {
            description: 'The file: CSV for csv-semicolon and csv-comma, a workbook for xlsx',
            content: {
              'text/csv': { schema: FileBody() },
              [XLSX_MIME]: { schema: FileBody('binary') },
            },
          },
          ...errors(400, 401, 403, 429, 503),
        },
      },
    },
    async (request, reply) => {
      const { kind, format, from, to, group } = request.query;
      const file = await streamExport(db, jobs, request.query, options.exportLimits, reply, (f) =>
        audit(db, request, 'export', { name: f.name, kind, format, from, to, group: group ?? '' }),
      );
      file.job.result.then(
        ({ rows }) => request.log.info({ name: file.name, rows }, 'console export'),
        (error: unknown) => request.log.warn({ err: error, name: file.name }, 'export stopped'),
      );
      return reply;
    },
  );
};
