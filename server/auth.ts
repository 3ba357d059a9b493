// Secrets: device tokens, admin tokens and one-time enrolment codes. All are random with at least
// 100 bits of entropy, so a plain SHA-256 is the right hash (a slow KDF defends guessable
// passwords, which these are not). Only hashes are stored; comparisons are constant-time.
import crypto from 'node:crypto';
import { CODE_ALPHABET, CODE_SYMBOLS, groupCode } from '../shared/enrolment';

export const TOKEN_SEPARATOR = '.';

/**
 * A kiosk id: what a device token `<kioskId>.<secret>` can carry in an Authorization header
 * (visible ASCII, no space). Checked at enrolment, so no kiosk is given a token it cannot use.
 */
export const KIOSK_ID_PATTERN = /^[!-~]{1,64}$/;

/** 32 random bytes, base64url: never contains the separator. */
export function newSecret(): string {
  return crypto.randomBytes(32).toString('base64url');
}

/** A short random id for rows that have no natural one (enrolments, admin tokens). */
export function newId(prefix: string): string {
  return `${prefix}_${crypto.randomBytes(9).toString('base64url')}`;
}

export function hashSecret(secret: string): string {
  return crypto.createHash('sha256').update(secret, 'utf8').digest('hex');
}

/**
 * Does `secret` hash to `storedHash`? Both sides are 32-byte digests, so timingSafeEqual never
 * sees different lengths (it would throw) and the time does not depend on where they differ.
 */
export function secretMatches(secret: string, storedHash: string | null | undefined): boolean {
  const expected = Buffer.from(storedHash ?? '', 'hex');
  const actual = crypto.createHash('sha256').update(secret, 'utf8').digest();
  if (expected.length !== actual.length) {
    // Still compare something of the same length: an unknown row costs the same as a wrong secret.
    crypto.timingSafeEqual(actual, actual);
    return false;
  }
  return crypto.timingSafeEqual(actual, expected);
}

/** `<id>.<secret>` → its parts; the id may itself contain dots, the secret never does. */
export function splitToken(token: string): { id: string; secret: string } | null {
  const at = token.lastIndexOf(TOKEN_SEPARATOR);
  if (at <= 0 || at === token.length - 1) return null;
  return { id: token.slice(0, at), secret: token.slice(at + 1) };
}

/** The bearer credential of a request, or null. */
export function bearer(header: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match ? (match[1] as string) : null;
}

/** A one-time enrolment code, grouped by four for reading: `7KQ2-M9XD-…`. */
export function newEnrolmentCode(): string {
  const bytes = crypto.randomBytes(CODE_SYMBOLS);
  // 256 is a multiple of 32: every symbol is uniform.
  const symbols = Array.from(bytes, (b) => CODE_ALPHABET.charAt(b % 32)).join('');
  return groupCode(symbols);
}
