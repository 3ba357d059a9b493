// The admin API: credentials, kiosks, roster import, centre-wide export.
import { expect, it } from 'vitest';
import { parseToken } from '../../shared/badge';
import { buildExport } from '../../shared/export';
import { toCsv } from '../../shared/csv';
import type { KioskEvent, Learner } from '../../shared/types';
import { exportLabels as kioskLabels } from '../../shared/export-labels';
import { foldRoster } from '../../server/jobs/roster-fold';
import { createAdminToken } from '../../server/store/kiosks';
import {
  ADMIN_TOKEN,
  adminAuth,
  auth,
  checkIn,
  enrolKiosk,
  forEachBackend,
  pullReq,
  pushReq,
} from './harness';

const ROSTER =
  'Identifiant;Prénom;Nom;Groupes\r\nL1;Léa;Dupont;jeux|3d\r\nL2;Noah;Martin;musique\r\n';

forEachBackend('admin credentials and kiosks', (ctx) => {
  const list = (headers: Record<string, string>) =>
    ctx.app.inject({ method: 'GET', url: '/v1/admin/kiosks', headers });

  it('answers 401 without or with a wrong admin token, 403 to a kiosk token', async () => {
    const kiosk = await enrolKiosk(ctx.app, 'K1');
    expect((await list({})).statusCode).toBe(401);
    expect((await list(auth('adm_x.y'))).statusCode).toBe(401);
    expect((await list(auth(`${ADMIN_TOKEN}x`))).statusCode).toBe(401);
    const forbidden = await list(auth(kiosk));
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json()).toEqual({ error: 'forbidden', message: expect.any(String) });
    // A revoked kiosk's token is just unknown here.
    await ctx.app.inject({ method: 'POST', url: '/v1/admin/kiosks/K1/revoke', headers: adminAuth });
    expect((await list(auth(kiosk))).statusCode).toBe(401);
  });

  it('accepts a token made by the admin-token command, and withdraws ACCUEIL_ADMIN_TOKEN when unset', async () => {
    const token = await createAdminToken(ctx.db, 'cli', ctx.clock.now);
    expect(token).toMatch(/^adm_[\w-]+\.[\w-]{43}$/);
    expect((await list(auth(token))).statusCode).toBe(200);
    const stored = await ctx.db.query<{ token_hash: string }>(
      `SELECT token_hash FROM admin_tokens`,
    );
    expect(stored.rows.every((row) => /^[0-9a-f]{64}$/.test(row.token_hash))).toBe(true);
    const app = await ctx.makeApp({ envAdminToken: null });
    expect(
      (await app.inject({ method: 'GET', url: '/v1/admin/kiosks', headers: adminAuth })).statusCode,
    ).toBe(401);
    expect(
      (await app.inject({ method: 'GET', url: '/v1/admin/kiosks', headers: auth(token) }))
        .statusCode,
    ).toBe(200);
  });

  it('lists kiosks and waiting codes with their state, mark and last contact', async () => {
    const token = await enrolKiosk(ctx.app, 'K1', 'Hall');
    await enrolKiosk(ctx.app, 'K2', 'Étage');
    await ctx.app.inject({
      method: 'POST',
      url: '/v1/admin/kiosks',
      headers: adminAuth,
      payload: { name: 'Neuf' },
    });
    ctx.clock.now += 1_000;
    await pushReq(ctx.app, token, [checkIn('K1', 1)]);
    await ctx.app.inject({ method: 'POST', url: '/v1/admin/kiosks/K2/revoke', headers: adminAuth });
    const { kiosks } = (await list(adminAuth)).json();
    expect(kiosks.map((k: { name: string; state: string }) => [k.name, k.state])).toEqual([
      ['Hall', 'active'],
      ['Étage', 'revoked'],
      ['Neuf', 'awaiting-enrolment'],
    ]);
    expect(kiosks[0]).toMatchObject({ id: 'K1', acked: 1, lastSeenAt: ctx.clock.now });
    expect(kiosks[1].revokedAt).toBe(ctx.clock.now);
    const missing = await ctx.app.inject({
      method: 'POST',
      url: '/v1/admin/kiosks/nope/revoke',
      headers: adminAuth,
    });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error).toBe('not-found');
  });

  it('validates the kiosk name (400)', async () => {
    for (const payload of [
      {},
      { name: '' },
      { name: 'a\u0007b' },
      { name: 'x'.repeat(65) },
      { name: 'ok', extra: 1 },
    ]) {
      const res = await ctx.app.inject({
        method: 'POST',
        url: '/v1/admin/kiosks',
        headers: adminAuth,
        payload,
      });
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.json().error).toBe('invalid-request');
    }
  });
});

