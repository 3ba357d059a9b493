// Console sessions: the cookie holds a random secret, the table its SHA-256. The CSRF token is an
// HMAC of the secret: the page reads it from GET /v1/console/session, a foreign page cannot.
import crypto from 'node:crypto';
import { hashSecret, newSecret } from '../auth';
import type { Queryable } from '../db';
import type { ConsoleAccount } from '../../shared/console';

/** A session's last request is written at most this often (polling pages would write each time). */
const TOUCH_EVERY_MS = 5_000;

export async function startSession(db: Queryable, accountId: string, now: number): Promise<string> {
  const secret = newSecret();
  await db.query(
    `INSERT INTO console_sessions (id, account_id, created_at, last_seen_at) VALUES ($1, $2, $3, $3)`,
    [hashSecret(secret), accountId, now],
  );
  return secret;
}

export interface OpenSession {
  id: string;
  account: ConsoleAccount;
  lastSeenAt: number;
}

/** The open session of an enabled account that `secret` names, or null. */
export async function findSession(db: Queryable, secret: string): Promise<OpenSession | null> {
  const { rows } = await db.query<ConsoleAccount & { sid: string; lastSeenAt: string }>(
    `SELECT s.id AS sid, s.last_seen_at AS "lastSeenAt", a.id, a.name, a.role
       FROM console_sessions s JOIN console_accounts a ON a.id = s.account_id
      WHERE s.id = $1 AND s.ended_at IS NULL AND a.disabled_at IS NULL`,
    [hashSecret(secret)],
  );
  const row = rows[0];
  if (!row) return null;
  return {
    id: row.sid,
    account: { id: row.id, name: row.name, role: row.role },
    lastSeenAt: Number(row.lastSeenAt),
  };
}

/** The person did something: the inactivity clock starts again. */
export async function touchSession(
  db: Queryable,
  session: OpenSession,
  now: number,
): Promise<void> {
  if (now - session.lastSeenAt < TOUCH_EVERY_MS) return;
  await db.query(`UPDATE console_sessions SET last_seen_at = $2 WHERE id = $1`, [session.id, now]);
}

export async function endSession(db: Queryable, id: string, now: number): Promise<void> {
  await db.query(`UPDATE console_sessions SET ended_at = $2 WHERE id = $1 AND ended_at IS NULL`, [
    id,
    now,
  ]);
}

export function csrfToken(secret: string): string {
  return crypto.createHmac('sha256', secret).update('csrf').digest('base64url');
}

/** Whether a request's CSRF header is the session's token, in constant time. */
export function csrfMatches(secret: string, header: string | string[] | undefined): boolean {
  if (typeof header !== 'string') return false;
  const expected = crypto.createHash('sha256').update(csrfToken(secret)).digest();
  const actual = crypto.createHash('sha256').update(header).digest();
  return crypto.timingSafeEqual(expected, actual);
}

/** The session secret in a Cookie header, or null. */
export function cookieValue(header: string | undefined, name: string): string | null {
  for (const part of (header ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim() || null;
  }
  return null;
}

/** Set-Cookie for the session (or, with null, the header that removes it). */
export function sessionCookie(name: string, secret: string | null, secure: boolean): string {
  const attributes = ['Path=/', 'HttpOnly', 'SameSite=Strict', ...(secure ? ['Secure'] : [])];
  if (secret === null) attributes.push('Max-Age=0');
  return [`${name}=${secret ?? ''}`, ...attributes].join('; ');
}
