// The centre-wide attendance export: the kiosk's own files (shared/export.ts, shared/csv.ts,
// shared/xlsx.ts, shared/export-labels.ts) over every kiosk's events, with the names the kiosk
// gives them. Built in an admin worker thread (jobs/export-job.ts) from pages this thread reads,
// and sent as it is made: neither the events nor the file are ever held whole.
import { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';
import { daysInRange, rangeBounds, type DayRange, type ExportKind } from '../shared/export';
import { exportFileName, type ExportFileFormat } from '../shared/export-labels';
import type { ExportQuery } from '../shared/sync-protocol';
import type { LanguageCode } from '../shared/types';
import { XLSX_MIME } from '../shared/xlsx';
import type { Database } from './db';
import { ApiError } from './errors';
import type { ExportParams } from './jobs/export-job';
import type { AdminJobs, Job } from './jobs/pool';
import { countAttendance, topServerSeq } from './store/events';
import { kioskNames } from './store/kiosks';

export interface ExportRequest {
  kind: ExportKind;
  format: ExportFileFormat;
  range: DayRange;
  group: string | null;
  language: LanguageCode;
}

export const CSV_MIME = 'text/csv; charset=utf-8';

export interface ExportLimits {
  /** Exports and roster imports running at once (admin jobs); beyond, 429. */
  concurrent: number;
  /**
   * Events a database read returns at most. On PGlite, one statement at a time, a kiosk's push
   * may wait for one such read: 500 rows take a few milliseconds.
   */
  pageRows: number;
  /** Days an export may cover (a matrix has a column a day). */
  maxDays: number;
  /** Data rows of an XLSX event log: a sheet holds 1,048,576 rows, header included. */
  maxXlsxRows: number;
}

export const DEFAULT_EXPORT_LIMITS: ExportLimits = {
  concurrent: 2,
  pageRows: 500,
  maxDays: 3_660,
  maxXlsxRows: 1_048_575,
};

export interface ExportStream {
  name: string;
  mime: string;
  job: Job<{ rows: number }>;
}

const tooLarge = (message: string) => new ApiError(400, 'export-too-large', message);

/** Checks the request against the limits, then starts building the file. */
export async function startExport(
  db: Database,
  jobs: AdminJobs,
  request: ExportRequest,
  limits: ExportLimits,
): Promise<ExportStream> {
  let bounds: { start: number; end: number };
  let days: number;
  try {
    bounds = rangeBounds(request.range);
    days = daysInRange(request.range).length;
  } catch (error) {
    throw new ApiError(400, 'bad-range', (error as Error).message);
  }
  if (days > limits.maxDays) {
    throw tooLarge(
      `An export covers at most ${limits.maxDays} days (this one ${days}): export the range in parts`,
    );
  }
  if (request.format === 'xlsx' && request.kind === 'events') {
    const events = await countAttendance(db, bounds, limits.maxXlsxRows + 1);
    if (events > limits.maxXlsxRows) {
      throw tooLarge(
        `More than ${limits.maxXlsxRows} events in this range, more than one sheet holds: ` +
          'choose a shorter range, or CSV',
      );
    }
  }
  const params: ExportParams = {
    ...request,
    kioskNames: await kioskNames(db),
    // Every read is bounded by the log as it is now: the file is one state of it.
    scope: { ...bounds, top: await topServerSeq(db) },
    pageRows: limits.pageRows,
  };
  const job = jobs.start<{ rows: number }>('export', params);
  return {
    name: exportFileName(request),
    mime: request.format === 'xlsx' ? XLSX_MIME : CSV_MIME,
    job,
  };
}

/**
 * Answers an export request (the admin API's and the console's): checks it, starts the file,
 * and sends it as it is made. The status waits for the first bytes, so a failure while reading
 * the roster and the first pages (the database gone) is still a clean error, not a cut file.
 */
export async function streamExport(
  db: Database,
  jobs: AdminJobs,
  query: ExportQuery,
  limits: ExportLimits,
  reply: FastifyReply,
  /** Awaited once the file has started well, before it is sent (the console audits it there). */
  beforeSend: (file: ExportStream) => Promise<void> = async () => {},
): Promise<ExportStream> {
  if (query.from > query.to) {
    throw new ApiError(400, 'bad-range', `${query.from} is after ${query.to}`);
  }
  const file = await startExport(
    db,
    jobs,
    {
      kind: query.kind,
      format: query.format,
      range: { from: query.from, to: query.to },
      group: query.group || null,
      language: query.language ?? 'fr',
    },
    limits,
  );
  // A client that goes away ends the job (a response closed before it finished).
  reply.raw.once('close', () => {
    if (!reply.raw.writableFinished) file.job.stop();
  });
  const chunks = file.job.chunks();
  const first = await chunks.next();
  try {
    await beforeSend(file);
  } catch (error) {
    file.job.stop();
    throw error;
  }
  async function* body() {
    if (!first.done) yield first.value;
    yield* chunks;
  }
  void reply
    .header('content-type', file.mime)
    .header('content-disposition', `attachment; filename="${file.name}"`)
    .send(Readable.from(body(), { objectMode: false }));
  return file;
}
