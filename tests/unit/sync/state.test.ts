import { describe, expect, it } from 'vitest';
import { applyServerAck } from '../../../renderer/sync/push';
import { silentSyncLog } from '../../../renderer/sync/log';
import { readSyncState } from '../../../renderer/sync/state';
import { localEvents, pendingSeqs, setup } from './helpers';

// The outbox size the screens show comes from two rows (next sequence, acked mark): it must agree
// with the `pending` marks themselves through appends, acks and a server that lost data.
describe('outbox size', () => {
  it('agrees with the pending marks before and after a sync', async () => {
    const { db, engine, kioskId } = await setup();
    expect((await readSyncState(db)).pending).toBe(0);
    await localEvents(db, 7);
    expect((await readSyncState(db)).pending).toBe(7);
    expect(await pendingSeqs(db)).toHaveLength(7);

    expect((await engine.syncOnce()).ok).toBe(true);
    expect((await readSyncState(db)).pending).toBe(0);
    expect(await pendingSeqs(db)).toEqual([]);

    await localEvents(db, 3);
    expect((await readSyncState(db)).pending).toBe(3);
    expect(await pendingSeqs(db)).toHaveLength(3);

    // The server shows it lost our events after seq 4: they are pending again, and counted so.
    await applyServerAck(db, kioskId, 7, 4, silentSyncLog);
    expect((await readSyncState(db)).pending).toBe(6);
    expect(await pendingSeqs(db)).toEqual([5, 6, 7, 8, 9, 10]);
  });
});
