// Console accounts, the one-time set-up code of the first admin, and the lock-out counters.
// Passwords and codes are only ever stored hashed.
import crypto from 'node:crypto';
import { hashSecret, newId, secretMatches } from '../auth';
import type { Queryable } from '../db';
import { ApiError } from '../errors';
import { nameKey, type ConsoleAccount, type ConsoleRole } from '../../shared/console';
import { registerFailure, type PinAttempts } from '../../shared/pin';
import { generateSetupCode, normaliseSetupCode } from '../../shared/setup-code';

export interface AccountRow extends ConsoleAccount {
  passwordHash: string;
  disabledAt: number | null;
}

const SELECT = `SELECT id, name, role, password_hash AS "passwordHash", disabled_at AS "disabledAt"
  FROM console_accounts`;

/** Rows as the page lists them: newest last, disabled ones too. */
export async function listAccounts(
  db: Queryable,
): Promise<(ConsoleAccount & { disabled: boolean; createdAt: number })[]> {
  const { rows } = await db.query<
    ConsoleAccount & { disabledAt: number | null; createdAt: number }
  >(
    `SELECT id, name, role, disabled_at AS "disabledAt", created_at AS "createdAt"
       FROM console_accounts ORDER BY created_at, id`,
  );
  return rows.map(({ disabledAt, createdAt, ...account }) => ({
    ...account,
    createdAt: Number(createdAt),
    disabled: disabledAt !== null,
  }));
}

export async function accountByName(db: Queryable, name: string): Promise<AccountRow | null> {
  const { rows } = await db.query<AccountRow>(`${SELECT} WHERE name_key = $1`, [nameKey(name)]);
  return rows[0] ?? null;
}

export async function accountById(db: Queryable, id: string): Promise<AccountRow | null> {
  const { rows } = await db.query<AccountRow>(`${SELECT} WHERE id = $1`, [id]);
  return rows[0] ?? null;
}

/** No enabled admin: the console offers to create the first one, with the set-up code. */
export async function needsSetup(db: Queryable): Promise<boolean> {
  const { rows } = await db.query(
    `SELECT 1 FROM console_accounts WHERE role = 'admin' AND disabled_at IS NULL LIMIT 1`,
  );
  return rows.length === 0;
}

/** A new account; its password already hashed (slow: never inside a transaction). */
export async function createAccount(
  db: Queryable,
  input: { name: string; role: ConsoleRole; passwordHash: string },
  now: number,
): Promise<ConsoleAccount> {
  const name = input.name.normalize('NFC').trim().replace(/\s+/g, ' ');
  const id = newId('acc');
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO console_accounts (id, name, name_key, role, password_hash, created_at, password_changed_at)
     VALUES ($1, $2, $3, $4, $5, $6, $6) ON CONFLICT (name_key) DO NOTHING RETURNING id`,
    [id, name, nameKey(name), input.role, input.passwordHash, now],
  );
  if (rows.length === 0) {
    throw new ApiError(409, 'name-taken', `An account named "${name}" already exists`);
  }
  return { id, name, role: input.role };
}

/** A new password; every session of the account ends (it may have been stolen with the old one). */
export async function setPassword(
  db: Queryable,
  id: string,
  passwordHash: string,
  now: number,
): Promise<void> {
  await db.query(
    `UPDATE console_accounts SET password_hash = $2, password_changed_at = $3 WHERE id = $1`,
    [id, passwordHash, now],
  );
  await db.query(
    `UPDATE console_sessions SET ended_at = $2 WHERE account_id = $1 AND ended_at IS NULL`,
    [id, now],
  );
}

/** Disables an account and ends its sessions at once. */
export async function disableAccount(db: Queryable, id: string, now: number): Promise<void> {
  await db.query(
    `UPDATE console_accounts SET disabled_at = COALESCE(disabled_at, $2) WHERE id = $1`,
    [id, now],
  );
  await db.query(
    `UPDATE console_sessions SET ended_at = $2 WHERE account_id = $1 AND ended_at IS NULL`,
    [id, now],
  );
}

const SETUP_KEY = 'console.setup-code';

/** A new one-time set-up code (replacing any earlier one); only its hash is kept. */
export async function newSetupCode(db: Queryable): Promise<string> {
  const code = generateSetupCode((n) => new Uint8Array(crypto.randomBytes(n)));
  await db.query(
    `INSERT INTO meta (key, value) VALUES ($1, $2)
     ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`,
    [SETUP_KEY, hashSecret(normaliseSetupCode(code))],
  );
  return code;
}

export async function setupCodeMatches(db: Queryable, typed: string): Promise<boolean> {
  // FOR UPDATE: two set-ups at once are taken one after the other (the second finds no code).
  const { rows } = await db.query<{ value: string }>(
    `SELECT value FROM meta WHERE key = $1 FOR UPDATE`,
    [SETUP_KEY],
  );
  return secretMatches(normaliseSetupCode(typed), rows[0]?.value);
}

export async function forgetSetupCode(db: Queryable): Promise<void> {
  await db.query(`DELETE FROM meta WHERE key = $1`, [SETUP_KEY]);
}

/** Sign-in failures before a lock: per account name, and (more) per client address. */
export const LOCK_AFTER = { account: 5, address: 20 } as const;

/** The later end of the locks on these keys, or null when none holds now. */
export async function lockedUntil(
  db: Queryable,
  keys: string[],
  now: number,
): Promise<number | null> {
  const { rows } = await db.query<{ until: string | null }>(
    `SELECT max(locked_until) AS until FROM console_failures WHERE key = ANY($1) AND locked_until > $2`,
    [keys, now],
  );
  const until = rows[0]?.until;
  return until === null || until === undefined ? null : Number(until);
}

/** One more failure on `key` (the kiosk's PIN policy: lock from the threshold, doubling). */
export async function countFailure(
  db: Queryable,
  key: string,
  lockAfter: number,
  now: number,
): Promise<void> {
  const { rows } = await db.query<{ failures: number; locked_until: string | null }>(
    `SELECT failures, locked_until FROM console_failures WHERE key = $1`,
    [key],
  );
  const before: PinAttempts = {
    failures: rows[0]?.failures ?? 0,
    lockedUntil: rows[0]?.locked_until == null ? null : Number(rows[0].locked_until),
  };
  const after = registerFailure(before, now, lockAfter);
  await db.query(
    `INSERT INTO console_failures (key, failures, locked_until, updated_at) VALUES ($1, $2, $3, $4)
     ON CONFLICT (key) DO UPDATE SET failures = $2, locked_until = $3, updated_at = $4`,
    [key, after.failures, after.lockedUntil, now],
  );
}

export async function clearFailures(db: Queryable, key: string): Promise<void> {
  await db.query(`DELETE FROM console_failures WHERE key = $1`, [key]);
}
