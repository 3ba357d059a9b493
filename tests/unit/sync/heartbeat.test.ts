// The kiosk's heartbeat: sent with the first push of each sync, never with the others, telling
// the server the app's version, its crashes, its last sequence, its clock and its last failure.
import { describe, expect, it } from 'vitest';
import type { PushRequest } from '../../../shared/sync-protocol';
import { HEARTBEAT_DETAIL_MAX } from '../../../shared/sync-protocol';
import { enrolKiosk } from '../../../renderer/sync/enrol';
import { createSyncEngine } from '../../../renderer/sync/engine';
import { silentSyncLog } from '../../../renderer/sync/log';
import { FakeServer, freshDb } from './fake-server';
import { localEvents, setup, T0 } from './helpers';

const crashes = { count: 2, lastAt: T0 - 3_600_000, lastReason: 'oom' };
const about = async () => ({ appVersion: '1.4.2', crashes });

function pushes(server: { requests: { path: string; body: unknown }[] }): PushRequest[] {
  return server.requests.filter((r) => r.path === '/v1/push').map((r) => r.body as PushRequest);
}

describe('heartbeat', () => {
  it('goes with the first push of a sync only, with version, crashes and last sequence', async () => {
    const { db, server, engine } = await setup({ about, pushBatchSize: 2 });
    await localEvents(db, 5);
    expect(await engine.syncOnce()).toMatchObject({ ok: true, pushed: 5 });
    const sent = pushes(server);
    expect(sent.length).toBeGreaterThan(1);
    expect(sent[0]!.heartbeat).toEqual({
      appVersion: '1.4.2',
      lastSeq: 5,
      clockOffsetMs: null,
      crashes: 2,
      lastCrashAt: T0 - 3_600_000,
      lastError: null,
    });
    expect(sent.slice(1).map((body) => body.heartbeat)).toEqual(sent.slice(1).map(() => undefined));
  });

  it('tells the clock offset measured by the previous sync, kiosk minus server', async () => {
    const { server, clock, engine } = await setup({ about });
    server.now = () => clock.now + 90_000; // the kiosk is 90 s late
    await engine.syncOnce();
    await engine.syncOnce();
    expect(pushes(server)[1]!.heartbeat?.clockOffsetMs).toBe(-90_000);
  });

  it('tells the clock offset from the first sync after an enrolment, measured on its answer', async () => {
    const { db, kioskId } = await freshDb();
    const server = new FakeServer();
    server.now = () => T0 + 45_000; // the kiosk is 45 s late
    server.codes.add('LIEGE-0001');
    let token: string | null = null;
    await enrolKiosk({
      db,
      fetch: server.fetch,
      serverUrl: server.base,
      code: 'LIEGE-0001',
      kioskName: 'Accueil',
      storeToken: async (t) => void (token = t),
      now: () => T0,
    });
    expect(server.tokens.get(token!)).toBe(kioskId);
    const engine = createSyncEngine({
      db,
      fetch: server.fetch,
      serverUrl: server.base,
      getToken: async () => token,
      now: () => T0,
      about,
      log: silentSyncLog,
    });
    await engine.syncOnce();
    expect(pushes(server)[0]!.heartbeat?.clockOffsetMs).toBe(-45_000);
  });

  it('tells the previous attempt’s failure, with when, and forgets it after a success', async () => {
    const { server, clock, engine } = await setup({ about });
    server.faults.push(500);
    expect(await engine.syncOnce()).toMatchObject({ ok: false, problem: 'server' });
    clock.advance(60_000);
    await engine.syncOnce();
    clock.advance(60_000);
    await engine.syncOnce();
    const [failed, afterFailure, afterSuccess] = pushes(server).map((body) => body.heartbeat);
    expect(failed?.lastError).toBeNull();
    expect(afterFailure?.lastError).toMatchObject({ problem: 'server', at: T0 });
    expect(afterFailure?.lastError?.detail).toContain('HTTP 500');
    expect(afterSuccess?.lastError).toBeNull();
  });

  it('cuts a long version and failure detail to the protocol’s bounds', async () => {
    const { server, engine } = await setup({
      about: async () => ({ appVersion: 'v'.repeat(500), crashes }),
    });
    server.faults.push(500);
    await engine.syncOnce();
    server.faults.length = 0;
    await engine.syncOnce();
    const heartbeat = pushes(server)[1]!.heartbeat!;
    expect(heartbeat.appVersion).toHaveLength(64);
    expect(heartbeat.lastError!.detail.length).toBeLessThanOrEqual(HEARTBEAT_DETAIL_MAX);
  });

  it('syncs without one when the kiosk cannot say how it is', async () => {
    const { db, server, engine } = await setup({
      about: () => Promise.reject(new Error('bridge gone')),
    });
    await localEvents(db, 1);
    expect(await engine.syncOnce()).toMatchObject({ ok: true, pushed: 1 });
    expect(pushes(server)[0]!.heartbeat).toBeUndefined();
  });
});
