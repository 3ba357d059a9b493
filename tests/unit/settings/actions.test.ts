// What the settings section writes: one event per change with the signed-in admin as actor, and
// the refusals that keep the kiosk administrable. Real PBKDF2 (600,000 iterations) throughout.
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_KIOSK_SETTINGS, type StaffMember } from '../../../shared/types';
import { validateEvent } from '../../../shared/validate';
import {
  addStaff,
  resetPin,
  saveKioskSettings,
  setStaffActive,
} from '../../../renderer/admin/settings/actions';
import { loadKioskSettings } from '../../../renderer/db/open';
import type { KioskDatabase } from '../../../renderer/db/schema';
import { createFirstAdmin, tryUnlock } from '../../../renderer/staff/auth';
import { freshKiosk } from '../db/harness';

const ADMIN_PIN = '482915';
const T0 = Date.UTC(2026, 8, 1, 15);

/** This kiosk's events after the first admin (the roster comes from another pseudo-kiosk). */
async function writtenSince(db: KioskDatabase, seq: number) {
  const kiosk = await db.kiosk.get('self');
  const events = await db.events.filter((row) => row.pending === 1).toArray();
  return events.filter((e) => e.kioskId === kiosk!.kioskId && e.seq > seq);
}

async function memberNamed(db: KioskDatabase, name: string): Promise<StaffMember> {
  const row = (await db.staff.toArray()).find((s) => s.name === name);
  if (!row) throw new Error(`no staff member ${name}`);
  return row;
}

