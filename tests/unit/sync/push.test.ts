import { describe, expect, it } from 'vitest';
import { readSyncState } from '../../../renderer/sync/state';
import { localEvents, pendingSeqs, recordingLog, setup } from './helpers';

describe('push', () => {
  it('sends pending events in seq order, in batches, with the device token', async () => {
    const { db, server, token, engine, kioskId } = await setup({ pushBatchSize: 3 });
    await localEvents(db, 7);
    const outcome = await engine.syncOnce();
    expect(outcome).toMatchObject({ ok: true, pushed: 7 });
    const pushes = server.requests.filter((r) => r.path === '/v1/push');
    expect(
      pushes.map((r) => (r.body as { events: { seq: number }[] }).events.map((e) => e.seq)),
    ).toEqual([[1, 2, 3], [4, 5, 6], [7]]);
    expect(pushes.every((r) => r.authorization === `Bearer ${token}`)).toBe(true);
    // Storage-only fields never leave the kiosk.
    const sent = (pushes[0]!.body as { events: Record<string, unknown>[] }).events[0]!;
    expect(sent).not.toHaveProperty('pending');
    expect(sent).not.toHaveProperty('day');
    expect(server.ownSeqs(kioskId)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(await pendingSeqs(db)).toEqual([]);
    expect((await readSyncState(db)).marks.acked).toBe(7);
  });

  it('clears only what the server acknowledged', async () => {
    const { db, server, engine } = await setup();
    await localEvents(db, 5);
    server.ackAtMost = 2;
    // The server acks 2 a round; the client keeps going from its mark until all are acked.
    expect(await engine.syncOnce()).toMatchObject({ ok: true, pushed: 5 });
    expect(await pendingSeqs(db)).toEqual([]);

    await localEvents(db, 3);
    server.faults.push('network'); // the first push is lost on the way
    const failed = await engine.syncOnce();
    expect(failed).toMatchObject({ ok: false, problem: 'offline' });
    expect(await pendingSeqs(db)).toEqual([6, 7, 8]);
    expect((await readSyncState(db)).marks.acked).toBe(5);

    // A server that acks one event a round, then fails: 6 is acked and cleared, 7 and 8 wait.
    server.ackAtMost = 1;
    server.faults.push('pass', 500);
    expect(await engine.syncOnce()).toMatchObject({ ok: false, problem: 'server', pushed: 1 });
    expect(await pendingSeqs(db)).toEqual([7, 8]);
    expect((await readSyncState(db)).marks.acked).toBe(6);
    server.ackAtMost = Infinity;
    expect(await engine.syncOnce()).toMatchObject({ ok: true });
    expect(await pendingSeqs(db)).toEqual([]);
  });

  it('logs rejected events for the developer and clears them: they are acked', async () => {
    const log = recordingLog();
    const { db, server, engine } = await setup({ log });
    await localEvents(db, 4);
    server.rejectedSeqs.add(2);
    expect(await engine.syncOnce()).toMatchObject({ ok: true, pushed: 4, rejected: 1 });
    expect(await pendingSeqs(db)).toEqual([]);
    expect(log.lines.filter((l) => l.startsWith('error'))).toEqual([
      'error push: the server rejected an event',
    ]);
  });

  it('catches up when the server holds more than the kiosk knows (a lost answer)', async () => {
    const { db, server, engine, kioskId } = await setup();
    await localEvents(db, 6);
    // The server stored 1–6 but the answer never came back: the kiosk's mark is still 0.
    const rows = (await db.events.toArray()).sort((a, b) => a.seq - b.seq);
    const answer = await server.fetch(`${server.base}/v1/push`, {
      method: 'POST',
      headers: { authorization: `Bearer ${kioskId}.secret` },
      body: JSON.stringify({ events: rows.map(({ day: _d, pending: _p, ...e }) => e) }),
    });
    expect(answer.status).toBe(200);
    expect(server.acked.get(kioskId)).toBe(6);
    await localEvents(db, 2);
    expect(await engine.syncOnce()).toMatchObject({ ok: true });
    expect(await pendingSeqs(db)).toEqual([]);
    expect((await readSyncState(db)).marks.acked).toBe(8);
    expect(server.ownSeqs(kioskId)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('on 409 resends from acked + 1', async () => {
    const { db, server, engine, kioskId } = await setup();
    await localEvents(db, 5);
    await engine.syncOnce();
    // The server lost 4 and 5 (restored from a backup) while the kiosk made 6 and 7.
    server.loseAfter(kioskId, 3);
    await localEvents(db, 2);
    const before = server.requests.length;
    expect(await engine.syncOnce()).toMatchObject({ ok: true });
    const pushes = server.requests.slice(before).filter((r) => r.path === '/v1/push');
    const firstSeqs = pushes.map((r) => (r.body as { events: { seq: number }[] }).events[0]?.seq);
    expect(firstSeqs).toEqual([6, 4]); // 6 refused with a gap, then from 3 + 1
    expect(server.ownSeqs(kioskId).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(await pendingSeqs(db)).toEqual([]);
  });

  it('re-marks its own events as pending when the server lost them, even with an empty outbox', async () => {
    const { db, server, engine, kioskId } = await setup();
    await localEvents(db, 5);
    await engine.syncOnce();
    expect(await pendingSeqs(db)).toEqual([]);
    server.loseAfter(kioskId, 2);
    // Nothing is pending: the empty push reveals the server's lower mark.
    expect((await readSyncState(db)).marks.acked).toBe(5);
    expect(await engine.syncOnce()).toMatchObject({ ok: true, pushed: 3 });
    expect(server.ownSeqs(kioskId).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5]);
    expect(await pendingSeqs(db)).toEqual([]);
    expect((await readSyncState(db)).marks.acked).toBe(5);
  });

  it('keeps the re-marked events pending when the resend fails', async () => {
    const { db, server, engine, kioskId } = await setup();
    await localEvents(db, 5);
    await engine.syncOnce();
    server.loseAfter(kioskId, 1);
    // First request (the empty push) answers acked 1; the resend is then lost.
    const realFetch = server.fetch;
    let calls = 0;
    const { createSyncEngine } = await import('../../../renderer/sync/engine');
    const flaky = createSyncEngine({
      db,
      serverUrl: server.base,
      getToken: async () => `${kioskId}.secret`,
      log: recordingLog(),
      fetch: async (input, init) => {
        calls += 1;
        if (calls === 2) throw new TypeError('network down');
        return realFetch(input, init);
      },
    });
    expect(await flaky.syncOnce()).toMatchObject({ ok: false, problem: 'offline' });
    expect(await pendingSeqs(db)).toEqual([2, 3, 4, 5]);
    expect((await readSyncState(db)).marks.acked).toBe(1);
    expect(await flaky.syncOnce()).toMatchObject({ ok: true });
    expect(await pendingSeqs(db)).toEqual([]);
  });
});
