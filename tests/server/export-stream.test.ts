// Exports that cannot take the server down: the range is read from the database a page at a
// time and the file sent as it is made, the kiosk's (a workbook part for part); a few run at once (429
// beyond, with Retry-After); the range and an XLSX's rows are capped, with a clear message.
import { once } from 'node:events';
import http from 'node:http';
import { expect, it } from 'vitest';
import { toCsv } from '../../shared/csv';
import { buildExport, type ExportKind } from '../../shared/export';
import { exportLabels, exportSheetName } from '../../shared/export-labels';
import type { AttendanceEvent, LanguageCode } from '../../shared/types';
import { encodeXlsx } from '../../shared/xlsx';
import type { Database } from '../../server/db';
import { PATIENT, adminAuth, forEachBackend, type Ctx } from './harness';
import {
  HISTORY_LEARNERS,
  HISTORY_RANGE,
  HISTORY_STAFF,
  seedHistory,
  watched,
} from './support/history';
import { sameFile } from './support/unzip';

const PAGE = 7;

/** The file a kiosk holding the same events and roster makes. */
async function kioskFile(
  kind: ExportKind,
  format: 'csv-semicolon' | 'csv-comma' | 'xlsx',
  events: AttendanceEvent[],
  language: LanguageCode,
  group: string | null,
): Promise<Buffer> {
  const input = {
    events,
    learners: HISTORY_LEARNERS,
    staffNames: HISTORY_STAFF,
    range: HISTORY_RANGE,
    group,
  };
  const decimal = format === 'csv-semicolon' ? ',' : '.';
  const table = buildExport(kind, input, exportLabels(language), { decimal });
  if (format === 'xlsx') {
    return Buffer.from(await encodeXlsx(table, exportSheetName(kind, language)));
  }
  return Buffer.from(toCsv(table.rows, { delimiter: format === 'csv-comma' ? ',' : ';' }));
}

const query = (kind: ExportKind, format: string, language = 'fr', range = HISTORY_RANGE) =>
  `/v1/admin/export?kind=${kind}&format=${format}&from=${range.from}&to=${range.to}&language=${language}`;

forEachBackend('streamed export', (ctx: Ctx) => {
  const watchedApp = async (exports: Record<string, number> = {}) => {
    const watch = watched(ctx.db);
    const app = await ctx.makeApp({
      db: watch.db as Database,
      exports: { pageRows: PAGE, ...exports },
    });
    return { app, watch };
  };

  it('reads the range a page at a time, and sends the kiosk’s files', async () => {
    const events = await seedHistory(ctx.app, 300);
    const { app, watch } = await watchedApp();
    const cases = [
      ['events', 'csv-semicolon', 'fr', null],
      ['events', 'xlsx', 'nl', 'jeux vidéo'],
      ['summary', 'csv-semicolon', 'fr', null],
      ['summary', 'xlsx', 'de', 'musique'],
      ['matrix', 'csv-comma', 'en', 'jeux vidéo'],
      ['matrix', 'xlsx', 'fr', null],
    ] as const;
    for (const [kind, format, language, group] of cases) {
      const url =
        query(kind, format, language) + (group ? `&group=${encodeURIComponent(group)}` : '');
      const res = await app.inject({ method: 'GET', url, headers: adminAuth });
      expect(res.statusCode, res.body).toBe(200);
      const expected = await kioskFile(kind, format, events, language, group);
      expect(sameFile(res.rawPayload, expected), `${kind} ${format} ${language} ${group}`).toBe(
        true,
      );
    }
    // 300 events and more than 20 voids, never more than a page in one read.
    expect(watch.state.reads).toBeGreaterThan(300 / PAGE);
    expect(watch.state.largestRead).toBeLessThanOrEqual(PAGE);
  });

  it('sends the first rows while later pages are still to be read', async () => {
    await seedHistory(ctx.app, 300);
    const { app, watch } = await watchedApp();
    // The roster, the voids and the first pages of events; the rest waits at the gate.
    watch.state.hold(8);
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.server.address() as { port: number };
    const res = await fetch(`http://127.0.0.1:${port}${query('events', 'csv-semicolon')}`, {
      headers: adminAuth,
    });
    expect(res.status).toBe(200);
    const reader = res.body!.getReader();
    const first = await reader.read();
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(first.value)).toMatch(
      /^\uFEFFDate;Heure;Type;/,
    );
    // The first bytes are out, and the export is held at a later page of events.
    await expect.poll(() => watch.state.waiting, PATIENT).toBe(1);
    watch.state.release();
    let rest = 0;
    for (let next = await reader.read(); !next.done; next = await reader.read())
      rest += next.value.length;
    expect(rest).toBeGreaterThan(0);
  });

  it('runs a few at once and answers 429 with Retry-After beyond; a client gone frees its place', async () => {
    await seedHistory(ctx.app, 100);
    const { app, watch } = await watchedApp({ concurrent: 1 });
    const download = () =>
      app.inject({ method: 'GET', url: query('events', 'csv-semicolon'), headers: adminAuth });
    watch.state.hold(3);
    const first = download();
    await expect.poll(() => watch.state.waiting, PATIENT).toBe(1);
    const refused = await download();
    expect(refused.statusCode).toBe(429);
    expect(refused.json()).toEqual({ error: 'busy', message: expect.stringMatching(/try again/) });
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    watch.state.release();
    expect((await first).statusCode).toBe(200);
    expect((await download()).statusCode).toBe(200);

    // A client that goes away in the middle (its connection closed): its export stops, and
    // another may start.
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.server.address() as { port: number };
    watch.state.hold(6);
    const request = http.get(`http://127.0.0.1:${port}${query('events', 'csv-semicolon')}`, {
      headers: adminAuth,
    });
    const [response] = (await once(request, 'response')) as [http.IncomingMessage];
    expect(response.statusCode).toBe(200);
    await expect.poll(() => watch.state.waiting, PATIENT).toBe(1);
    request.destroy();
    watch.state.release();
    await expect.poll(async () => (await download()).statusCode, PATIENT).toBe(200);
  });

  it('refuses a range or an XLSX past the caps, saying what to do (400)', async () => {
    await seedHistory(ctx.app, 30);
    const app = await ctx.makeApp({ exports: { maxDays: 31, maxXlsxRows: 10 } });
    const get = (url: string) => app.inject({ method: 'GET', url, headers: adminAuth });
    const long = await get(
      query('summary', 'csv-semicolon', 'fr', { from: '2025-03-01', to: '2025-04-15' }),
    );
    expect(long.statusCode).toBe(400);
    expect(long.json()).toEqual({
      error: 'export-too-large',
      message: expect.stringMatching(/at most 31 days \(this one 46\)/),
    });
    const workbook = await get(query('events', 'xlsx'));
    expect(workbook.statusCode).toBe(400);
    expect(workbook.json()).toEqual({
      error: 'export-too-large',
      message: expect.stringMatching(/More than 10 events .* CSV/),
    });
    // The same events as CSV, and a workbook of one row a learner, are within the caps.
    expect((await get(query('events', 'csv-semicolon'))).statusCode).toBe(200);
    expect((await get(query('summary', 'xlsx'))).statusCode).toBe(200);
  });
});