describe('settings and staff actions', () => {
  const dbs: KioskDatabase[] = [];
  afterEach(async () => {
    for (const db of dbs.splice(0)) await db.delete();
  });
  async function withAdmin() {
    const { db } = await freshKiosk({ learners: 1 });
    dbs.push(db);
    const admin = await createFirstAdmin(db, 'Nadia Admin', ADMIN_PIN, T0);
    return { db, admin };
  }

  it('adds a member with one valid event by the admin; they can sign in', async () => {
    const { db, admin } = await withAdmin();
    const input = { name: '  Sam Accueil ', role: 'reception' as const, pin: '730418' };
    expect(await addStaff(db, admin, input, T0 + 1)).toEqual({ ok: true });
    const events = await writtenSince(db, 1);
    expect(events).toHaveLength(1);
    const event = events[0]!;
    expect(event).toMatchObject({
      type: 'staff-upserted',
      actor: { kind: 'staff', staffId: admin.id },
      staff: { name: 'Sam Accueil', role: 'reception', active: true },
    });
    const { day: _day, pending: _pending, ...stored } = event;
    expect(validateEvent(stored).ok).toBe(true);
    expect(JSON.stringify(event)).not.toContain('730418');
    const sam = await memberNamed(db, 'Sam Accueil');
    expect((await tryUnlock(db, sam.id, '730418', T0 + 2)).ok).toBe(true);
  });

  it('refuses a missing name, a weak PIN and a name already used, writing nothing', async () => {
    const { db, admin } = await withAdmin();
    const add = (name: string, pin = '730418') =>
      addStaff(db, admin, { name, role: 'reception', pin }, T0 + 1);
    expect(await add('   ')).toEqual({ ok: false, refused: 'name' });
    expect(await add('Two\nlines')).toEqual({ ok: false, refused: 'name' });
    expect(await add('Sam', '123456')).toEqual({ ok: false, refused: 'too-simple' });
    expect(await add('Sam', '12345')).toEqual({ ok: false, refused: 'too-short' });
    expect(await add('nadia admin')).toEqual({ ok: false, refused: 'duplicate' });
    expect(await writtenSince(db, 1)).toEqual([]);
  });

  it('lets only an active admin write, whatever screen they are on', async () => {
    const { db, admin } = await withAdmin();
    await addStaff(db, admin, { name: 'Sam', role: 'reception', pin: '730418' }, T0 + 1);
    const sam = await memberNamed(db, 'Sam');
    const before = (await writtenSince(db, 1)).length;
    const refused = { ok: false, refused: 'not-admin' };
    expect(await addStaff(db, sam, { name: 'Eve', role: 'admin', pin: '730419' })).toEqual(refused);
    expect(await setStaffActive(db, sam, admin.id, false)).toEqual(refused);
    expect(await resetPin(db, sam, admin.id, '730419')).toEqual(refused);
    expect(await saveKioskSettings(db, sam, DEFAULT_KIOSK_SETTINGS)).toEqual(refused);
    expect(await writtenSince(db, 1)).toHaveLength(before);
  });

  it('deactivates and reactivates, but never the last active admin or oneself', async () => {
    const { db, admin } = await withAdmin();
    // Sole admin: deactivating oneself would leave the kiosk without one.
    expect(await setStaffActive(db, admin, admin.id, false)).toEqual({
      ok: false,
      refused: 'last-admin',
    });
    await addStaff(db, admin, { name: 'Sam', role: 'reception', pin: '730418' }, T0 + 1);
    await addStaff(db, admin, { name: 'Bo Admin', role: 'admin', pin: '730419' }, T0 + 2);
    const sam = await memberNamed(db, 'Sam');
    const bo = await memberNamed(db, 'Bo Admin');
    expect(await setStaffActive(db, admin, admin.id, false)).toEqual({
      ok: false,
      refused: 'self',
    });

    expect(await setStaffActive(db, admin, sam.id, false, T0 + 3)).toEqual({ ok: true });
    expect((await db.staff.get(sam.id))?.active).toBe(false);
    expect((await tryUnlock(db, sam.id, '730418', T0 + 4)).ok).toBe(false);
    // Asking again changes nothing and writes nothing.
    const count = (await writtenSince(db, 1)).length;
    expect(await setStaffActive(db, admin, sam.id, false, T0 + 5)).toEqual({ ok: true });
    expect(await writtenSince(db, 1)).toHaveLength(count);
    expect(await setStaffActive(db, admin, sam.id, true, T0 + 6)).toEqual({ ok: true });
    expect((await tryUnlock(db, sam.id, '730418', T0 + 7)).ok).toBe(true);

    // Another admin may deactivate the first one; then Bo is the last and cannot go.
    expect(await setStaffActive(db, bo, admin.id, false, T0 + 8)).toEqual({ ok: true });
    expect(await setStaffActive(db, bo, bo.id, false, T0 + 9)).toEqual({
      ok: false,
      refused: 'last-admin',
    });
    expect(await setStaffActive(db, admin, sam.id, false)).toEqual({
      ok: false,
      refused: 'not-admin',
    });
    expect(await setStaffActive(db, bo, 'nobody', false)).toEqual({
      ok: false,
      refused: 'missing',
    });
    const actors = (await writtenSince(db, 1)).map((e) => e.actor);
    expect(actors).toEqual([
      ...Array(4).fill({ kind: 'staff', staffId: admin.id }),
      { kind: 'staff', staffId: bo.id },
    ]);
  });

  it('resets a PIN: the old one fails, the new one works', async () => {
    const { db, admin } = await withAdmin();
    await addStaff(db, admin, { name: 'Sam', role: 'reception', pin: '730418' }, T0 + 1);
    const sam = await memberNamed(db, 'Sam');
    expect(await resetPin(db, admin, sam.id, '111111')).toEqual({
      ok: false,
      refused: 'too-simple',
    });
    expect(await resetPin(db, admin, sam.id, '905127', T0 + 2)).toEqual({ ok: true });
    expect((await tryUnlock(db, sam.id, '730418', T0 + 3)).ok).toBe(false);
    expect((await tryUnlock(db, sam.id, '905127', T0 + 4)).ok).toBe(true);
    const last = (await writtenSince(db, 1)).pop();
    expect(last).toMatchObject({
      type: 'staff-upserted',
      actor: { kind: 'staff', staffId: admin.id },
      staff: { id: sam.id, name: 'Sam', role: 'reception', active: true },
    });
    expect(await resetPin(db, admin, 'nobody', '905127')).toEqual({
      ok: false,
      refused: 'missing',
    });
  });

  it('saves settings as one settings-changed event by the admin, and refuses invalid ones', async () => {
    const { db, admin } = await withAdmin();
    const settings = { ...DEFAULT_KIOSK_SETTINGS, mode: 'in-and-out' as const, cooldownMs: 0 };
    expect(await saveKioskSettings(db, admin, settings, T0 + 1)).toEqual({ ok: true });
    const events = await writtenSince(db, 1);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      type: 'settings-changed',
      actor: { kind: 'staff', staffId: admin.id },
      settings,
    });
    expect(await loadKioskSettings(db)).toEqual(settings);
    await expect(saveKioskSettings(db, admin, { ...settings, retentionDays: 7 })).rejects.toThrow(
      /retentionDays/,
    );
    expect(await writtenSince(db, 1)).toHaveLength(1);
  });
});
