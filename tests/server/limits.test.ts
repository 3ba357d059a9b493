// Limits that fit a real network: a verified kiosk (or admin) has a rate-limit bucket of its
// own, whatever address it shares (a centre's NAT, the reverse proxy DEPLOY.md recommends);
// requests without a valid credential are counted per address, the address a trusted proxy
// gives with TRUST_PROXY. A kiosk's stored rejected events are bounded, oldest dropped, counted.
import { expect, it } from 'vitest';
import { readConfig } from '../../server/lifecycle';
import { adminAuth, auth, checkIn, enrolKiosk, forEachBackend, pushReq } from './harness';

forEachBackend('limits', (ctx) => {
  it('gives each verified kiosk its own bucket, whatever address it shares', async () => {
    const k1 = await enrolKiosk(ctx.app, 'K1');
    const k2 = await enrolKiosk(ctx.app, 'K2');
    // Every request here comes from 127.0.0.1, as kiosks behind one proxy or NAT do.
    const app = await ctx.makeApp({ rateLimit: { max: 3, callerMax: 3, timeWindow: 60_000 } });
    for (let seq = 1; seq <= 3; seq++) {
      expect((await pushReq(app, k1, [checkIn('K1', seq)])).statusCode).toBe(200);
    }
    const limited = await pushReq(app, k1, [checkIn('K1', 4)]);
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error).toBe('rate-limited');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    for (let seq = 1; seq <= 3; seq++) {
      expect((await pushReq(app, k2, [checkIn('K2', seq)])).statusCode).toBe(200);
    }
    const pulled = await app.inject({ method: 'GET', url: '/v1/pull?since=0', headers: auth(k2) });
    expect(pulled.statusCode).toBe(429);
  });

  it('counts requests without a valid credential per address, apart from the kiosks', async () => {
    const k1 = await enrolKiosk(ctx.app, 'K1');
    const app = await ctx.makeApp({
      rateLimit: { max: 2, callerMax: 100, timeWindow: 60_000, enrolMax: 2 },
    });
    const forged = 'K1.not-the-secret';
    expect((await pushReq(app, forged, [checkIn('K1', 1)])).statusCode).toBe(401);
    expect((await pushReq(app, forged, [checkIn('K1', 1)])).statusCode).toBe(401);
    const limited = await pushReq(app, forged, [checkIn('K1', 1)]);
    expect(limited.statusCode).toBe(429);
    // The kiosk behind the same address is not held back by someone else's bad token.
    expect((await pushReq(app, k1, [checkIn('K1', 1)])).json()).toMatchObject({ acked: 1 });
    const admin = await app.inject({ method: 'GET', url: '/v1/admin/kiosks', headers: adminAuth });
    expect(admin.statusCode).toBe(200);
  });

  it('takes the client address from a trusted proxy only (TRUST_PROXY)', async () => {
    const limits = { max: 2, timeWindow: 60_000 };
    const via = (app: typeof ctx.app, client: string) =>
      app.inject({ method: 'GET', url: '/health', headers: { 'x-forwarded-for': client } });
    // inject() connects from 127.0.0.1: the proxy, here.
    const behind = await ctx.makeApp({ rateLimit: limits, trustProxy: ['127.0.0.1'] });
    expect((await via(behind, '10.0.0.1')).statusCode).toBe(200);
    expect((await via(behind, '10.0.0.1')).statusCode).toBe(200);
    expect((await via(behind, '10.0.0.1')).statusCode).toBe(429);
    expect((await via(behind, '10.0.0.2')).statusCode).toBe(200);
    // Without it, X-Forwarded-For is whatever a client wrote: ignored.
    const direct = await ctx.makeApp({ rateLimit: limits });
    expect((await via(direct, '10.0.0.1')).statusCode).toBe(200);
    expect((await via(direct, '10.0.0.2')).statusCode).toBe(200);
    expect((await via(direct, '10.0.0.3')).statusCode).toBe(429);
  });

  it('keeps a kiosk’s newest rejected events up to a bound, and counts the ones dropped', async () => {
    const k1 = await enrolKiosk(ctx.app, 'K1');
    const k2 = await enrolKiosk(ctx.app, 'K2');
    const app = await ctx.makeApp({ rejectedPerKiosk: { rows: 4, bytes: 1_000_000 } });
    const malformed = (kioskId: string, seq: number) => ({ ...checkIn(kioskId, seq), extra: 'x' });
    for (let batch = 0; batch < 3; batch++) {
      const first = batch * 3 + 1;
      const res = await pushReq(app, k1, [
        malformed('K1', first),
        checkIn('K1', first + 1),
        malformed('K1', first + 2),
      ]);
      expect(res.json()).toMatchObject({ acked: first + 2 });
      expect(res.json().rejected.map((r: { seq: number }) => r.seq)).toEqual([first, first + 2]);
    }
    await pushReq(app, k2, [malformed('K2', 1), malformed('K2', 2)]);
    const kept = await ctx.db.query<{ kiosk_id: string; seq: number }>(
      `SELECT kiosk_id, seq FROM rejected_events ORDER BY kiosk_id, seq`,
    );
    expect(kept.rows.map((r) => `${r.kiosk_id}:${r.seq}`)).toEqual([
      'K1:4',
      'K1:6',
      'K1:7',
      'K1:9',
      'K2:1',
      'K2:2',
    ]);
    const list = await app.inject({ method: 'GET', url: '/v1/admin/kiosks', headers: adminAuth });
    const dropped = Object.fromEntries(
      list
        .json()
        .kiosks.map((k: { id: string; rejectedDropped: number }) => [k.id, k.rejectedDropped]),
    );
    expect(dropped).toEqual({ K1: 2, K2: 0 });

    // A bound in characters too: large rejected events keep fewer rows.
    const k3 = await enrolKiosk(ctx.app, 'K3');
    const tight = await ctx.makeApp({ rejectedPerKiosk: { rows: 100, bytes: 3_000 } });
    const big = (seq: number) => ({ ...checkIn('K3', seq), extra: 'y'.repeat(1_200) });
    await pushReq(tight, k3, [big(1), big(2), big(3), big(4)]);
    const k3Rows = await ctx.db.query<{ seq: number }>(
      `SELECT seq FROM rejected_events WHERE kiosk_id = 'K3' ORDER BY seq`,
    );
    expect(k3Rows.rows.map((r) => r.seq)).toEqual([3, 4]);
  });
});

it('reads TRUST_PROXY: off unless set, true, or proxies’ addresses and ranges', () => {
  expect(readConfig({}).trustProxy).toBe(false);
  expect(readConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
  expect(readConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
  expect(readConfig({ TRUST_PROXY: '127.0.0.1, 10.0.0.0/8,::1' }).trustProxy).toEqual([
    '127.0.0.1',
    '10.0.0.0/8',
    '::1',
  ]);
  expect(() => readConfig({ TRUST_PROXY: 'proxy.local' })).toThrow(/TRUST_PROXY/);
  expect(() => readConfig({ TRUST_PROXY: '10.0.0.0/33' })).toThrow(/TRUST_PROXY/);
});
