// The console's security, on both engines: every console route is closed without a session
// (found from the server's own route table, so feature routes added later are held to it), state
// changes need the CSRF token and a same-site origin, roles, cookie flags, inactivity, lock-out.
import { expect, it } from 'vitest';
import type { AccueilServer } from '../../server/app';
import { PUBLIC_CONSOLE_ROUTES } from '../../server/console/auth';
import { LOCK_AFTER } from '../../server/console/accounts';
import { CONSOLE_API, CSRF_HEADER, BACKGROUND_HEADER } from '../../shared/console';
import { adminAuth, enrolKiosk, forEachBackend, auth } from './harness';
import { ADMIN, RECEPTION, addAccount, as, firstAdmin, signIn } from './support/console';

const STATE_CHANGES = ['POST', 'PUT', 'PATCH', 'DELETE'];

/** Every console route but the public ones, with its parameters filled in. */
function guardedRoutes(app: AccueilServer) {
  return app.accueil.routes
    .filter((r) => r.url.startsWith(`${CONSOLE_API}/`) && !['HEAD', 'OPTIONS'].includes(r.method))
    .filter((r) => !PUBLIC_CONSOLE_ROUTES.includes(`${r.method} ${r.url}`))
    .map((r) => ({
      method: r.method as 'GET' | 'POST',
      url: r.url.replace(/:[^/]+/g, 'x').replace(/\*/g, 'x'),
    }));
}

const MINUTE = 60_000;

