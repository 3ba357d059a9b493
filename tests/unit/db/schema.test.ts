// The schema's migrations, on a database written by the previous version.
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { KioskDatabase } from '../../../renderer/db/schema';

const V3_EVENTS = 'id, &[kioskId+seq], [learnerId+at], [token+at], day, pending';

describe('schema v4 and v5', () => {
  it('drops the unused pending index and keeps every row and its outbox flag', async () => {
    const name = `schema-v3-${Date.now()}`;
    const old = new Dexie(name);
    old.version(3).stores({ events: V3_EVENTS, settings: 'key', archive: '[day+block]' });
    await old.open();
    const row = (seq: number, pending: boolean) => ({
      id: `e-${seq}`,
      kioskId: 'k',
      seq,
      at: seq,
      day: '2026-11-25',
      type: 'check-in',
      learnerId: 'l',
      ...(pending ? { pending: 1 } : {}),
    });
    await old.table('events').bulkAdd([row(1, false), row(2, true)]);
    expect(old.table('events').schema.indexes.map((i) => i.name)).toContain('pending');
    old.close();

    const db = new KioskDatabase(name);
    await db.open();
    expect(db.verno).toBe(5);
    expect(db.events.schema.indexes.map((i) => i.name)).not.toContain('pending');
    const rows = await db.events.orderBy('[kioskId+seq]').toArray();
    expect(rows.map((r) => [r.seq, r.pending])).toEqual([
      [1, undefined],
      [2, 1],
    ]);
    // v5 adds reception's table of refused scans, empty.
    expect(await db.help.count()).toBe(0);
    db.close();
  });
});
