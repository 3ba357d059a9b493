// The service around the routes: CORS, limits, health, OpenAPI, migrations, shutdown, secrets.
import crypto from 'node:crypto';
import { EventEmitter } from 'node:events';
import { expect, it, vi } from 'vitest';
import {
  normaliseCode,
  newEnrolmentCode,
  secretMatches,
  hashSecret,
  splitToken,
} from '../../server/auth';
import { createServer } from '../../server/app';
import { closeOnSignals } from '../../server/lifecycle';
import { migrate, MIGRATIONS } from '../../server/migrations';
import type { Database } from '../../server/db';
import { ADMIN_TOKEN, adminAuth, auth, checkIn, enrolKiosk, forEachBackend } from './harness';

forEachBackend('service', (ctx) => {
  it('answers CORS preflights from any origin for Authorization and Content-Type', async () => {
    const res = await ctx.app.inject({
      method: 'OPTIONS',
      url: '/v1/push',
      headers: {
        origin: 'app://accueil',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization,content-type',
      },
    });
    expect(res.statusCode).toBe(204);
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(String(res.headers['access-control-allow-headers'])).toMatch(/Authorization/);
    expect(String(res.headers['access-control-allow-headers'])).toMatch(/Content-Type/);
    expect(String(res.headers['access-control-allow-methods'])).toMatch(/POST/);
    const get = await ctx.app.inject({
      method: 'GET',
      url: '/health',
      headers: { origin: 'http://127.0.0.1:5173' },
    });
    expect(get.headers['access-control-allow-origin']).toBe('*');
  });

  it('answers 413 to a body over the limit, for JSON and for a roster', async () => {
    const token = await enrolKiosk(ctx.app, 'K1');
    const big = { events: [{ seq: 1, padding: 'x'.repeat(5 * 1024 * 1024) }] };
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/v1/push',
      headers: auth(token),
      payload: big,
    });
    expect(res.statusCode).toBe(413);
    expect(res.json().error).toBe('body-too-large');
    const small = await ctx.makeApp({ rosterBodyLimit: 1_000 });
    const roster = await small.inject({
      method: 'POST',
      url: '/v1/admin/roster',
      headers: { ...adminAuth, 'content-type': 'text/csv' },
      payload: `id;prénom;nom\r\n${'L1;A;B\r\n'.repeat(200)}`,
    });
    expect(roster.statusCode).toBe(413);
  });

  it('answers 429 past the rate limit, enrolment sooner', async () => {
    const app = await ctx.makeApp({ rateLimit: { max: 3, timeWindow: 60_000, enrolMax: 1 } });
    const codes = [200, 200, 200, 429];
    for (const expected of codes)
      expect((await app.inject({ method: 'GET', url: '/health' })).statusCode).toBe(expected);
    const limited = await app.inject({ method: 'GET', url: '/health' });
    expect(limited.json()).toEqual({
      error: 'rate-limited',
      message: expect.stringMatching(/retry/),
    });
    const other = await ctx.makeApp({ rateLimit: { max: 100, timeWindow: 60_000, enrolMax: 1 } });
    const enrol = () =>
      other.inject({
        method: 'POST',
        url: '/v1/enrol',
        payload: { code: 'x', kioskId: 'K', kioskName: 'K' },
      });
    expect((await enrol()).statusCode).toBe(401);
    expect((await enrol()).statusCode).toBe(429);
  });

  it('reports health, and 503 when the database does not answer', async () => {
    const ok = await ctx.app.inject({ method: 'GET', url: '/health' });
    expect(ok.json()).toEqual({ status: 'ok', database: ctx.backend, serverTime: ctx.clock.now });
    let up = true;
    const query: Database['query'] = (sql, params) =>
      up ? ctx.db.query(sql, params) : Promise.reject(new Error('connection lost'));
    const app = await ctx.makeApp({ db: { ...ctx.db, kind: ctx.db.kind, query } as Database });
    up = false;
    const down = await app.inject({ method: 'GET', url: '/health' });
    expect(down.statusCode).toBe(503);
    expect(down.json().status).toBe('unavailable');
  });

  it('serves an OpenAPI document listing every route', async () => {
    const doc = (await ctx.app.inject({ method: 'GET', url: '/openapi.json' })).json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths).sort()).toEqual(
      [
        '/health',
        '/v1/enrol',
        '/v1/push',
        '/v1/pull',
        '/v1/admin/kiosks',
        '/v1/admin/kiosks/{id}/revoke',
        '/v1/admin/roster',
        '/v1/admin/export',
      ].sort(),
    );
    expect(doc.paths['/v1/push'].post.responses).toHaveProperty('409');
    expect(
      doc.paths['/v1/push'].post.requestBody.content['application/json'].schema.properties.events
        .maxItems,
    ).toBe(1000);
  });

  it('migrates an empty database once; migrating again is a no-op', async () => {
    // beforeEach emptied the schema and the server migrated it.
    expect(await migrate(ctx.db)).toEqual([]);
    const applied = await ctx.db.query<{ version: number }>(
      'SELECT version FROM schema_migrations',
    );
    expect(applied.rows.map((r) => r.version)).toEqual(MIGRATIONS.map((m) => m.version));
    // Every table the migrations made, whichever they are.
    const dropAll = async () => {
      const { rows } = await ctx.db.query<{ tablename: string }>(
        'SELECT tablename FROM pg_tables WHERE schemaname = current_schema()',
      );
      await ctx.db.exec(`DROP TABLE ${rows.map((r) => `"${r.tablename}"`).join(', ')} CASCADE`);
    };
    await dropAll();
    expect(await migrate(ctx.db)).toEqual(MIGRATIONS.map((m) => m.version));
    expect(await migrate(ctx.db)).toEqual([]);
    // Concurrent starts: one migrates, the others wait on the lock and find it done.
    await dropAll();
    const results = await Promise.all([migrate(ctx.db), migrate(ctx.db), migrate(ctx.db)]);
    expect(results.flat()).toEqual(MIGRATIONS.map((m) => m.version));
  });

  it('shuts down on SIGTERM: in-flight requests finish, new ones are refused, then the database closes', async () => {
    const close = vi.fn(async () => {});
    const db = {
      ...ctx.db,
      query: ctx.db.query,
      transaction: ctx.db.transaction,
      exec: ctx.db.exec,
      close,
    } as Database;
    const app = await createServer({
      db,
      now: () => ctx.clock.now,
      envAdminToken: ADMIN_TOKEN,
      rateLimit: false,
    });
    let arrived!: () => void;
    const atGate = new Promise<void>((resolve) => (arrived = resolve));
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    app.addHook('preHandler', async (request) => {
      if (request.url !== '/v1/push') return;
      arrived();
      await gate;
    });
    const token = await enrolKiosk(app, 'K1');
    await app.listen({ port: 0, host: '127.0.0.1' });
    const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
    const inFlight = fetch(`${base}/v1/push`, {
      method: 'POST',
      headers: { ...auth(token), 'content-type': 'application/json' },
      body: JSON.stringify({ events: [checkIn('K1', 1)] }),
    });
    await atGate;
    const signals = new EventEmitter();
    const stopped = new Promise<unknown>((resolve) => closeOnSignals(app, signals, resolve));
    signals.emit('SIGTERM');
    signals.emit('SIGINT'); // a second signal does not start a second shutdown
    await expect.poll(() => app.server.listening, { timeout: 30_000 }).toBe(false);
    await expect(fetch(`${base}/health`)).rejects.toThrow();
    expect(close).not.toHaveBeenCalled();
    release();
    const res = await inFlight;
    expect(res.status).toBe(200);
    expect(((await res.json()) as { acked: number }).acked).toBe(1);
    expect(await stopped).toBeUndefined();
    expect(close).toHaveBeenCalledTimes(1);
  });
});

