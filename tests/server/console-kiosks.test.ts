// The console's Kiosks routes: the list with heartbeats, outbox and silence flags; a new code
// with the link its QR code carries; revoking; admins only; every change in the audit log.
import { expect, it } from 'vitest';
import { readConfig } from '../../server/lifecycle';
import type { AccueilServer } from '../../server/app';
import type { ConsoleEnrolResponse, ConsoleKiosksResponse } from '../../shared/console-kiosks';
import { CONSOLE_COOKIE, CSRF_HEADER, type ConsoleRole } from '../../shared/console';
import { parseEnrolLink } from '../../shared/enrolment';
import type { KioskHeartbeat } from '../../shared/sync-protocol';
import { adminAuth, auth, checkIn, enrolKiosk, forEachBackend, pushReq } from './harness';

const URL = '/v1/console/kiosks';
const MIN = 60_000;
const beat = (lastSeq: number): KioskHeartbeat => ({
  appVersion: '1.4.2',
  lastSeq,
  clockOffsetMs: -90_000,
  crashes: 2,
  lastCrashAt: null,
  lastError: {
    problem: 'offline',
    detail: 'TypeError: fetch failed',
    at: Date.UTC(2025, 2, 10, 8),
  },
});

/** A console session of a new account with `role`: its cookie and CSRF header. */
async function sessionOf(app: AccueilServer, role: ConsoleRole) {
  const who = { name: `Camille ${role}`, password: 'correct horse battery' };
  const made = await app.inject({
    method: 'POST',
    url: '/v1/console/accounts',
    headers: adminAuth,
    payload: { ...who, role },
  });
  expect(made.statusCode, made.body).toBe(201);
  const signed = await app.inject({
    method: 'POST',
    url: '/v1/console/auth/sign-in',
    payload: who,
  });
  expect(signed.statusCode, signed.body).toBe(200);
  const cookie = String(signed.headers['set-cookie']).split(';')[0]!;
  expect(cookie.startsWith(`${CONSOLE_COOKIE}=`)).toBe(true);
  return { cookie, [CSRF_HEADER]: signed.json<{ csrf: string }>().csrf };
}

