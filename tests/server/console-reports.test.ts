// The console's reports (GET /v1/console/reports): the kiosk's own buildReport over every kiosk's
// events of the window, with the dropped learners' names from the roster; the roster's groups for
// the export form; and the streamed export reached from the console, the admin API's file.
import readXlsxFile from 'read-excel-file/node';
import { expect, it } from 'vitest';
import { XLSX_MIME } from '../../shared/xlsx';
import { generateToken } from '../../shared/badge';
import { buildReport, DEFAULT_DROP_RULE, REPORT_WEEKS } from '../../shared/reports';
import { brusselsDay } from '../../shared/time';
import type { AttendanceEvent, KioskEvent } from '../../shared/types';
import { uuidv7 } from '../../shared/uuid';
import { adminAuth, enrolKiosk, forEachBackend, pushReq } from './harness';
import { seedHistory } from './support/history';
import { addAccount, as, RECEPTION, signIn } from './support/console';

const REPORTS = '/v1/console/reports';

/** L3 came weekly in January and early February, then stopped: a dropped learner. */
function earlierWeeks(): AttendanceEvent[] {
  const days = [20, 27, 34, 41].map((d) => Date.UTC(2025, 0, d, 15));
  return days.map((at, i) => ({
    id: uuidv7(at, (n) => new Uint8Array(n).fill(i + 1)),
    kioskId: 'K4',
    seq: i + 1,
    at,
    actor: { kind: 'learner', learnerId: 'L3' },
    type: 'check-in',
    learnerId: 'L3',
    method: 'camera',
    token: generateToken((n) => new Uint8Array(n).fill(i + 1)),
  })) as AttendanceEvent[];
}

forEachBackend('console reports', (ctx) => {
  it("equals the kiosk's buildReport over the same events, names from the roster", async () => {
    const history = await seedHistory(ctx.app, 300);
    const early = earlierWeeks();
    const k4 = await enrolKiosk(ctx.app, 'K4');
    expect((await pushReq(ctx.app, k4, early as KioskEvent[])).json()).toMatchObject({
      acked: early.length,
      rejected: [],
    });
    ctx.clock.now = Date.UTC(2025, 2, 14, 17);
    const res = await ctx.app.inject({ method: 'GET', url: REPORTS, headers: adminAuth });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    const expected = buildReport([...history, ...early], {
      today: brusselsDay(ctx.clock.now),
      weeks: REPORT_WEEKS,
      dropRule: DEFAULT_DROP_RULE,
    });
    expect(body.report).toEqual(expected);
    expect(body.report.days.length).toBeGreaterThan(0);
    expect(body.dropped.map((d: { entry: unknown }) => d.entry)).toEqual(expected.dropped);
    expect(body.dropped).toContainEqual({
      entry: expect.objectContaining({ learnerId: 'L3' }),
      learner: { firstName: 'constructor', lastName: 'Ünal, "B"', groups: ['jeux vidéo'] },
    });
    expect(body).toMatchObject({ rule: DEFAULT_DROP_RULE, weeks: REPORT_WEEKS });
    expect(body.computedAt).toBe(ctx.clock.now);
  });

  it('lists the roster groups for the export form', async () => {
    await seedHistory(ctx.app, 10);
    const res = await ctx.app.inject({
      method: 'GET',
      url: `${REPORTS}/groups`,
      headers: adminAuth,
    });
    expect(res.statusCode).toBe(200);
    expect([...res.json().groups].sort()).toEqual(['3d', 'jeux vidéo', 'musique']);
  });

  it("sends the admin API's export file, byte for byte", async () => {
    await seedHistory(ctx.app, 200);
    const query = 'kind=events&format=csv-semicolon&from=2025-03-01&to=2025-03-31&language=fr';
    const admin = await ctx.app.inject({
      method: 'GET',
      url: `/v1/admin/export?${query}`,
      headers: adminAuth,
    });
    const viaConsole = await ctx.app.inject({
      method: 'GET',
      url: `${REPORTS}/export?${query}`,
      headers: adminAuth,
    });
    expect(viaConsole.statusCode).toBe(200);
    expect(viaConsole.headers['content-disposition']).toBe(admin.headers['content-disposition']);
    expect(viaConsole.rawPayload.equals(admin.rawPayload)).toBe(true);
    expect(viaConsole.body.split('\r\n').length).toBeGreaterThan(100);
  });

  it('refuses a range past the limit, and a third job at once (429, Retry-After)', async () => {
    const tooLong = await ctx.app.inject({
      method: 'GET',
      url: `${REPORTS}/export?kind=matrix&format=csv-comma&from=2000-01-01&to=2025-03-31`,
      headers: adminAuth,
    });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().error).toBe('export-too-large');
    const full = await ctx.makeApp({ exports: { concurrent: 0 } });
    const busy = await full.inject({
      method: 'GET',
      url: `${REPORTS}/export?kind=events&format=xlsx&from=2025-03-01&to=2025-03-31`,
      headers: adminAuth,
    });
    expect(busy.statusCode).toBe(429);
    expect(busy.json().error).toBe('busy');
    expect(Number(busy.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('exports for a console session, recorded in the audit log', async () => {
    await seedHistory(ctx.app, 50);
    const who = { name: 'Marie Admin', password: 'marie admin passphrase' };
    const accountId = await addAccount(ctx.app, who, 'admin');
    const admin = await signIn(ctx.app, who);
    const res = await ctx.app.inject({
      method: 'GET',
      url: `${REPORTS}/export?kind=summary&format=xlsx&from=2025-03-01&to=2025-03-31&group=musique`,
      headers: as(admin, false),
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(XLSX_MIME);
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="accueil-synthese-2025-03-01_2025-03-31-musique.xlsx"',
    );
    const rows = await readXlsxFile(res.rawPayload);
    const ids = rows[0]!.data.slice(1).map((row) => row[0]);
    expect(ids).toContain('L2');
    expect(ids).not.toContain('L1');
    const log = await ctx.app.inject({
      method: 'GET',
      url: `/v1/console/audit?person=console:${accountId}`,
      headers: adminAuth,
    });
    expect(log.json().entries[0]).toMatchObject({
      action: 'export',
      details: { kind: 'summary', format: 'xlsx', group: 'musique' },
    });
  });

  it('is for admins: reception gets 403, no session 401', async () => {
    await addAccount(ctx.app, RECEPTION, 'reception');
    const reception = await signIn(ctx.app, RECEPTION);
    const query = 'kind=events&format=csv-comma&from=2025-03-01&to=2025-03-31';
    for (const url of [REPORTS, `${REPORTS}/groups`, `${REPORTS}/export?${query}`]) {
      const refused = await ctx.app.inject({
        method: 'GET',
        url,
        headers: as(reception, false),
      });
      expect(refused.statusCode).toBe(403);
      expect((await ctx.app.inject({ method: 'GET', url })).statusCode).toBe(401);
    }
  });
});
