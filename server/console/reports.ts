// The console's attendance of the whole centre: the kiosk's reports (shared/reports.ts, built in
// an admin worker: jobs/report-job.ts) over every kiosk's events, the roster's groups for the
// export form, and the admin API's streamed export (export.ts) for a console session. Admin only.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { reportRange, REPORT_WEEKS, DEFAULT_DROP_RULE } from '../../shared/reports';
import { rangeBounds } from '../../shared/export';
import { brusselsDay } from '../../shared/time';
import { XLSX_MIME } from '../../shared/xlsx';
import type { Database } from '../db';
import { streamExport, type ExportLimits } from '../export';
import type { AdminJobs } from '../jobs/pool';
import { pageReader } from '../jobs/reader';
import type { ReportParams, ServerReport } from '../jobs/report-job';
import { attendancePage, rosterPage, topServerSeq, type AttendanceCursor } from '../store/events';
import { errors, ExportQuery, FileBody } from '../schemas';
import { audit, type guard as Guard } from './guard';

export interface ConsoleReportsOptions {
  db: Database;
  now: () => number;
  guard: typeof Guard;
  jobs: AdminJobs;
  exportLimits: ExportLimits;
}

const PREFIX = '/v1/console/reports';

export const consoleReports: FastifyPluginAsyncTypebox<ConsoleReportsOptions> = async (
  app,
  options,
) => {
  const { db, now, guard, jobs } = options;
  const pageRows = options.exportLimits.pageRows;

  app.get(
    PREFIX,
    {
      onRequest: guard('admin'),
      schema: {
        summary: "The kiosk's attendance reports over every kiosk's events",
        response: {
          200: Type.Unsafe<ServerReport & { computedAt: number }>({}),
          ...errors(401, 403, 429, 503),
        },
      },
    },
    async () => {
      const computedAt = now();
      const today = brusselsDay(computedAt);
      const { first, last } = reportRange({
        today,
        weeks: REPORT_WEEKS,
        dropRule: DEFAULT_DROP_RULE,
      });
      // Every read bounded by the log as it is now: the report is one state of it.
      const scope = { ...rangeBounds({ from: first, to: last }), top: await topServerSeq(db) };
      const params: ReportParams = { today };
      const job = jobs.start<ServerReport>('report', params, {
        page: pageStreams(db, scope, pageRows),
      });
      return { ...(await job.result), computedAt };
    },
  );

  app.get(
    `${PREFIX}/groups`,
    {
      onRequest: guard('admin'),
      schema: {
        summary: "The roster's groups, for the export form",
        response: {
          200: Type.Object({ groups: Type.Array(Type.String()) }),
          ...errors(401, 403, 429, 503),
        },
      },
    },
    async () => {
      const top = await topServerSeq(db);
      const job = jobs.start<string[]>('groups', null, {
        page: pageStreams(db, { start: 0, end: 0, top }, pageRows),
      });
      return { groups: await job.result };
    },
  );

  app.get(
    `${PREFIX}/export`,
    {
      onRequest: guard('admin'),
      schema: {
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
      const file = await streamExport(db, jobs, request.query, options.exportLimits, reply);
      const { kind, format, from, to, group } = request.query;
      await audit(db, request, 'export', {
        name: file.name,
        kind,
        format,
        from,
        to,
        group: group ?? '',
      });
      file.job.result.then(
        ({ rows }) => request.log.info({ name: file.name, rows }, 'console export'),
        (error: unknown) => request.log.warn({ err: error, name: file.name }, 'export stopped'),
      );
      return reply;
    },
  );
};

/** The page streams a report job reads: the window's attendance, and the roster. */
function pageStreams(
  db: Database,
  scope: { start: number; end: number; top: number },
  n: number,
): (stream: string) => Promise<string[]> {
  const streams: Record<string, () => Promise<string[]>> = {
    events: pageReader(db, (after: AttendanceCursor | null) => attendancePage(db, scope, after, n)),
    roster: pageReader(db, (after: number | null) => rosterPage(db, scope.top, after ?? 0, n)),
  };
  return async (stream) => {
    const read = streams[stream];
    if (!read) throw new Error(`no page stream ${stream}`);
    return read();
  };
}
