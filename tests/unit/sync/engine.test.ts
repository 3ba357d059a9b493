import { describe, expect, it, vi } from 'vitest';
import { backoffDelay, BACKOFF_CAP_MS } from '../../../renderer/sync/backoff';
import { createSyncEngine } from '../../../renderer/sync/engine';
import { silentSyncLog } from '../../../renderer/sync/log';
import { readSyncState } from '../../../renderer/sync/state';
import { localEvents, pendingSeqs, settle, setup, T0 } from './helpers';

describe('backoff', () => {
  it('doubles from about a second, with jitter in [d/2, d], up to a cap of five minutes', () => {
    for (let failures = 1; failures <= 20; failures++) {
      const ceiling = Math.min(1000 * 2 ** (failures - 1), BACKOFF_CAP_MS);
      expect(backoffDelay(failures, () => 0)).toBe(ceiling / 2);
      expect(backoffDelay(failures, () => 1)).toBe(ceiling);
      const r = backoffDelay(failures, Math.random);
      expect(r).toBeGreaterThanOrEqual(ceiling / 2);
      expect(r).toBeLessThanOrEqual(ceiling);
    }
    expect(backoffDelay(1, () => 0.5)).toBe(750);
    expect(backoffDelay(100, () => 1)).toBe(300_000);
  });
});

describe('sync engine scheduling', () => {
  it('retries with growing delays while the server cannot be reached, then polls', async () => {
    const { server, clock, engine, db } = await setup();
    server.faults.push(...Array<'network'>(12).fill('network'));
    engine.start();
    const delays: number[] = [];
    for (let i = 0; i < 12; i++) {
      await vi.waitFor(() => expect(clock.pendingDelays()).toHaveLength(1));
      const [delay] = clock.pendingDelays();
      delays.push(delay!);
      clock.advance(delay!);
    }
    // random() = 0.5: three quarters of 1 s, 2 s, 4 s, … capped at 5 minutes.
    expect(delays).toEqual([
      750, 1500, 3000, 6000, 12_000, 24_000, 48_000, 96_000, 192_000, 225_000, 225_000, 225_000,
    ]);
    const { status } = await readSyncState(db);
    expect(status).toMatchObject({ problem: 'offline', offlineSince: T0 });
    // The thirteenth attempt succeeds: back to polling every 30 s.
    await vi.waitFor(async () => expect((await readSyncState(db)).status.problem).toBeNull());
    await vi.waitFor(() => expect(clock.pendingDelays()).toEqual([30_000]));
    expect(engine.failures).toBe(0);
    engine.stop();
    expect(clock.pendingDelays()).toEqual([]);
  });

  it('syncs at once on the `online` event, whatever the backoff', async () => {
    const connectivity = new EventTarget();
    const { server, clock, engine } = await setup({ connectivity });
    server.faults.push('network', 'network', 'network', 'network');
    engine.start();
    for (let i = 0; i < 3; i++) {
      await vi.waitFor(() => expect(clock.pendingDelays()).toHaveLength(1));
      clock.advance(clock.pendingDelays()[0]!);
    }
    await vi.waitFor(() => expect(clock.pendingDelays()).toEqual([6000]));
    const before = server.requests.length;
    connectivity.dispatchEvent(new Event('online'));
    await vi.waitFor(() => expect(clock.pendingDelays()).toEqual([30_000]));
    expect(server.requests.length).toBeGreaterThan(before);
    engine.stop();
  });

  it('pushes soon after a local event (debounced), not at the next poll', async () => {
    const { db, server, clock, engine, kioskId } = await setup();
    engine.start();
    await vi.waitFor(() => expect(clock.pendingDelays()).toEqual([30_000]));
    await localEvents(db, 1);
    await vi.waitFor(() => expect(clock.pendingDelays()).toEqual([2000]));
    await localEvents(db, 2); // a burst: still one push, not later than 2 s after the first
    clock.advance(2000);
    await vi.waitFor(() => expect(server.ownSeqs(kioskId)).toEqual([1, 2, 3]));
    await vi.waitFor(async () => expect(await pendingSeqs(db)).toEqual([]));
    engine.stop();
  });

  it('stops retrying after a 401, keeps every event, and says so', async () => {
    const connectivity = new EventTarget();
    const { db, server, clock, engine, token } = await setup({ connectivity });
    await localEvents(db, 3);
    server.tokens.delete(token); // an admin revoked this kiosk on the server
    engine.start();
    await vi.waitFor(async () =>
      expect((await readSyncState(db)).status.problem).toBe('unauthorized'),
    );
    await vi.waitFor(() => expect(clock.pendingDelays()).toEqual([]));
    const requests = server.requests.length;
    connectivity.dispatchEvent(new Event('online'));
    clock.advance(3_600_000);
    expect(server.requests.length).toBe(requests);
    expect(await pendingSeqs(db)).toEqual([1, 2, 3]);
    engine.stop();

    // After a restart it still does not retry on its own: only a new enrolment restarts it.
    const restarted = createSyncEngine({
      db,
      fetch: server.fetch,
      serverUrl: server.base,
      getToken: async () => token,
      setTimer: (run, ms) => clock.timerApi.setTimeout(run, ms),
      clearTimer: (h) => clock.timerApi.clearTimeout(h as number),
      log: silentSyncLog,
    });
    restarted.start();
    // Turns of the event loop, not time: a retry would have reached the server within them.
    await settle();
    expect(server.requests.length).toBe(requests);
    restarted.stop();
    expect(await pendingSeqs(db)).toEqual([1, 2, 3]);
  });

  it('measures the clock skew against the request’s midpoint', async () => {
    const { db, server, clock, engine } = await setup();
    server.now = () => clock.now + 5 * 60_000;
    expect(await engine.syncOnce()).toMatchObject({ ok: true });
    expect((await readSyncState(db)).status.skewMs).toBe(5 * 60_000);
    server.now = () => clock.now - 1500;
    await engine.syncOnce();
    expect((await readSyncState(db)).status.skewMs).toBe(-1500);
  });

  it('gives every request a timeout', async () => {
    const { db, clock } = await setup();
    const engine = createSyncEngine({
      db,
      serverUrl: 'http://sync.test',
      getToken: async () => 'k.t',
      now: () => clock.now,
      setTimer: (run, ms) => clock.timerApi.setTimeout(run, ms),
      clearTimer: (h) => clock.timerApi.clearTimeout(h as number),
      requestTimeoutMs: 10_000,
      log: silentSyncLog,
      // A server that never answers, until the request is aborted.
      fetch: (_input, init) =>
        new Promise((_resolve, reject) =>
          init?.signal?.addEventListener('abort', () =>
            reject(new DOMException('aborted', 'AbortError')),
          ),
        ),
    });
    const outcome = engine.syncOnce();
    await vi.waitFor(() => expect(clock.pendingDelays()).toEqual([10_000]));
    clock.advance(10_000);
    expect(await outcome).toMatchObject({ ok: false, problem: 'timeout' });
  });
});
