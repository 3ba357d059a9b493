// What the settings section writes: one event per change, the signed-in admin as actor. Each
// write re-checks, inside its transaction, that the actor is still an active admin and that the
// change keeps the kiosk usable (someone can always sign in as admin).
import { checkNewPin, hashPin } from '../../../shared/pin';
import type {
  Actor,
  EventBody,
  KioskSettings,
  StaffMember,
  StaffRole,
  StaffUpsertedEvent,
} from '../../../shared/types';
import { uuidv7 } from '../../../shared/uuid';
import { validateKioskSettings } from '../../../shared/validate';
import { appendEvents, appendTables } from '../../db/append';
import type { KioskDatabase, StaffRow } from '../../db/schema';
import type { NewPinProblem } from '../../../shared/pin';

const randomBytes = (n: number) => crypto.getRandomValues(new Uint8Array(n));
const CONTROL = /\p{Cc}/u;
const MAX_NAME = 200;

export type Refusal =
  'not-admin' | 'self' | 'last-admin' | 'duplicate' | 'missing' | 'name' | NewPinProblem;

export type Outcome = { ok: true } | { ok: false; refused: Refusal };

const refused = (reason: Refusal): Outcome => ({ ok: false, refused: reason });
const actorOf = (admin: StaffMember): Actor => ({ kind: 'staff', staffId: admin.id });

/** The stored member, as it is written in an event (without the projection's bookkeeping). */
function memberOf(row: StaffRow): StaffMember {
  const { revAt: _at, revId: _id, ...member } = row;
  return member;
}

/** Role checks read the database, not the session: a demoted admin's open screen cannot write. */
async function isActiveAdmin(db: KioskDatabase, staffId: string): Promise<boolean> {
  const row = await db.staff.get(staffId);
  return row?.active === true && row.role === 'admin';
}

/** Active members only: sign-in lists them by name, so two alike could not be told apart. */
async function nameTaken(db: KioskDatabase, name: string): Promise<boolean> {
  const key = name.toLocaleLowerCase('fr');
  const staff = await db.staff.toArray(); // a handful of rows
  return staff.some((s) => s.active && s.name.trim().toLocaleLowerCase('fr') === key);
}

function upsert(admin: StaffMember, staff: StaffMember): EventBody<StaffUpsertedEvent> {
  return { type: 'staff-upserted', staff, actor: actorOf(admin) };
}

export async function saveKioskSettings(
  db: KioskDatabase,
  admin: StaffMember,
  settings: KioskSettings,
  now = Date.now(),
): Promise<Outcome> {
  const checked = validateKioskSettings(settings);
  if (!checked.ok) throw new Error(`Settings refused: ${checked.errors.join('; ')}`);
  return db.transaction('rw', appendTables(db), async () => {
    if (!(await isActiveAdmin(db, admin.id))) return refused('not-admin');
    const body = { type: 'settings-changed' as const, settings: checked.settings };
    await appendEvents(db, [{ ...body, actor: actorOf(admin) }], now);
    return { ok: true } as const;
  });
}

export async function addStaff(
  db: KioskDatabase,
  admin: StaffMember,
  input: { name: string; role: StaffRole; pin: string },
  now = Date.now(),
): Promise<Outcome> {
  const name = input.name.trim();
  if (name === '' || name.length > MAX_NAME || CONTROL.test(name)) return refused('name');
  const check = checkNewPin(input.pin);
  if (!check.ok) return refused(check.problem);
  // Checked before hashing too, to spare the wait on an obvious refusal.
  if (await nameTaken(db, name)) return refused('duplicate');
  // Hashing takes a few hundred milliseconds: never inside a transaction, which would expire.
  const staff: StaffMember = {
    id: uuidv7(now, randomBytes),
    name,
    role: input.role,
    active: true,
    pin: await hashPin(input.pin, crypto.subtle, randomBytes),
  };
  return db.transaction('rw', appendTables(db), async () => {
    if (!(await isActiveAdmin(db, admin.id))) return refused('not-admin');
    if (await nameTaken(db, name)) return refused('duplicate');
    await appendEvents(db, [upsert(admin, staff)], now);
    return { ok: true } as const;
  });
}

/** Deactivates or reactivates; asking for the state a member is already in writes nothing. */
export async function setStaffActive(
  db: KioskDatabase,
  admin: StaffMember,
  staffId: string,
  active: boolean,
  now = Date.now(),
): Promise<Outcome> {
  return db.transaction('rw', appendTables(db), async () => {
    if (!(await isActiveAdmin(db, admin.id))) return refused('not-admin');
    const row = await db.staff.get(staffId);
    if (!row) return refused('missing');
    if (row.active === active) return { ok: true } as const;
    if (!active && row.role === 'admin') {
      // Without an active admin nobody could ever change staff or settings on this kiosk again.
      const admins = await db.staff.filter((s) => s.active && s.role === 'admin').count();
      if (admins <= 1) return refused('last-admin');
    }
    if (!active && staffId === admin.id) return refused('self');
    if (active && (await nameTaken(db, row.name.trim()))) return refused('duplicate');
    await appendEvents(db, [upsert(admin, { ...memberOf(row), active })], now);
    return { ok: true } as const;
  });
}

/** Sets a PIN the admin typed in (the member tells it to them, or chooses it with them). */
export async function resetPin(
  db: KioskDatabase,
  admin: StaffMember,
  staffId: string,
  pin: string,
  now = Date.now(),
): Promise<Outcome> {
  const check = checkNewPin(pin);
  if (!check.ok) return refused(check.problem);
  const hash = await hashPin(pin, crypto.subtle, randomBytes);
  return db.transaction('rw', appendTables(db), async () => {
    if (!(await isActiveAdmin(db, admin.id))) return refused('not-admin');
    const row = await db.staff.get(staffId);
    if (!row) return refused('missing');
    await appendEvents(db, [upsert(admin, { ...memberOf(row), pin: hash })], now);
    return { ok: true } as const;
  });
}
