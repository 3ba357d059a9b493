// Staff PINs: the new-PIN policy, PBKDF2-SHA256 hashing through an injected WebCrypto, and the
// lock-out after repeated failures. A 6-digit PIN has only 10^6 values, so the hash cost and the
// lock-out are what stand between a stolen database (or a patient teenager) and staff mode.
import type { PinHash } from './types';

/** OWASP Password Storage Cheat Sheet (2023) for PBKDF2-HMAC-SHA256. */
export const PIN_ITERATIONS = 600_000;
const PIN_MIN_LENGTH = 6;
const PIN_MAX_LENGTH = 12;
/** Stored hashes outside this range are refused: too weak, or a denial of service on unlock. */
export const PIN_MIN_ITERATIONS = 100_000;
export const PIN_MAX_ITERATIONS = 10_000_000;
export const PIN_SALT_BYTES = 16;
export const PIN_HASH_BYTES = 32;
export const PIN_ALGORITHM = 'PBKDF2-SHA256';

type NewPinCheck =
  { ok: true } | { ok: false; problem: 'too-short' | 'too-long' | 'not-digits' | 'too-simple' };

/** Why a new PIN is refused. */
export type NewPinProblem = Exclude<NewPinCheck, { ok: true }>['problem'];

const DIGITS = /^[0-9]*$/;

// Frequent 6-digit choices not caught by the rules below (pairs, mirrors, keypad walks).
const COMMON_PINS: ReadonlySet<string> = new Set([
  '112233',
  '111222',
  '222111',
  '332211',
  '121314',
  '102030',
  '123321',
  '321123',
  '123654',
  '147258',
  '147369',
  '147852',
  '159357',
  '159753',
  '258369',
  '258456',
  '456123',
  '753951',
  '789123',
  '789456',
  '852456',
  '963852',
]);

/** Whether `pin` is a run of one unit repeated: 111111, 121212, 696969, 123123. */
function isRepeatedBlock(pin: string): boolean {
  for (let size = 1; size <= 3; size++) {
    if (pin.length % size === 0 && pin.length > size) {
      if (pin.slice(0, size).repeat(pin.length / size) === pin) return true;
    }
  }
  return false;
}

/** 123456, 012345, 987654: every step +1, or every step −1 (no wrap past 9). */
function isStraightRun(pin: string): boolean {
  const step = pin.charCodeAt(1) - pin.charCodeAt(0);
  if (step !== 1 && step !== -1) return false;
  for (let i = 2; i < pin.length; i++) {
    if (pin.charCodeAt(i) - pin.charCodeAt(i - 1) !== step) return false;
  }
  return true;
}

/** The policy for a new PIN. Digits are checked first: that message helps most on a keypad. */
export function checkNewPin(pin: string): NewPinCheck {
  if (!DIGITS.test(pin)) return { ok: false, problem: 'not-digits' };
  if (pin.length < PIN_MIN_LENGTH) return { ok: false, problem: 'too-short' };
  if (pin.length > PIN_MAX_LENGTH) return { ok: false, problem: 'too-long' };
  if (isRepeatedBlock(pin) || isStraightRun(pin) || COMMON_PINS.has(pin)) {
    return { ok: false, problem: 'too-simple' };
  }
  return { ok: true };
}

/**
 * The part of WebCrypto's SubtleCrypto that PIN hashing needs, declared here because shared/
 * compiles without DOM types. Both the browser's `crypto.subtle` and Node's
 * `globalThis.crypto.subtle` are assignable to it (tests/unit/shared/pin.test.ts checks both). The
 * key is `unknown` because only the implementation that made it ever looks inside.
 */
