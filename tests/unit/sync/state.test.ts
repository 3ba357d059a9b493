import { liveQuery } from 'dexie';
import { describe, expect, it } from 'vitest';
import { applyServerAck } from '../../../renderer/sync/push';
import { silentSyncLog } from '../../../renderer/sync/log';
import {
  INITIAL_STATUS,
  readSyncState,
  resetMarks,
  writeStatus,
  type SyncState,
} from '../../../renderer/sync/state';
import { freshDb } from './fake-server';
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

// Screens read the sync state through one live query: a change to any of its rows must reach
// them (an async wrapper around the settings reads once lost Dexie's zone after the first read,
// and staff saw "syncing…" for ever).
describe('sync state as a live query', () => {
  it('sees a change to each of its rows', async () => {
    const { db } = await freshDb();
    const seen: SyncState[] = [];
    const subscription = liveQuery(() => readSyncState(db)).subscribe((state) => seen.push(state));
    await expect.poll(() => seen.length).toBeGreaterThan(0);
    await writeStatus(db, { ...INITIAL_STATUS, phase: 'syncing' });
    await expect.poll(() => seen.at(-1)?.status.phase).toBe('syncing');
    await writeStatus(db, { ...INITIAL_STATUS, phase: 'idle', lastSyncAt: 1 });
    await expect.poll(() => seen.at(-1)?.status.lastSyncAt).toBe(1);
    await resetMarks(db, 'https://sync.example');
    await expect.poll(() => seen.at(-1)?.marks.serverUrl).toBe('https://sync.example');
    subscription.unsubscribe();
  });
});