forEachBackend('roster import and export', (ctx) => {
  const importCsv = (csv: string, query = '') =>
    ctx.app.inject({
      method: 'POST',
      url: `/v1/admin/roster${query}`,
      headers: { ...adminAuth, 'content-type': 'text/csv' },
      payload: csv,
    });

  it('plans as the kiosk does; a dry run writes nothing; the import writes server-origin events kiosks pull', async () => {
    const kiosk = await enrolKiosk(ctx.app, 'K1');
    const dry = await importCsv(ROSTER, '?dryRun=true');
    expect(dry.statusCode).toBe(200);
    expect(dry.json()).toMatchObject({ ok: true, written: 0, counts: { added: 2, errors: 0 } });
    expect((await pullReq(ctx.app, kiosk, 'since=0')).json().events).toEqual([]);

    const done = await importCsv(ROSTER);
    expect(done.json()).toMatchObject({ ok: true, written: 2, badgesIssued: 0 });
    const pulled: KioskEvent[] = (await pullReq(ctx.app, kiosk, 'since=0')).json().events;
    const serverId = ctx.app.accueil.serverId();
    expect(pulled.map((e) => [e.type, e.kioskId, e.seq])).toEqual([
      ['learner-upserted', serverId, 1],
      ['learner-upserted', serverId, 2],
    ]);
    expect((pulled[0] as { learner: Learner }).learner).toEqual({
      id: 'L1',
      firstName: 'Léa',
      lastName: 'Dupont',
      groups: ['jeux', '3d'],
      language: null,
      status: 'active',
    });
    // The same file again changes nothing; badges for everyone without one continue the server's seq.
    expect((await importCsv(ROSTER)).json()).toMatchObject({
      written: 0,
      counts: { unchanged: 2 },
    });
    const badges = (await importCsv(ROSTER, '?issueBadges=true')).json();
    expect(badges).toMatchObject({ written: 2, badgesIssued: 2 });
    const more: KioskEvent[] = (await pullReq(ctx.app, kiosk, 'since=0')).json().events;
    const issued = more.filter((e) => e.type === 'badge-issued');
    expect(issued.map((e) => e.seq)).toEqual([3, 4]);
    for (const e of issued) expect(parseToken((e as { token: string }).token).ok).toBe(true);
    expect((await importCsv(ROSTER, '?issueBadges=true')).json().badgesIssued).toBe(0);
  });

  it('two imports at once: the second sees the first, so one badge per learner, not two', async () => {
    const rows = Array.from({ length: 50 }, (_, i) => `C${i};Prénom${i};Nom${i}`);
    const csv = `Identifiant;Prénom;Nom\r\n${rows.join('\r\n')}\r\n`;
    const answers = await Promise.all([
      importCsv(csv, '?issueBadges=true'),
      importCsv(csv, '?issueBadges=true'),
    ]);
    for (const answer of answers) expect(answer.statusCode).toBe(200);
    // Their chunks may interleave (each rests between them while kiosks are active): between
    // them, each learner written once and badged once.
    const [a, b] = answers.map((answer) => answer.json());
    expect(a.written + b.written).toBe(100);
    expect(a.badgesIssued + b.badgesIssued).toBe(50);
    const badges = await ctx.db.query<{ n: number; learners: number }>(
      `SELECT count(*)::int AS n, count(DISTINCT body::jsonb->>'learnerId')::int AS learners
         FROM events WHERE type = 'badge-issued'`,
    );
    expect(badges.rows[0]).toEqual({ n: 50, learners: 50 });
    const upserts = await ctx.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM events WHERE type = 'learner-upserted'`,
    );
    expect(upserts.rows[0]!.n).toBe(50);
  });

  it('refuses a plan with errors (422) and writes nothing; needs text/csv (415)', async () => {
    const bad = await importCsv('Identifiant;Prénom;Nom\r\nL1;Léa;\r\nL2;Noah;Martin\r\n');
    expect(bad.statusCode).toBe(422);
    expect(bad.json()).toMatchObject({ ok: false, written: 0 });
    expect(bad.json().problems).toContainEqual(
      expect.objectContaining({ line: 2, problem: 'empty-last-name' }),
    );
    const count = await ctx.db.query<{ n: number }>('SELECT count(*)::int AS n FROM events');
    expect(count.rows[0]!.n).toBe(0);
    const json = await ctx.app.inject({
      method: 'POST',
      url: '/v1/admin/roster',
      headers: adminAuth,
      payload: { csv: ROSTER },
    });
    expect(json.statusCode).toBe(400);
    const xml = await ctx.app.inject({
      method: 'POST',
      url: '/v1/admin/roster',
      headers: { ...adminAuth, 'content-type': 'application/xml' },
      payload: '<x/>',
    });
    expect(xml.statusCode).toBe(415);
    expect(xml.json().error).toBe('unsupported-media-type');
  });

  it('exports every kiosk’s attendance as the kiosk builds it', async () => {
    await importCsv(ROSTER);
    const k1 = await enrolKiosk(ctx.app, 'K1');
    const k2 = await enrolKiosk(ctx.app, 'K2');
    const day = Date.UTC(2025, 2, 10, 8);
    const events = [checkIn('K1', 1, day, 'L1'), checkIn('K2', 1, day + 60_000, 'L2')];
    await pushReq(ctx.app, k1, [events[0]]);
    await pushReq(ctx.app, k2, [events[1]]);
    const stored = await ctx.db.query<{ body: string }>(`SELECT body FROM events`);
    const { learners } = foldRoster(stored.rows.map((row) => JSON.parse(row.body) as KioskEvent));
    for (const kind of ['events', 'summary', 'matrix'] as const) {
      for (const format of ['csv-semicolon', 'csv-comma'] as const) {
        const res = await ctx.app.inject({
          method: 'GET',
          url: `/v1/admin/export?kind=${kind}&format=${format}&from=2025-03-01&to=2025-03-31&language=nl`,
          headers: adminAuth,
        });
        expect(res.statusCode).toBe(200);
        expect(res.headers['content-type']).toMatch(/^text\/csv/);
        const table = buildExport(
          kind,
          {
            events: events as never,
            learners: [...learners.values()],
            range: { from: '2025-03-01', to: '2025-03-31' },
            staffNames: new Map(),
          },
          kioskLabels('nl'),
          { decimal: format === 'csv-semicolon' ? ',' : '.' },
        );
        expect(res.body).toBe(toCsv(table.rows, { delimiter: format === 'csv-comma' ? ',' : ';' }));
      }
    }
    const group = await ctx.app.inject({
      method: 'GET',
      url: '/v1/admin/export?kind=events&format=csv-comma&from=2025-03-10&to=2025-03-10&group=jeux',
      headers: adminAuth,
    });
    expect(group.headers['content-disposition']).toBe(
      'attachment; filename="accueil-journal-2025-03-10_2025-03-10-jeux.csv"',
    );
    expect(group.body.trim().split('\r\n')).toHaveLength(2);
    for (const q of [
      'kind=events&format=csv-comma&from=2025-03-10&to=2025-03-01',
      'kind=x&format=csv-comma&from=2025-03-10&to=2025-03-10',
      'kind=events&format=csv-comma&from=2025-02-30&to=2025-03-10',
    ]) {
      expect(
        (await ctx.app.inject({ method: 'GET', url: `/v1/admin/export?${q}`, headers: adminAuth }))
          .statusCode,
        q,
      ).toBe(400);
    }
  });
});
