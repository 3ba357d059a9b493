// The console's roster routes on both engines: an import from the rows a browser read (CSV in
// Windows-1252, XLSX) planned exactly as the server plans the same file, all or nothing; edits,
// archives and badges written as the server's own events, which a kiosk pulls; admin only.
import { expect, it } from 'vitest';
import { readRosterFile } from '../../renderer/ui/roster/readFile';
import type { ConsoleLearner } from '../../shared/console-roster';
import type { RosterInput } from '../../shared/roster-import';
import type { KioskEvent } from '../../shared/types';
import { GOOD_CSV_1252, xlsxRoster } from '../fixtures/roster/files';
import {
  adminAuth,
  enrolKiosk,
  forEachBackend,
  learnerUpserted,
  pullReq,
  pushReq,
} from './harness';
import { addAccount, as, firstAdmin, RECEPTION, signIn, type Signed } from './support/console';

const ROSTER = '/v1/console/roster';
const bufferOf = (bytes: Uint8Array) =>
  bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

async function rowsOf(name: string, bytes: Uint8Array): Promise<RosterInput> {
  const read = await readRosterFile(name, bufferOf(bytes));
  if (!read.ok) throw new Error(`unreadable: ${read.problem}`);
  return read.input;
}

forEachBackend('console roster', (ctx) => {
  let sessions: { admin: Signed; reception: Signed; accountId: string };
  const start = async () => {
    const admin = await firstAdmin(ctx.app, ctx.db);
    await addAccount(ctx.app, RECEPTION, 'reception');
    const reception = await signIn(ctx.app, RECEPTION);
    const { rows } = await ctx.db.query<{ id: string }>(
      `SELECT id FROM console_accounts WHERE role = 'admin'`,
    );
    sessions = { admin, reception, accountId: rows[0]!.id };
  };
  const call = (
    method: 'GET' | 'POST',
    url: string,
    payload?: object,
    role: 'admin' | 'reception' = 'admin',
  ) =>
    ctx.app.inject({
      method,
      url: `${ROSTER}${url}`,
      headers: { ...as(sessions[role]), 'accept-language': 'fr-BE' },
      ...(payload ? { payload } : {}),
    });
  /** The console actions of the audit log, oldest first. */
  const audited = async () => {
    const { rows } = await ctx.db.query<{ action: string; details: string }>(
      `SELECT action, details FROM console_audit WHERE action LIKE 'roster.%' OR action LIKE 'badge.%' ORDER BY id`,
    );
    return rows.map((row) => ({ action: row.action, details: JSON.parse(row.details) }));
  };
  const learners = async () => {
    const res = await call('GET', '/learners');
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { learners: ConsoleLearner[]; rosterSeq: number };
  };
  const learner = async (id: string) => (await learners()).learners.find((l) => l.id === id);
  const importRows = async (input: RosterInput) => {
    const preview = await call('POST', '/import', { input, dryRun: true });
    expect(preview.statusCode, preview.body).toBe(200);
    const done = await call('POST', '/import', {
      input,
      dryRun: false,
      rosterSeq: preview.json().rosterSeq,
    });
    expect(done.statusCode, done.body).toBe(200);
    return done.json();
  };
  /** Everything a kiosk that never synced pulls. */
  const pulled = async () => {
    const token = await enrolKiosk(ctx.app, 'K-PULL');
    const res = await pullReq(ctx.app, token, 'since=0&limit=1000');
    expect(res.statusCode, res.body).toBe(200);
    return res.json().events as KioskEvent[];
  };

  it('previews rows read from a Windows-1252 CSV as the server plans the file itself', async () => {
    await start();
    const input = await rowsOf('inscrits.csv', GOOD_CSV_1252);
    const preview = await call('POST', '/import', { input, dryRun: true });
    const server = await ctx.app.inject({
      method: 'POST',
      url: '/v1/admin/roster?dryRun=true',
      headers: { ...adminAuth, 'content-type': 'text/csv', 'accept-language': 'fr-BE' },
      payload: Buffer.from(GOOD_CSV_1252),
    });
    expect(server.statusCode, server.body).toBe(200);
    const { rosterSeq, ...plan } = preview.json();
    expect(rosterSeq).toBe(0);
    expect(plan).toEqual(server.json());
    expect(plan.counts).toMatchObject({ added: 3 });
    expect(plan.written).toBe(0);
    expect((await learners()).learners).toEqual([]);

    const done = await call('POST', '/import', { input, dryRun: false, rosterSeq });
    expect(done.json()).toMatchObject({ ok: true, written: 3, counts: { added: 3 } });
    expect(await learner('W0001')).toMatchObject({ firstName: 'Léa', lastName: 'Müller' });
    expect(await audited()).toEqual([
      { action: 'roster.import', details: expect.objectContaining({ written: 3 }) },
    ]);
  });

  it('imports the rows of an XLSX file, and the kiosks pull them', async () => {
    await start();
    const input = await rowsOf('roster.xlsx', new Uint8Array(await xlsxRoster()));
    const done = await importRows(input);
    expect(done).toMatchObject({ ok: true, written: 2 });
    const events = await pulled();
    const upserts = events.filter((e) => e.type === 'learner-upserted');
    expect(upserts.map((e) => e.learner)).toEqual([
      expect.objectContaining({ id: '7001', firstName: 'Zoë', language: 'nl' }),
      expect.objectContaining({ id: '7002', groups: ['robotique', 'dessin'] }),
    ]);
  });

  it('writes nothing of a plan with an error (422), nor after the roster moved (409)', async () => {
    await start();
    const good = await rowsOf('inscrits.csv', GOOD_CSV_1252);
    const bad: RosterInput = {
      ...good,
      records: [...good.records, { line: 5, cells: ['W0004', '', 'Sans', '', 'fr'] }],
    };
    const refused = await call('POST', '/import', { input: bad, dryRun: false, rosterSeq: 0 });
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ ok: false, written: 0 });
    expect(refused.json().problems).toContainEqual(
      expect.objectContaining({ line: 5, problem: 'empty-first-name', severity: 'error' }),
    );
    expect((await learners()).learners).toEqual([]);

    const preview = await call('POST', '/import', { input: good, dryRun: true });
    // A kiosk changes the roster between the preview and the import.
    const kiosk = await enrolKiosk(ctx.app, 'K1');
    expect((await pushReq(ctx.app, kiosk, [learnerUpserted('K1', 1, 'W0001')])).statusCode).toBe(
      200,
    );
    const stale = await call('POST', '/import', {
      input: good,
      dryRun: false,
      rosterSeq: preview.json().rosterSeq,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toBe('roster-changed');
    expect((await learners()).learners.map((l) => l.id)).toEqual(['W0001']);
    expect(await audited()).toEqual([]);
  });

  it('edits and archives as the events a kiosk writes, under the server origin', async () => {
    await start();
    await importRows(await rowsOf('inscrits.csv', GOOD_CSV_1252));
    const edit = await call('POST', '/learners/W0002', {
      firstName: ' Seán ',
      lastName: 'Murphy',
      groups: 'robotique; jeux',
      language: 'nl',
    });
    expect(edit.statusCode, edit.body).toBe(200);
    expect(edit.json()).toMatchObject({ lastName: 'Murphy', groups: ['robotique', 'jeux'] });
    const invalid = await call('POST', '/learners/W0002', {
      firstName: '',
      lastName: 'Murphy',
      groups: '',
      language: '',
    });
    expect(invalid.statusCode).toBe(400);
    expect(
      (await call('POST', '/learners/NOBODY', { ...edit.json(), groups: '' })).statusCode,
    ).toBe(400);
    expect(
      (
        await call('POST', '/learners/NOBODY', {
          firstName: 'A',
          lastName: 'B',
          groups: '',
          language: '',
        })
      ).statusCode,
    ).toBe(404);
    expect((await call('POST', '/learners/W0003/archive')).json()).toMatchObject({
      status: 'archived',
    });

    const events = await pulled();
    const serverId = ctx.app.accueil.serverId();
    const mine = events.filter((e) => e.kioskId === serverId);
    expect(mine.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(mine.slice(3).map((e) => e.type)).toEqual(['learner-upserted', 'learner-archived']);
    expect(mine[3]).toMatchObject({
      learner: { id: 'W0002', firstName: 'Seán', language: 'nl', status: 'active' },
      actor: { kind: 'staff', staffId: `console:${sessions.accountId}` },
    });
    expect(await learner('W0003')).toMatchObject({ status: 'archived' });
    expect((await call('POST', '/learners/W0003/reactivate')).json()).toMatchObject({
      status: 'active',
    });
    expect(await learner('W0003')).toMatchObject({ status: 'active', firstName: 'Chloé' });
    expect((await audited()).map((a) => a.action)).toEqual([
      'roster.import',
      'roster.edit',
      'roster.archive',
      'roster.reactivate',
    ]);
  });

  it('archives after a kiosk whose clock runs ahead edited the learner', async () => {
    await start();
    const kiosk = await enrolKiosk(ctx.app, 'K-AHEAD');
    const ahead = learnerUpserted('K-AHEAD', 1, 'L9', ctx.clock.now + 3_600_000);
    expect((await pushReq(ctx.app, kiosk, [ahead])).statusCode).toBe(200);
    expect((await call('POST', '/learners/L9/archive')).statusCode).toBe(200);
    expect(await learner('L9')).toMatchObject({ status: 'archived' });
    const archive = (await pulled()).find((e) => e.type === 'learner-archived');
    expect(archive!.at).toBe(ahead.at + 1);
  });

  it('issues badges in bulk to the listed learners without one, and one by one', async () => {
    await start();
    await importRows(await rowsOf('inscrits.csv', GOOD_CSV_1252));
    await call('POST', '/learners/W0003/archive');
    const first = await call('POST', '/learners/W0001/badge', { action: 'issue' });
    expect(first.statusCode, first.body).toBe(200);
    const token = first.json().issued as string;
    expect((await call('POST', '/learners/W0001/badge', { action: 'issue' })).json().error).toBe(
      'already-active',
    );

    // W0001 has one, W0003 is archived: only W0002 gets a badge.
    const bulk = await call('POST', '/badges', { learnerIds: ['W0001', 'W0002', 'W0003'] });
    expect(bulk.json().issued).toEqual([{ learnerId: 'W0002', token: expect.any(String) }]);
    expect((await call('POST', '/badges', { learnerIds: ['W0002'] })).json().issued).toEqual([]);

    const reissued = (await call('POST', '/learners/W0001/badge', { action: 'reissue' })).json();
    expect(reissued).toMatchObject({ revoked: [token], learner: { active: [reissued.issued] } });
    const revoked = (await call('POST', '/learners/W0002/badge', { action: 'revoke' })).json();
    expect(revoked.learner).toMatchObject({ active: [], revoked: [expect.any(String)] });
    const w3 = await call('POST', '/learners/W0003/badge', { action: 'issue' });
    expect([w3.statusCode, w3.json().error]).toEqual([409, 'archived']);

    const badges = (await pulled()).filter((e) => e.type.startsWith('badge-'));
    expect(badges.map((e) => [e.type, 'learnerId' in e && e.learnerId])).toEqual([
      ['badge-issued', 'W0001'],
      ['badge-issued', 'W0002'],
      ['badge-revoked', 'W0001'],
      ['badge-issued', 'W0001'],
      ['badge-revoked', 'W0002'],
    ]);
    expect(await learner('W0001')).toMatchObject({ active: [reissued.issued], revoked: [token] });
  });

  it('never gives one learner two badges when bulk issues run at once', async () => {
    await start();
    await importRows(await rowsOf('inscrits.csv', GOOD_CSV_1252));
    const ids = ['W0001', 'W0002', 'W0003'];
    const answers = await Promise.all(
      [1, 2, 3].map(() => call('POST', '/badges', { learnerIds: ids })),
    );
    expect(answers.map((a) => a.statusCode)).toEqual([200, 200, 200]);
    const issued = answers.flatMap((a) => a.json().issued as { learnerId: string }[]);
    expect(issued.map((i) => i.learnerId).sort()).toEqual(ids);
    expect((await learners()).learners.map((l) => l.active.length)).toEqual([1, 1, 1]);
  });

  it('answers reception 403 and no session 401 on every route, and writes nothing', async () => {
    await start();
    const input = await rowsOf('inscrits.csv', GOOD_CSV_1252);
    const routes: ['GET' | 'POST', string, object?][] = [
      ['GET', '/learners'],
      ['POST', '/import', { input, dryRun: false, rosterSeq: 0 }],
      ['POST', '/learners/W0001', { firstName: 'A', lastName: 'B', groups: '', language: '' }],
      ['POST', '/learners/W0001/archive'],
      ['POST', '/learners/W0001/reactivate'],
      ['POST', '/learners/W0001/badge', { action: 'issue' }],
      ['POST', '/badges', { learnerIds: ['W0001'] }],
    ];
    for (const [method, url, payload] of routes) {
      expect((await call(method, url, payload, 'reception')).statusCode, url).toBe(403);
      const anonymous = await ctx.app.inject({ method, url: `${ROSTER}${url}`, payload });
      expect(anonymous.statusCode, url).toBe(401);
    }
    const { rows } = await ctx.db.query('SELECT 1 FROM events');
    expect(rows).toEqual([]);
  });
});