export interface Pbkdf2Crypto {
  importKey(
    format: 'raw',
    keyData: Uint8Array<ArrayBuffer>,
    algorithm: 'PBKDF2',
    extractable: false,
    keyUsages: 'deriveBits'[],
  ): Promise<unknown>;
  deriveBits(
    algorithm: {
      name: 'PBKDF2';
      hash: 'SHA-256';
      salt: Uint8Array<ArrayBuffer>;
      iterations: number;
    },
    baseKey: unknown,
    length: number,
  ): Promise<ArrayBuffer>;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_VALUE: ReadonlyMap<string, number> = new Map([...B64].map((ch, i) => [ch, i]));

/** Standard base64 with padding (RFC 4648 §4). Written out: ES2023 has no btoa. */
export function encodeBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] as number;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    out += B64.charAt(n >> 18) + B64.charAt((n >> 12) & 63);
    out += b === undefined ? '=' : B64.charAt((n >> 6) & 63);
    out += c === undefined ? '=' : B64.charAt(n & 63);
  }
  return out;
}

/**
 * The bytes of canonical padded base64, or null. Canonical means the one encoding
 * `encodeBase64` would produce: no whitespace, no URL-safe letters, zero unused bits. Stored
 * hashes then have exactly one spelling, so equal hashes are equal strings.
 */
export function decodeBase64(text: string): Uint8Array | null {
  if (typeof text !== 'string' || text.length % 4 !== 0) return null;
  const pad = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const bytes = new Uint8Array((text.length / 4) * 3 - pad);
  let o = 0;
  for (let i = 0; i < text.length; i += 4) {
    const last = i + 4 === text.length;
    let n = 0;
    for (let k = 0; k < 4; k++) {
      const ch = text.charAt(i + k);
      const padded = last && k >= 4 - pad;
      const v = padded ? (ch === '=' ? 0 : undefined) : B64_VALUE.get(ch);
      if (v === undefined) return null;
      n = (n << 6) | v;
    }
    if (last && ((pad === 1 && (n & 0xff) !== 0) || (pad === 2 && (n & 0xffff) !== 0))) {
      return null;
    }
    bytes[o++] = n >> 16;
    if (o < bytes.length) bytes[o++] = (n >> 8) & 0xff;
    if (o < bytes.length) bytes[o++] = n & 0xff;
  }
  return bytes;
}

/** UTF-8 as TextEncoder does it (lone surrogates become U+FFFD); ES2023 has no TextEncoder. */
export function encodeUtf8(text: string): Uint8Array<ArrayBuffer> {
  const out: number[] = [];
  for (const ch of text) {
    let cp = ch.codePointAt(0) as number;
    if (cp >= 0xd800 && cp <= 0xdfff) cp = 0xfffd;
    if (cp < 0x80) out.push(cp);
    else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
    else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
    else {
      out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63));
      out.push(0x80 | (cp & 63));
    }
  }
  return Uint8Array.from(out);
}

/** PBKDF2-HMAC-SHA256 of the UTF-8 password: `bytes` bytes of derived key. */
export async function pbkdf2Sha256(
  password: string,
  salt: Uint8Array,
  iterations: number,
  bytes: number,
  subtle: Pbkdf2Crypto,
): Promise<Uint8Array> {
  const key = await subtle.importKey('raw', encodeUtf8(password), 'PBKDF2', false, ['deriveBits']);
  // A copy of the salt: WebCrypto wants a view over a plain ArrayBuffer, not a shared one.
  const params = {
    name: 'PBKDF2',
    hash: 'SHA-256',
    salt: Uint8Array.from(salt),
    iterations,
  } as const;
  return new Uint8Array(await subtle.deriveBits(params, key, bytes * 8));
}

/** Equal length and equal bytes, in time that depends only on the length (which is public). */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= (a[i] as number) ^ (b[i] as number);
  return diff === 0;
}

function isPinShaped(pin: unknown): pin is string {
  return (
    typeof pin === 'string' &&
    DIGITS.test(pin) &&
    pin.length >= PIN_MIN_LENGTH &&
    pin.length <= PIN_MAX_LENGTH
  );
}

/**
 * Hashes a PIN with a fresh salt. `randomBytes` must be a CSPRNG (crypto.getRandomValues).
 * Throws RangeError on a PIN that is not 6–12 digits: call checkNewPin first, for the message.
 * `iterations` below PIN_MIN_ITERATIONS gives a hash verifyPin refuses: for tests only.
 */
