// Console passwords: scrypt from Node's own crypto (memory-hard), a random salt each, the
// parameters stored with the hash so they can be raised later without locking anyone out.
import crypto from 'node:crypto';

export interface ScryptParams {
  /** CPU/memory cost (a power of two); memory is 128 · N · r bytes. */
  N: number;
  r: number;
  p: number;
}

/** One of OWASP's minimum scrypt settings (32 MiB, three passes): a fraction of a second. */
export const SCRYPT_PARAMS: ScryptParams = { N: 2 ** 15, r: 8, p: 3 };
/** The lightest settings a stored hash may have: what the tests hash with (speed, not safety). */
export const LIGHTEST_SCRYPT_PARAMS: ScryptParams = { N: 2 ** 14, r: 8, p: 1 };
// Stored parameters outside these are refused (a tampered row cannot ask for a gigabyte).
const BOUNDS = { N: [2 ** 14, 2 ** 20], r: [8, 32], p: [1, 8] } as const;
const SALT_BYTES = 16;
const KEY_BYTES = 32;

function scrypt(password: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    crypto.scrypt(
      password.normalize('NFC'),
      salt,
      KEY_BYTES,
      { ...params, maxmem: 2 * 128 * params.N * params.r * params.p + 1024 * 1024 },
      (error, key) => (error ? reject(error) : resolve(key)),
    );
  });
}

/** `scrypt$N$r$p$salt$key` (base64url): what the accounts table stores. */
export async function hashPassword(
  password: string,
  params: ScryptParams = SCRYPT_PARAMS,
): Promise<string> {
  const salt = crypto.randomBytes(SALT_BYTES);
  const key = await scrypt(password, salt, params);
  return [
    'scrypt',
    params.N,
    params.r,
    params.p,
    salt.toString('base64url'),
    key.toString('base64url'),
  ].join('$');
}

function parse(stored: string): { params: ScryptParams; salt: Buffer; key: Buffer } | null {
  const [algorithm, n, r, p, salt, key, extra] = stored.split('$');
  if (algorithm !== 'scrypt' || extra !== undefined || !salt || !key) return null;
  const params = { N: Number(n), r: Number(r), p: Number(p) };
  for (const name of ['N', 'r', 'p'] as const) {
    const value = params[name];
    const [low, high] = BOUNDS[name];
    if (!Number.isSafeInteger(value) || value < low || value > high) return null;
  }
  if ((params.N & (params.N - 1)) !== 0) return null;
  const parsed = {
    params,
    salt: Buffer.from(salt, 'base64url'),
    key: Buffer.from(key, 'base64url'),
  };
  return parsed.salt.length === SALT_BYTES && parsed.key.length === KEY_BYTES ? parsed : null;
}

/**
 * Whether `password` matches `stored`; a malformed stored hash never matches. With `stored` null
 * (no such account) the same work is done against a throwaway hash made with `params` (what new
 * hashes cost), so an unknown name takes as long as a wrong password.
 */
export async function verifyPassword(
  password: string,
  stored: string | null,
  params: ScryptParams = SCRYPT_PARAMS,
): Promise<boolean> {
  const parsed = parse(stored ?? (await decoy(params)));
  if (!parsed) return false;
  const key = await scrypt(password, parsed.salt, parsed.params);
  return crypto.timingSafeEqual(key, parsed.key) && stored !== null;
}

const decoys = new Map<string, Promise<string>>();
function decoy(params: ScryptParams): Promise<string> {
  const key = `${params.N}$${params.r}$${params.p}`;
  let hash = decoys.get(key);
  if (!hash) {
    hash = hashPassword(crypto.randomBytes(16).toString('hex'), params);
    decoys.set(key, hash);
  }
  return hash;
}
