// The settings projection: settings-changed events become the 'kiosk' row (the whole settings)
// and the 'check-in' row the scan screen reads; the newest event by (at, id) wins, whatever order
// and batches they arrive in.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { compareEvents } from '../../../shared/attendance';
import { DEFAULT_KIOSK_SETTINGS, type KioskEvent, type KioskSettings } from '../../../shared/types';
import { appendEvents } from '../../../renderer/db/append';
import { storeReceivedEvents } from '../../../renderer/db/receive';
import {
  loadCheckInSettings,
  loadKioskSettings,
  openKioskDatabase,
} from '../../../renderer/db/open';
import type { KioskDatabase } from '../../../renderer/db/schema';
import { freshKiosk } from '../db/harness';
import { idFor, kioskSettingsArb } from '../shared/helpers';

const T0 = Date.UTC(2026, 8, 1, 9);
const admin = { kind: 'staff', staffId: 'S1' } as const;

function changed(n: number, at: number, settings: KioskSettings): KioskEvent {
  return {
    id: idFor(n),
    kioskId: 'k2',
    seq: n,
    at,
    actor: admin,
    type: 'settings-changed',
    settings,
  };
}

describe('settings projection', () => {
  const dbs: KioskDatabase[] = [];
  afterEach(async () => {
    for (const db of dbs.splice(0)) await db.delete();
  });
  const kiosk = async () => {
    const h = await freshKiosk({ learners: 2 });
    dbs.push(h.db);
    return h;
  };

  it('starts with no admin settings and the default check-in settings', async () => {
    const { db } = await kiosk();
    expect(await loadKioskSettings(db)).toBeNull();
    expect(await loadCheckInSettings(db)).toEqual({ mode: 'check-in-only', cooldownMs: 600_000 });
  });

  it('projects an appended change into both rows, in the same transaction', async () => {
    const { db, fullScans } = await kiosk();
    const settings = { ...DEFAULT_KIOSK_SETTINGS, mode: 'in-and-out' as const, cooldownMs: 0 };
    const [event] = await appendEvents(
      db,
      [{ type: 'settings-changed', settings, actor: admin }],
      T0,
    );
    expect(event).toMatchObject({ type: 'settings-changed', seq: 1, actor: admin });
    expect(await loadKioskSettings(db)).toEqual(settings);
    expect(await loadCheckInSettings(db)).toEqual({ mode: 'in-and-out', cooldownMs: 0 });
    const opened = await openKioskDatabase(db);
    expect(opened.kioskSettings).toEqual(settings);
    expect(opened.settings).toEqual({ mode: 'in-and-out', cooldownMs: 0 });
    expect(fullScans).toEqual([]);
    expect((await db.events.get(event!.id))?.pending).toBe(1);
  });

  it('keeps a newer change when an older one arrives late from sync', async () => {
    const { db } = await kiosk();
    const newer = { ...DEFAULT_KIOSK_SETTINGS, kioskName: 'Newer', cooldownMs: 60_000 };
    const older = { ...DEFAULT_KIOSK_SETTINGS, kioskName: 'Older', mode: 'in-and-out' as const };
    await storeReceivedEvents(db, [changed(2, T0 + 1_000, newer)]);
    await storeReceivedEvents(db, [changed(1, T0, older)]);
    expect(await loadKioskSettings(db)).toEqual(newer);
    expect(await loadCheckInSettings(db)).toEqual({ mode: 'check-in-only', cooldownMs: 60_000 });
    // Same instant: the greater id wins, as everywhere in the log.
    const tie = { ...DEFAULT_KIOSK_SETTINGS, kioskName: 'Tie' };
    await storeReceivedEvents(db, [changed(3, T0 + 1_000, tie)]);
    expect((await loadKioskSettings(db))?.kioskName).toBe('Tie');
  });

  it('gives the same rows for any arrival order and any split into batches', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(kioskSettingsArb, fc.integer({ min: 0, max: 3 })), {
          minLength: 1,
          maxLength: 6,
        }),
        fc.func(fc.integer()),
        fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 6, maxLength: 6 }),
        async (specs, rank, sizes) => {
          // Coarse times, so ties on `at` are common and the id decides.
          const events = specs.map(([s, minute], i) => changed(i + 1, T0 + minute * 60_000, s));
          const newest = [...events].sort(compareEvents).pop();
          const shuffled = [...events].sort((a, b) => rank(a.id) - rank(b.id));
          const { db } = await kiosk();
          for (let i = 0, k = 0; i < shuffled.length; k++) {
            const size = sizes[k % sizes.length]!;
            await storeReceivedEvents(db, shuffled.slice(i, i + size));
            i += size;
          }
          const expected = (newest as Extract<KioskEvent, { type: 'settings-changed' }>).settings;
          expect(await loadKioskSettings(db)).toEqual(expected);
          expect(await loadCheckInSettings(db)).toEqual({
            mode: expected.mode,
            cooldownMs: expected.cooldownMs,
          });
          await db.delete();
          dbs.pop();
        },
      ),
      { numRuns: 25 },
    );
  });

  it('ignores a damaged settings row instead of trusting it', async () => {
    const { db } = await kiosk();
    await db.settings.put({ key: 'kiosk', value: { ...DEFAULT_KIOSK_SETTINGS, cooldownMs: -5 } });
    expect(await loadKioskSettings(db)).toBeNull();
    // A row written by something else than this version: its type is not what the registry says.
    await db.settings.put({ key: 'kiosk', value: 'in-and-out' } as never);
    expect(await loadKioskSettings(db)).toBeNull();
  });
});