export async function hashPin(
  pin: string,
  subtle: Pbkdf2Crypto,
  randomBytes: (n: number) => Uint8Array,
  iterations = PIN_ITERATIONS,
): Promise<PinHash> {
  if (!isPinShaped(pin)) throw new RangeError('hashPin: a PIN is 6 to 12 digits');
  if (!Number.isSafeInteger(iterations) || iterations < 1 || iterations > PIN_MAX_ITERATIONS) {
    throw new RangeError('hashPin: iterations out of range');
  }
  const salt = randomBytes(PIN_SALT_BYTES).slice(0, PIN_SALT_BYTES);
  if (salt.length < PIN_SALT_BYTES)
    throw new Error('hashPin: the random source returned too few bytes');
  const hash = await pbkdf2Sha256(pin, salt, iterations, PIN_HASH_BYTES, subtle);
  return {
    algorithm: PIN_ALGORITHM,
    iterations,
    salt: encodeBase64(salt),
    hash: encodeBase64(hash),
  };
}

/**
 * Whether `pin` matches `stored`. A stored hash that is malformed, of another algorithm, or
 * outside [PIN_MIN_ITERATIONS, PIN_MAX_ITERATIONS] never matches (false, no throw): it may come
 * from an old or tampered database. A failing `subtle` still rejects: that is not a wrong PIN.
 */
export async function verifyPin(
  pin: string,
  stored: PinHash,
  subtle: Pbkdf2Crypto,
): Promise<boolean> {
  if (!isPinShaped(pin) || typeof stored !== 'object' || stored === null) return false;
  const { algorithm, iterations } = stored;
  if (algorithm !== PIN_ALGORITHM || !Number.isSafeInteger(iterations)) return false;
  if (iterations < PIN_MIN_ITERATIONS || iterations > PIN_MAX_ITERATIONS) return false;
  const salt = decodeBase64(stored.salt);
  const expected = decodeBase64(stored.hash);
  if (salt?.length !== PIN_SALT_BYTES || expected?.length !== PIN_HASH_BYTES) return false;
  const actual = await pbkdf2Sha256(pin, salt, iterations, PIN_HASH_BYTES, subtle);
  return constantTimeEqual(actual, expected);
}

/** Consecutive failed unlocks, kept per kiosk by the caller (it survives reloads). */
export interface PinAttempts {
  failures: number;
  lockedUntil: number | null;
}

export const PIN_LOCK_AFTER = 5;
const PIN_LOCK_BASE_MS = 30_000;
export const PIN_LOCK_MAX_MS = 15 * 60_000;

/**
 * One more failure. From the 5th in a row (`lockAfter`) the PIN pad locks for 30 s, and each failure after
 * that doubles the lock (60 s, 120 s, …) up to 15 minutes. The lock only ever grows: a failure
 * reported during a lock (two tabs, a clock set back) cannot shorten it.
 */
export function registerFailure(
  state: PinAttempts,
  now: number,
  lockAfter = PIN_LOCK_AFTER,
): PinAttempts {
  const before = Number.isSafeInteger(state.failures) && state.failures > 0 ? state.failures : 0;
  const failures = before + 1;
  if (failures < lockAfter) return { failures, lockedUntil: state.lockedUntil };
  const doublings = Math.min(failures - lockAfter, 30);
  const lockMs = Math.min(PIN_LOCK_BASE_MS * 2 ** doublings, PIN_LOCK_MAX_MS);
  const lockedUntil = Math.max(state.lockedUntil ?? -Infinity, now + lockMs);
  return { failures, lockedUntil };
}

/** A correct PIN clears the count and any lock. */
export function registerSuccess(): PinAttempts {
  return { failures: 0, lockedUntil: null };
}

/**
 * Milliseconds until the next attempt is allowed; 0 when free. Never more than the cap, so a
 * kiosk clock that jumps backwards cannot lock staff out for longer than 15 minutes.
 */
export function lockRemaining(state: PinAttempts, now: number): number {
  if (state.lockedUntil === null || !Number.isFinite(state.lockedUntil)) return 0;
  return Math.min(Math.max(state.lockedUntil - now, 0), PIN_LOCK_MAX_MS);
}