forEachBackend('console: sessions and guards', (ctx) => {
  it('closes every console route to a request without a session', async () => {
    const { app } = ctx;
    const routes = guardedRoutes(app);
    // The core's own routes are among them (the list is not empty by mistake).
    expect(routes.map((r) => `${r.method} ${r.url}`)).toEqual(
      expect.arrayContaining([
        `GET ${CONSOLE_API}/session`,
        `GET ${CONSOLE_API}/accounts`,
        `POST ${CONSOLE_API}/accounts/x/disable`,
      ]),
    );
    await firstAdmin(app, ctx.db);
    const kiosk = await enrolKiosk(app, 'K1');
    for (const route of routes) {
      for (const headers of [
        {},
        { cookie: 'accueil_console=not-a-session' },
        auth('not.a-token'),
      ]) {
        const answer = await app.inject({ ...route, headers, payload: {} });
        expect(answer.statusCode, `${route.method} ${route.url} ${JSON.stringify(headers)}`).toBe(
          401,
        );
      }
      const asKiosk = await app.inject({ ...route, headers: auth(kiosk), payload: {} });
      expect(asKiosk.statusCode, `${route.method} ${route.url} with a kiosk token`).toBe(403);
    }
  });

  it('refuses every state change without the CSRF token or from another origin', async () => {
    const { app } = ctx;
    const admin = await firstAdmin(app, ctx.db);
    const changes = guardedRoutes(app).filter((r) => STATE_CHANGES.includes(r.method));
    expect(changes.length).toBeGreaterThanOrEqual(4);
    for (const route of changes) {
      const where = `${route.method} ${route.url}`;
      const bare = await app.inject({ ...route, headers: as(admin, false), payload: {} });
      expect(bare.statusCode, where).toBe(403);
      expect(bare.json().error, where).toBe('csrf');
      const wrong = await app.inject({
        ...route,
        headers: { ...as(admin, false), [CSRF_HEADER]: 'x'.repeat(43) },
        payload: {},
      });
      expect(wrong.json().error, where).toBe('csrf');
      const foreign = await app.inject({
        ...route,
        headers: { ...as(admin), origin: 'https://elsewhere.example' },
        payload: {},
      });
      expect(foreign.statusCode, where).toBe(403);
      expect(foreign.json().error, where).toBe('foreign-origin');
    }
    // Sign-in and set-up have no session yet: a foreign origin is refused there too.
    const foreignSignIn = await app.inject({
      method: 'POST',
      url: `${CONSOLE_API}/auth/sign-in`,
      headers: { origin: 'https://elsewhere.example' },
      payload: ADMIN,
    });
    expect(foreignSignIn.statusCode).toBe(403);
    // The same request from the page's own origin goes through.
    const own = await app.inject({
      method: 'POST',
      url: `${CONSOLE_API}/auth/sign-in`,
      headers: { origin: 'http://localhost:80' },
      payload: ADMIN,
    });
    expect(own.statusCode).toBe(200);
  });

  it('keeps reception out of admin actions, and lets it change its own password', async () => {
    const { app } = ctx;
    await firstAdmin(app, ctx.db);
    const id = await addAccount(app, RECEPTION, 'reception');
    const reception = await signIn(app, RECEPTION);
    const session = await app.inject({
      method: 'GET',
      url: `${CONSOLE_API}/session`,
      headers: as(reception),
    });
    expect(session.json().account).toEqual({ id, name: RECEPTION.name, role: 'reception' });
    for (const [method, url, payload] of [
      ['GET', `${CONSOLE_API}/accounts`, undefined],
      ['POST', `${CONSOLE_API}/accounts`, { name: 'X', role: 'admin', password: 'a'.repeat(12) }],
      ['POST', `${CONSOLE_API}/accounts/${id}/disable`, {}],
      ['POST', `${CONSOLE_API}/accounts/${id}/password`, { password: 'b'.repeat(12) }],
    ] as const) {
      const answer = await app.inject({ method, url, headers: as(reception), payload });
      expect(answer.statusCode, `${method} ${url}`).toBe(403);
      expect(answer.json().error).toBe('forbidden');
    }
    const changed = await app.inject({
      method: 'POST',
      url: `${CONSOLE_API}/session/password`,
      headers: as(reception),
      payload: { current: RECEPTION.password, password: 'a new reception phrase' },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    // The old session ended with the old password; the answer's new one works.
    const old = await app.inject({
      method: 'GET',
      url: `${CONSOLE_API}/session`,
      headers: as(reception),
    });
    expect(old.statusCode).toBe(401);
    const cookie = String(changed.headers['set-cookie']).split(';')[0]!;
    const renewed = await app.inject({
      method: 'GET',
      url: `${CONSOLE_API}/session`,
      headers: { cookie },
    });
    expect(renewed.statusCode).toBe(200);
  });

  it('accepts the admin bearer token on console routes, as admin and without CSRF', async () => {
    const { app } = ctx;
    const created = await app.inject({
      method: 'POST',
      url: `${CONSOLE_API}/accounts`,
      headers: adminAuth,
      payload: { name: 'Script-made', role: 'reception', password: 'a script passphrase' },
    });
    expect(created.statusCode, created.body).toBe(201);
    const list = await app.inject({
      method: 'GET',
      url: `${CONSOLE_API}/accounts`,
      headers: adminAuth,
    });
    expect(list.json().accounts.map((a: { name: string }) => a.name)).toEqual(['Script-made']);
    const audit = await ctx.db.query<{ actor_kind: string; action: string }>(
      'SELECT actor_kind, action FROM console_audit',
    );
    expect(audit.rows).toEqual([{ actor_kind: 'admin', action: 'account.create' }]);
  });

  it('sets the cookie HttpOnly, SameSite=Strict, and Secure over HTTPS behind a trusted proxy', async () => {
    const admin = await firstAdmin(ctx.app, ctx.db);
    expect(admin.setCookie).toMatch(
      /^accueil_console=[\w-]{43}; Path=\/; HttpOnly; SameSite=Strict$/,
    );
    const proxied = await ctx.makeApp({ trustProxy: true });
    const https = await signIn(proxied, ADMIN, { 'x-forwarded-proto': 'https' });
    expect(https.setCookie).toMatch(/; HttpOnly; SameSite=Strict; Secure$/);
    // Without trustProxy a client's X-Forwarded-Proto is not believed (plain HTTP: no Secure).
    const direct = await signIn(ctx.app, ADMIN, { 'x-forwarded-proto': 'https' });
    expect(direct.setCookie).not.toMatch(/Secure/);
  });

  it('ends a session after the inactivity limit; activity extends it, polling does not', async () => {
    const { app, clock } = ctx;
    const admin = await firstAdmin(app, ctx.db);
    const get = (headers: Record<string, string>) =>
      app.inject({ method: 'GET', url: `${CONSOLE_API}/session`, headers });
    clock.now += 29 * MINUTE;
    expect((await get(as(admin))).statusCode).toBe(200); // activity: 30 minutes from here
    clock.now += 29 * MINUTE;
    expect((await get({ ...as(admin), [BACKGROUND_HEADER]: '1' })).statusCode).toBe(200);
    clock.now += 2 * MINUTE; // 31 minutes after the last activity, despite the polling
    const ended = await get(as(admin));
    expect(ended.statusCode).toBe(401);
    expect(ended.json().error).toBe('session-expired');
    expect((await get(as(admin))).json().error).toBe('signed-out');
  });

  it('signs out: the cookie is cleared and no longer opens anything', async () => {
    const { app } = ctx;
    const admin = await firstAdmin(app, ctx.db);
    const out = await app.inject({
      method: 'POST',
      url: `${CONSOLE_API}/session/sign-out`,
      headers: as(admin),
    });
    expect(out.statusCode).toBe(204);
    expect(String(out.headers['set-cookie'])).toMatch(/^accueil_console=; .*Max-Age=0/);
    const after = await app.inject({
      method: 'GET',
      url: `${CONSOLE_API}/session`,
      headers: as(admin),
    });
    expect(after.statusCode).toBe(401);
  });

  it('locks an account out after repeated failures, says until when, and lets it in after', async () => {
    const { app, clock } = ctx;
    await firstAdmin(app, ctx.db);
    const wrong = { name: ADMIN.name, password: 'not the passphrase' };
    const attempt = (who: { name: string; password: string }) =>
      app.inject({ method: 'POST', url: `${CONSOLE_API}/auth/sign-in`, payload: who });
    for (let i = 1; i < LOCK_AFTER.account; i++) {
      const answer = await attempt(wrong);
      expect(answer.statusCode).toBe(401);
      expect(answer.json().error).toBe('wrong-credentials');
    }
    const locked = await attempt(wrong);
    expect(locked.statusCode).toBe(429);
    expect(locked.json()).toMatchObject({ error: 'locked', lockedUntil: clock.now + 30_000 });
    expect(locked.headers['retry-after']).toBe('30');
    // The right password is refused too while the lock holds, under another case of the name.
    const during = await attempt({ ...ADMIN, name: ADMIN.name.toUpperCase() });
    expect(during.json().error).toBe('locked');
    clock.now += 30_001;
    expect((await attempt(ADMIN)).statusCode).toBe(200);
    // A success clears the count: the next failure is a first one again.
    expect((await attempt(wrong)).json().error).toBe('wrong-credentials');
  });

  it('locks an address out after failures on many names', async () => {
    const { app } = ctx;
    await firstAdmin(app, ctx.db);
    let last = 0;
    for (let i = 0; i < LOCK_AFTER.address; i++) {
      const answer = await app.inject({
        method: 'POST',
        url: `${CONSOLE_API}/auth/sign-in`,
        payload: { name: `guess ${i}`, password: 'some password' },
      });
      last = answer.statusCode;
    }
    expect(last).toBe(429);
    // From this address even the admin's right password waits; another address is not held up.
    const here = await app.inject({
      method: 'POST',
      url: `${CONSOLE_API}/auth/sign-in`,
      payload: ADMIN,
    });
    expect(here.json().error).toBe('locked');
    const there = await app.inject({
      method: 'POST',
      url: `${CONSOLE_API}/auth/sign-in`,
      payload: ADMIN,
      remoteAddress: '10.0.0.7',
    });
    expect(there.statusCode).toBe(200);
  });

  it('disables an account and resets a password: sessions end, the audit log says who did it', async () => {
    const { app } = ctx;
    const admin = await firstAdmin(app, ctx.db);
    const id = await addAccount(app, RECEPTION, 'reception');
    const reception = await signIn(app, RECEPTION);
    const reset = await app.inject({
      method: 'POST',
      url: `${CONSOLE_API}/accounts/${id}/password`,
      headers: as(admin),
      payload: { password: 'a fresh passphrase' },
    });
    expect(reset.statusCode).toBe(204);
    const stale = await app.inject({
      method: 'GET',
      url: `${CONSOLE_API}/session`,
      headers: as(reception),
    });
    expect(stale.statusCode).toBe(401);
    const again = await signIn(app, { name: RECEPTION.name, password: 'a fresh passphrase' });
    const disabled = await app.inject({
      method: 'POST',
      url: `${CONSOLE_API}/accounts/${id}/disable`,
      headers: as(admin),
    });
    expect(disabled.statusCode).toBe(204);
    const gone = await app.inject({
      method: 'GET',
      url: `${CONSOLE_API}/session`,
      headers: as(again),
    });
    expect(gone.statusCode).toBe(401);
    const refused = await app.inject({
      method: 'POST',
      url: `${CONSOLE_API}/auth/sign-in`,
      payload: { name: RECEPTION.name, password: 'a fresh passphrase' },
    });
    expect(refused.json().error).toBe('account-disabled');
    // An admin cannot disable themself (the centre would lose its last admin by a slip).
    const adminId = (
      await app.inject({ method: 'GET', url: `${CONSOLE_API}/session`, headers: as(admin) })
    ).json().account.id;
    const self = await app.inject({
      method: 'POST',
      url: `${CONSOLE_API}/accounts/${adminId}/disable`,
      headers: as(admin),
    });
    expect(self.json().error).toBe('own-account');
    const audit = await ctx.db.query<{ actor_name: string; action: string; details: string }>(
      `SELECT actor_name, action, details FROM console_audit WHERE actor_kind = 'console' ORDER BY id`,
    );
    expect(audit.rows.map((r) => `${r.actor_name} ${r.action}`)).toEqual([
      `${ADMIN.name} account.setup`,
      `${RECEPTION.name} session.sign-in`,
      `${ADMIN.name} account.reset-password`,
      `${RECEPTION.name} session.sign-in`,
      `${ADMIN.name} account.disable`,
    ]);
    expect(JSON.parse(audit.rows[4]!.details)).toEqual({ account: id, name: RECEPTION.name });
  });
});