it('compares secrets in constant time, whatever the input', () => {
  const spy = vi.spyOn(crypto, 'timingSafeEqual');
  const stored = hashSecret('right');
  expect(secretMatches('right', stored)).toBe(true);
  expect(secretMatches('wrong', stored)).toBe(false);
  expect(secretMatches('', stored)).toBe(false);
  expect(secretMatches('x'.repeat(10_000), stored)).toBe(false);
  // An unknown row still costs a comparison.
  expect(secretMatches('right', undefined)).toBe(false);
  expect(spy).toHaveBeenCalledTimes(5);
  for (const [a, b] of spy.mock.calls) expect([a.byteLength, b.byteLength]).toEqual([32, 32]);
  spy.mockRestore();
});

it('makes typeable codes with 100 bits and reads them forgivingly; splits tokens at the last dot', () => {
  const codes = new Set(Array.from({ length: 200 }, newEnrolmentCode));
  expect(codes.size).toBe(200);
  const code = [...codes][0]!;
  expect(normaliseCode(code)).toBe(code.replaceAll('-', ''));
  expect(normaliseCode(` ${code.toLowerCase()} `)).toBe(code.replaceAll('-', ''));
  expect(normaliseCode('O0IL-1111-1111-1111-1111')).toBe('00111111111111111111');
  expect(normaliseCode('UUUU-1111-1111-1111-1111')).toBeNull();
  expect(normaliseCode('1111')).toBeNull();
  expect(splitToken('kiosk.with.dots.secret')).toEqual({ id: 'kiosk.with.dots', secret: 'secret' });
  expect(splitToken('.secret')).toBeNull();
  expect(splitToken('id.')).toBeNull();
});
