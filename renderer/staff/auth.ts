// Staff sign-in on the kiosk: the first admin on a fresh kiosk, PIN checks with a lock-out that
// survives a reload. PINs are hashed with PBKDF2 (shared/pin.ts); only hashes are stored.
import {
  checkNewPin,
  hashPin,
  lockRemaining,
  PIN_LOCK_AFTER,
  registerFailure,
  registerSuccess,
  verifyPin,
  type PinAttempts,
} from '../../shared/pin';
import type { KioskBridge } from '../../shared/bridge';
import type { StaffMember } from '../../shared/types';
import { uuidv7 } from '../../shared/uuid';
import { appendEvents, appendTables } from '../db/append';
import type { KioskDatabase } from '../db/schema';
import { readSetting, writeSetting } from '../db/settings';

const randomBytes = (n: number) => crypto.getRandomValues(new Uint8Array(n));

/** Creates the first admin; refuses once any staff member exists (no default PIN, ever). */
export async function createFirstAdmin(
  db: KioskDatabase,
  name: string,
  pin: string,
  now = Date.now(),
): Promise<StaffMember> {
  const check = checkNewPin(pin);
  if (!check.ok) throw new Error(`PIN refused: ${check.problem}`);
  // Hashing takes a few hundred milliseconds: done before the transaction, which must not wait
  // on anything but IndexedDB.
  const staff: StaffMember = {
    id: uuidv7(now, randomBytes),
    name: name.trim(),
    role: 'admin',
    active: true,
    pin: await hashPin(pin, crypto.subtle, randomBytes),
  };
  await db.transaction('rw', appendTables(db), async () => {
    if ((await db.staff.count()) > 0) throw new Error('An admin already exists');
    await appendEvents(db, [{ type: 'staff-upserted', staff, actor: { kind: 'kiosk' } }], now);
  });
  return staff;
}

export async function loadAttempts(db: KioskDatabase): Promise<PinAttempts> {
  const value: Partial<PinAttempts> | undefined = await readSetting(db, 'pin-attempts');
  return {
    failures: typeof value?.failures === 'number' ? value.failures : 0,
    lockedUntil: typeof value?.lockedUntil === 'number' ? value.lockedUntil : null,
  };
}

type UnlockResult =
  { ok: true; staff: StaffMember } | { ok: false; attempts: PinAttempts; lockedForMs: number };

/** Checks a PIN for one staff member. Failures count per kiosk, so switching names does not help. */
export async function tryUnlock(
  db: KioskDatabase,
  staffId: string,
  pin: string,
  now = Date.now(),
): Promise<UnlockResult> {
  const attempts = await loadAttempts(db);
  const locked = lockRemaining(attempts, now);
  if (locked > 0) return { ok: false, attempts, lockedForMs: locked };
  const staff = await db.staff.get(staffId);
  const valid = staff?.active === true && (await verifyPin(pin, staff.pin, crypto.subtle));
  if (valid && staff) {
    await writeSetting(db, 'pin-attempts', registerSuccess());
    const { revAt: _at, revId: _id, ...member } = staff;
    return { ok: true, staff: member };
  }
  const next = registerFailure(attempts, now);
  await writeSetting(db, 'pin-attempts', next);
  return { ok: false, attempts: next, lockedForMs: lockRemaining(next, now) };
}

/**
 * Checks the kiosk's one-time set-up code (asked by the first admin's form) through the shell.
 * A wrong code counts as a wrong PIN: the same lock-out stops anyone trying codes one by one.
 */
export async function checkSetupCode(
  db: KioskDatabase,
  bridge: Pick<KioskBridge, 'checkSetupCode'>,
  code: string,
  now = Date.now(),
): Promise<{ ok: true } | { ok: false; lockedForMs: number }> {
  const attempts = await loadAttempts(db);
  const locked = lockRemaining(attempts, now);
  if (locked > 0) return { ok: false, lockedForMs: locked };
  if (await bridge.checkSetupCode(code)) {
    await writeSetting(db, 'pin-attempts', registerSuccess());
    return { ok: true };
  }
  const next = registerFailure(attempts, now);
  await writeSetting(db, 'pin-attempts', next);
  return { ok: false, lockedForMs: lockRemaining(next, now) };
}

/** Wrong PINs left before the lock-out; after it, every further failure locks again. */
export function attemptsLeft(attempts: PinAttempts): number {
  return Math.max(0, PIN_LOCK_AFTER - attempts.failures);
}
