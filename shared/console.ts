// The centre's console: what its page and the server share (paths, roles, the session's shape,
// the password rule). The server is server/console/, the page renderer/console/.
import { encodeUtf8 } from './pin';

/** Every console route is under this; the page is served under CONSOLE_PAGE. */
export const CONSOLE_API = '/v1/console';
export const CONSOLE_PAGE = '/console';
/** The session cookie (HttpOnly, SameSite=Strict) and the header its CSRF token travels in. */
export const CONSOLE_COOKIE = 'accueil_console';
export const CSRF_HEADER = 'x-csrf-token';
/** Sent by requests the page makes on its own (polling): they do not keep a session alive. */
export const BACKGROUND_HEADER = 'x-console-background';

export type ConsoleRole = 'admin' | 'reception';
export const CONSOLE_ROLES: readonly ConsoleRole[] = ['admin', 'reception'];

/** admin > reception: whether `role` may do what `needed` may. */
export function roleAllows(role: ConsoleRole, needed: ConsoleRole): boolean {
  return role === 'admin' || needed === 'reception';
}

export interface ConsoleAccount {
  id: string;
  name: string;
  role: ConsoleRole;
}

/** GET /v1/console/session: who is signed in, and the token state changes must carry. */
export interface ConsoleSession {
  account: ConsoleAccount;
  csrf: string;
  /** The session ends after this long without a request the person made. */
  idleMs: number;
}

export const PASSWORD_MIN = 10;
/** Bounds the work one sign-in can ask of scrypt (bytes, not characters). */
export const PASSWORD_MAX = 200;
export const NAME_MAX = 64;

export type PasswordProblem = 'too-short' | 'too-long' | 'is-name';

/** The rule for a new password: long enough, bounded, and not the account's name. */
export function checkNewPassword(password: string, name: string): PasswordProblem | null {
  if ([...password].length < PASSWORD_MIN) return 'too-short';
  if (encodeUtf8(password).length > PASSWORD_MAX) return 'too-long';
  if (password.trim().toLowerCase() === name.trim().toLowerCase()) return 'is-name';
  return null;
}

/** An account name as typed → the key it is found by (case and surrounding spaces ignored). */
export function nameKey(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}
