// Heartbeats: sent with a push, the latest one kept per kiosk; pushes without one (older kiosks)
// and malformed ones.
import { expect, it } from 'vitest';
import { latestHeartbeats } from '../../server/store/heartbeats';
import type { KioskHeartbeat } from '../../shared/sync-protocol';
import { auth, checkIn, enrolKiosk, forEachBackend, pushReq } from './harness';

const beat = (change: Partial<KioskHeartbeat> = {}): KioskHeartbeat => ({
  appVersion: '1.4.2',
  lastSeq: 3,
  clockOffsetMs: -1200,
  crashes: 1,
  lastCrashAt: Date.UTC(2025, 2, 9, 18),
  lastError: {
    problem: 'offline',
    detail: 'TypeError: fetch failed',
    at: Date.UTC(2025, 2, 10, 8),
  },
  ...change,
});

forEachBackend('kiosk heartbeats', (ctx) => {
  const push = (token: string, events: unknown[], heartbeat?: unknown) =>
    ctx.app.inject({
      method: 'POST',
      url: '/v1/push',
      headers: auth(token),
      payload: heartbeat === undefined ? { events } : { events, heartbeat },
    });

  it('keeps the latest heartbeat of each kiosk, as sent, with when it came', async () => {
    const k1 = await enrolKiosk(ctx.app, 'K1');
    const k2 = await enrolKiosk(ctx.app, 'K2');
    expect((await push(k1, [checkIn('K1', 1)], beat())).statusCode).toBe(200);
    ctx.clock.now += 60_000;
    const later = beat({ lastSeq: 5, crashes: 2, lastError: null, clockOffsetMs: null });
    expect((await push(k1, [checkIn('K1', 2)], later)).statusCode).toBe(200);
    expect((await push(k2, [], beat({ appVersion: '1.3.0' }))).statusCode).toBe(200);
    const stored = await latestHeartbeats(ctx.db);
    expect(stored.get('K1')).toEqual({ ...later, receivedAt: ctx.clock.now });
    expect(stored.get('K2')).toEqual({
      ...beat({ appVersion: '1.3.0' }),
      receivedAt: ctx.clock.now,
    });
  });

  it('keeps a push without a heartbeat working (older kiosks), and the last heartbeat too', async () => {
    const token = await enrolKiosk(ctx.app, 'K1');
    await push(token, [], beat());
    const old = await pushReq(ctx.app, token, [checkIn('K1', 1)]);
    expect(old.statusCode).toBe(200);
    expect(old.json().acked).toBe(1);
    expect((await latestHeartbeats(ctx.db)).get('K1')?.appVersion).toBe('1.4.2');
  });

  it('stores the heartbeat of a push refused for a gap', async () => {
    const token = await enrolKiosk(ctx.app, 'K1');
    const gap = await push(token, [checkIn('K1', 4)], beat({ lastSeq: 4 }));
    expect(gap.statusCode).toBe(409);
    expect((await latestHeartbeats(ctx.db)).get('K1')?.lastSeq).toBe(4);
  });

  it.each([
    ['an unknown problem', { lastError: { problem: 'bored', detail: '', at: null } }],
    ['an overlong version', { appVersion: 'v'.repeat(65) }],
    ['an overlong detail', { lastError: { problem: 'server', detail: 'x'.repeat(501), at: null } }],
    ['a negative crash count', { crashes: -1 }],
    ['a fractional sequence', { lastSeq: 1.5 }],
    ['an extra field', { password: 'x' }],
    ['a control character', { appVersion: '1.0\u0000' }],
  ])('drops a heartbeat with %s, storing the push alone', async (_, change) => {
    const token = await enrolKiosk(ctx.app, 'K1');
    const answer = await push(token, [checkIn('K1', 1)], { ...beat(), ...change });
    expect(answer.statusCode).toBe(200);
    expect(answer.json().acked).toBe(1);
    expect((await latestHeartbeats(ctx.db)).size).toBe(0);
  });

  it('takes heartbeats only from an authenticated kiosk', async () => {
    await enrolKiosk(ctx.app, 'K1');
    expect((await push('K1.wrong', [], beat())).statusCode).toBe(401);
    expect((await latestHeartbeats(ctx.db)).size).toBe(0);
  });
});