forEachBackend('console: kiosks', (ctx) => {
  const list = async (app = ctx.app) => {
    const answer = await app.inject({ method: 'GET', url: URL, headers: adminAuth });
    expect(answer.statusCode, answer.body).toBe(200);
    return answer.json<ConsoleKiosksResponse>();
  };
  const row = (answer: ConsoleKiosksResponse, name: string) =>
    answer.kiosks.find((kiosk) => kiosk.name === name)!;

  it('lists each kiosk with its heartbeat and outbox, and flags one silent past the limit', async () => {
    const hall = await enrolKiosk(ctx.app, 'K1', 'Hall');
    await enrolKiosk(ctx.app, 'K2', 'Étage');
    await ctx.app.inject({
      method: 'POST',
      url: '/v1/admin/kiosks',
      headers: adminAuth,
      payload: { name: 'Atelier' },
    });
    // Five events made, three sent: two wait in the outbox.
    const pushed = await ctx.app.inject({
      method: 'POST',
      url: '/v1/push',
      headers: auth(hall),
      payload: {
        events: [checkIn('K1', 1), checkIn('K1', 2), checkIn('K1', 3)],
        heartbeat: beat(5),
      },
    });
    expect(pushed.statusCode).toBe(200);
    const first = await list();
    expect(first.silentAfterMs).toBe(10 * MIN);
    expect(row(first, 'Hall')).toMatchObject({
      presence: 'online',
      outbox: 2,
      lastSeenAt: ctx.clock.now,
      heartbeat: { ...beat(5), receivedAt: ctx.clock.now },
    });
    expect(row(first, 'Étage')).toMatchObject({
      presence: 'online',
      outbox: null,
      heartbeat: null,
    });
    expect(row(first, 'Atelier')).toMatchObject({
      presence: 'waiting',
      state: 'awaiting-enrolment',
    });

    // Eleven minutes on, only the hall has been heard from again.
    ctx.clock.now += 11 * MIN;
    expect((await pushReq(ctx.app, hall, [checkIn('K1', 4)])).statusCode).toBe(200);
    const later = await list();
    expect(row(later, 'Hall')).toMatchObject({ presence: 'online', outbox: 1 });
    expect(row(later, 'Étage').presence).toBe('silent');
    expect(row(later, 'Atelier').presence).toBe('waiting');
    // The limit is the server's option.
    const patient = await ctx.makeApp({ kiosks: { silentAfterMs: 30 * MIN } });
    expect(row(await list(patient), 'Étage').presence).toBe('online');
  });

  it('creates a code whose QR link names this server and enrols a kiosk; the action is audited', async () => {
    const admin = await sessionOf(ctx.app, 'admin');
    const created = await ctx.app.inject({
      method: 'POST',
      url: URL,
      headers: { ...admin, host: 'accueil.local:8787' },
      payload: { name: 'Accueil hall' },
    });
    expect(created.statusCode, created.body).toBe(201);
    const body = created.json<ConsoleEnrolResponse>();
    expect(body).toMatchObject({ name: 'Accueil hall', serverUrl: 'http://accueil.local:8787' });
    expect(body.code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){4}$/);
    const link = parseEnrolLink(body.link)!;
    expect(link.serverUrl).toBe('http://accueil.local:8787');
    const enrolled = await ctx.app.inject({
      method: 'POST',
      url: '/v1/enrol',
      payload: { code: link.code, kioskId: 'K9', kioskName: 'Poste 9' },
    });
    expect(enrolled.statusCode, enrolled.body).toBe(200);
    expect(enrolled.json().name).toBe('Accueil hall');
    const audited = await ctx.db.query<{ actor_name: string; action: string; details: string }>(
      `SELECT actor_name, action, details FROM console_audit WHERE action LIKE 'kiosk.%'`,
    );
    expect(audited.rows).toEqual([
      {
        actor_name: 'Camille admin',
        action: 'kiosk.code-created',
        details: JSON.stringify({ enrolmentId: body.enrolmentId, name: 'Accueil hall' }),
      },
    ]);
    // Behind a proxy or a NAT, the address kiosks use is the server's option.
    const published = await ctx.makeApp({ kiosks: { publicUrl: 'https://accueil.tumo.be' } });
    const named = await published.inject({
      method: 'POST',
      url: URL,
      headers: adminAuth,
      payload: { name: 'Deux' },
    });
    expect(parseEnrolLink(named.json<ConsoleEnrolResponse>().link)?.serverUrl).toBe(
      'https://accueil.tumo.be',
    );
  });

  it('revokes a kiosk and withdraws an unused code, each audited; 404 for an unknown id', async () => {
    const token = await enrolKiosk(ctx.app, 'K1', 'Hall');
    const code = await ctx.app.inject({
      method: 'POST',
      url: URL,
      headers: adminAuth,
      payload: { name: 'Atelier' },
    });
    const { enrolmentId } = code.json<ConsoleEnrolResponse>();
    const admin = await sessionOf(ctx.app, 'admin');
    const revoke = (id: string) =>
      ctx.app.inject({
        method: 'POST',
        url: `${URL}/${encodeURIComponent(id)}/revoke`,
        headers: admin,
      });
    expect((await revoke('K1')).json()).toEqual({ id: 'K1', revoked: 'kiosk' });
    expect((await revoke(enrolmentId)).json()).toEqual({ id: enrolmentId, revoked: 'code' });
    expect((await revoke('nobody')).statusCode).toBe(404);
    expect((await pushReq(ctx.app, token, [checkIn('K1', 1)])).statusCode).toBe(401);
    const after = await list();
    expect(row(after, 'Hall').presence).toBe('revoked');
    expect(after.kiosks.some((kiosk) => kiosk.name === 'Atelier')).toBe(false);
    const audited = await ctx.db.query<{ action: string; details: string }>(
      `SELECT action, details FROM console_audit WHERE action LIKE 'kiosk.%' AND actor_kind = 'console' ORDER BY id`,
    );
    expect(audited.rows).toEqual([
      { action: 'kiosk.revoked', details: JSON.stringify({ id: 'K1' }) },
      { action: 'kiosk.code-withdrawn', details: JSON.stringify({ id: enrolmentId }) },
    ]);
  });

  it('is for admins: 401 without a session, 403 for reception or without the CSRF token', async () => {
    const reception = await sessionOf(ctx.app, 'reception');
    const admin = await sessionOf(ctx.app, 'admin');
    const post = (headers: Record<string, string>) =>
      ctx.app.inject({ method: 'POST', url: URL, headers, payload: { name: 'X' } });
    expect((await ctx.app.inject({ method: 'GET', url: URL })).statusCode).toBe(401);
    expect((await ctx.app.inject({ method: 'GET', url: URL, headers: reception })).statusCode).toBe(
      403,
    );
    expect((await post({})).statusCode).toBe(401);
    expect((await post(reception)).statusCode).toBe(403);
    expect((await post({ cookie: admin.cookie })).statusCode).toBe(403);
    const revoke = await ctx.app.inject({
      method: 'POST',
      url: `${URL}/K1/revoke`,
      headers: reception,
    });
    expect(revoke.statusCode).toBe(403);
    expect((await post(admin)).statusCode).toBe(201);
  });
});

it('reads KIOSK_SILENT_AFTER_MIN and PUBLIC_URL from the environment, refusing nonsense', () => {
  expect(readConfig({}).kiosks).toEqual({ silentAfterMs: 10 * MIN, publicUrl: null });
  expect(
    readConfig({ KIOSK_SILENT_AFTER_MIN: '15', PUBLIC_URL: 'https://accueil.tumo.be/' }).kiosks,
  ).toEqual({ silentAfterMs: 15 * MIN, publicUrl: 'https://accueil.tumo.be' });
  for (const minutes of ['0', '-5', '1.5', 'ten']) {
    expect(() => readConfig({ KIOSK_SILENT_AFTER_MIN: minutes })).toThrow(/KIOSK_SILENT_AFTER_MIN/);
  }
  for (const url of ['accueil.tumo.be', 'ftp://x', 'https://a@b', 'https://x/?q=1']) {
    expect(() => readConfig({ PUBLIC_URL: url })).toThrow(/PUBLIC_URL/);
  }
});
