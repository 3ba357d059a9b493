// The admin API: kiosks and codes, roster import, centre-wide exports. Its own credential (an
// admin token); a kiosk's token gets 403 here.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { bearer } from '../auth';
import type { Database } from '../db';
import { ApiError } from '../errors';
import { streamExport, type ExportLimits } from '../export';
import type { AdminJobs } from '../jobs/pool';
import { languageFromHeader } from '../language';
import { importRoster } from '../roster';
import { explainReadProblem } from '../../shared/roster-messages';
import { authenticateAdmin, createEnrolment, listKiosks, revoke } from '../store/kiosks';
import {
  CreateKioskRequest,
  CreateKioskResponse,
  ExportQuery,
  FileBody,
  KioskParams,
  ListKiosksResponse,
  RevokeResponse,
  RosterImportResponse,
  RosterQuery,
  errors,
} from '../schemas';
import { API_PREFIX } from '../../shared/sync-protocol';
import { XLSX_MIME } from '../../shared/xlsx';

export interface AdminRouteOptions {
  db: Database;
  now: () => number;
  serverId: () => string;
  rosterBodyLimit: number;
  jobs: AdminJobs;
  exportLimits: ExportLimits;
}

const ADMIN = `${API_PREFIX}/admin`;
const security = [{ bearer: [] }];

export const adminRoutes: FastifyPluginAsyncTypebox<AdminRouteOptions> = async (app, options) => {
  const { db, now, jobs } = options;
  // Every route of this plugin: the admin is known before the rate limit counts the request (a
  // bucket of its own); a refused token is answered after it (app.ts), before the body is read.
  app.addHook('onRequest', async (request) => {
    if (request.method === 'OPTIONS') return;
    try {
      const id = await authenticateAdmin(db, bearer(request.headers.authorization));
      request.caller = { kind: 'admin', id };
    } catch (error) {
      request.authError = error;
    }
  });
  const adminOf = (request: { caller: { id: string } | null }) => request.caller!.id;

  // A roster arrives as the file itself, as bytes: its encoding is found as the kiosk finds it
  // (shared/roster-file.ts), whatever charset the upload claims.
  app.addContentTypeParser(
    ['text/csv', 'text/plain'],
    { parseAs: 'buffer', bodyLimit: options.rosterBodyLimit },
    (_request, body, done) => done(null, body),
  );

  app.get(
    `${ADMIN}/kiosks`,
    {
      schema: {
        summary: 'Kiosks, and codes waiting to be used',
        security,
        response: { 200: ListKiosksResponse, ...errors(401, 403, 429) },
      },
    },
    async () => ({ kiosks: await listKiosks(db, now()) }),
  );

  app.post(
    `${ADMIN}/kiosks`,
    {
      schema: {
        summary: 'Create a kiosk: a one-time enrolment code, shown once',
        security,
        body: CreateKioskRequest,
        response: { 201: CreateKioskResponse, ...errors(400, 401, 403, 413, 429) },
      },
    },
    async (request, reply) => {
      const created = await createEnrolment(db, request.body.name, now());
      request.log.info(
        { enrolmentId: created.enrolmentId, admin: adminOf(request) },
        'enrolment code created',
      );
      return reply.code(201).send(created);
    },
  );

  app.post(
    `${ADMIN}/kiosks/:id/revoke`,
    {
      schema: {
        summary: 'Revoke a kiosk, or withdraw an unused code',
        security,
        params: KioskParams,
        response: { 200: RevokeResponse, ...errors(401, 403, 404, 429) },
      },
    },
    async (request) => {
      const revoked = await revoke(db, request.params.id, now());
      request.log.info({ id: request.params.id, revoked, admin: adminOf(request) }, 'revoked');
      return { id: request.params.id, revoked };
    },
  );

  app.post(
    `${ADMIN}/roster`,
    {
      bodyLimit: options.rosterBodyLimit,
      schema: {
        summary: 'Import a roster (CSV), planned as the kiosk plans it; all or nothing',
        description:
          'The body is the file as saved (UTF-8 with or without a BOM, or Windows-1252; ";" or ","). ' +
          'Problems and refusals are explained in the language of Accept-Language (fr, nl, de, en).',
        security,
        querystring: RosterQuery,
        // No body schema: the file is read and checked by the import, as on the kiosk.
        consumes: ['text/csv'],
        response: {
          200: RosterImportResponse,
          422: RosterImportResponse,
          ...errors(400, 401, 403, 409, 413, 415, 429, 503),
        },
      },
      // A file past the limit is refused before the handler runs: said as the kiosk says it.
      // Anything else goes on to the server's error handler.
      errorHandler: (error: Error & { statusCode?: number }, request) => {
        if (error.statusCode !== 413) throw error;
        const language = languageFromHeader(request.headers['accept-language']);
        throw new ApiError(413, 'body-too-large', explainReadProblem(language, 'too-large'));
      },
    },
    async (request, reply) => {
      // Another content type (JSON, a form) has its own parser: not a file.
      const file = request.body ?? new Uint8Array(0);
      if (!(file instanceof Uint8Array)) {
        throw new ApiError(400, 'invalid-request', 'The body must be the roster file, as text/csv');
      }
      const outcome = await importRoster(
        db,
        jobs,
        options.serverId(),
        { file },
        {
          language: languageFromHeader(request.headers['accept-language']),
          dryRun: request.query.dryRun ?? false,
          issueBadges: request.query.issueBadges ?? false,
          staffId: `admin:${adminOf(request)}`.slice(0, 64),
          now: now(),
        },
      );
      request.log.info(
        { counts: outcome.counts, written: outcome.written, ok: outcome.ok },
        'roster import',
      );
      return reply.code(outcome.ok ? 200 : 422).send(outcome);
    },
  );

  app.get(
    `${ADMIN}/export`,
    {
      schema: {
        summary: "Attendance export of every kiosk (the kiosk's own files: CSV or XLSX)",
        description:
          'Sent as an attachment named as the kiosk names it, e.g. accueil-journal-2025-03-01_2025-03-31.xlsx.',
        security,
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
      file.job.result.then(
        ({ rows }) =>
          request.log.info({ name: file.name, rows, admin: adminOf(request) }, 'export'),
        (error: unknown) => request.log.warn({ err: error, name: file.name }, 'export stopped'),
      );
      return reply;
    },
  );
};
