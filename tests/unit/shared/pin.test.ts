import { webcrypto } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  PIN_ITERATIONS,
  PIN_LOCK_MAX_MS,
  checkNewPin,
  constantTimeEqual,
  decodeBase64,
  encodeBase64,
  encodeUtf8,
  hashPin,
  lockRemaining,
  pbkdf2Sha256,
  registerFailure,
  registerSuccess,
  verifyPin,
  type PinAttempts,
  type Pbkdf2Crypto,
} from '../../../shared/pin';
import type { PinHash } from '../../../shared/types';
import { scriptedBytes, seededBytes } from './helpers';

const subtle: Pbkdf2Crypto = globalThis.crypto.subtle;
const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

/**
 * The real PBKDF2 at 1/10,000 of the requested work: hashes keep their production iteration
 * counts (which verifyPin insists on) and the tests stay fast. Records what was asked for.
 */
function scaledSubtle(): Pbkdf2Crypto & { asked: number[] } {
  const asked: number[] = [];
  return {
    asked,
    importKey: (...args) => subtle.importKey(...args),
    deriveBits: (algorithm, key, length) => {
      asked.push(algorithm.iterations);
      const iterations = Math.max(1, Math.round(algorithm.iterations / 10_000));
      return subtle.deriveBits({ ...algorithm, iterations }, key, length);
    },
  };
}

describe('checkNewPin', () => {
  const refused = {
    'not-digits': ['12a456', '１２３４５６', ' 482913', '482913\n'],
    'too-short': ['', '48291'],
    'too-long': ['4829137465012'],
    'too-simple': ['000000', '999999999', '123456', '012345', '654321', '3456789', '121212'],
  };
  const common = ['696969', '123123', '112233', '111222', '159753', '12121212'];
  it.each([
    ...Object.entries(refused).flatMap(([problem, pins]) => pins.map((pin) => [pin, problem])),
    ...common.map((pin) => [pin, 'too-simple']),
  ])('refuses %j as %s', (pin, problem) => {
    expect(checkNewPin(pin)).toEqual({ ok: false, problem });
  });

  it.each(['482913', '890123', '135790', '12345678901', '482913482', '100000'])(
    'accepts %j',
    (pin) => {
      expect(checkNewPin(pin)).toEqual({ ok: true });
    },
  );

  it('accepts only 6 to 12 ASCII digits, and never throws', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 16 }), (pin) => {
        const result = checkNewPin(pin);
        if (result.ok) expect(pin).toMatch(/^[0-9]{6,12}$/);
      }),
    );
  });
});

describe('Pbkdf2Crypto', () => {
  it("is satisfied by the browser's and Node's SubtleCrypto", () => {
    expectTypeOf<Window['crypto']['subtle']>().toExtend<Pbkdf2Crypto>();
    expectTypeOf<typeof webcrypto.subtle>().toExtend<Pbkdf2Crypto>();
    const node: Pbkdf2Crypto = webcrypto.subtle;
    expect(typeof node.deriveBits).toBe('function');
  });
});

describe('base64 and UTF-8', () => {
  it('encodes like Node and decodes back', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 70 }), (bytes) => {
        const text = encodeBase64(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64'));
        expect(decodeBase64(text)).toEqual(bytes);
      }),
    );
  });

  it('refuses anything but canonical padded base64', () => {
    const salt = encodeBase64(new Uint8Array(16).fill(0xff)); // "/////////////////////w=="
    expect(decodeBase64(salt)).toHaveLength(16);
    for (const bad of [
      salt.slice(0, -2),
      salt.replace('w==', 'x=='), // non-zero unused bits
      salt.replaceAll('/', '_'),
      ` ${salt}`,
      `${salt}\n`,
      'AA=A',
      '=AAA',
      'A===',
      'AAAA====',
      'ÀAAA',
    ]) {
      expect(decodeBase64(bad), bad).toBeNull();
    }
    expect(decodeBase64('')).toEqual(new Uint8Array(0));
  });

  it('encodes UTF-8 like TextEncoder, lone surrogates included', () => {
    const encoder = new TextEncoder();
    const unit = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.integer({ min: 0xd800, max: 0xdfff }).map((n) => String.fromCharCode(n)),
    );
    fc.assert(
      fc.property(
        fc.array(unit).map((parts) => parts.join('')),
        (text) => {
          expect(encodeUtf8(text)).toEqual(encoder.encode(text));
        },
      ),
    );
  });
});

describe('PBKDF2-SHA256', () => {
  it('matches the RFC 7914 §11 test vectors', async () => {
    const salt = encodeUtf8('salt');
    expect(hex(await pbkdf2Sha256('passwd', salt, 1, 64, subtle))).toBe(
      '55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc' +
        '49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783',
    );
    expect(hex(await pbkdf2Sha256('Password', encodeUtf8('NaCl'), 80_000, 64, subtle))).toBe(
      '4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56' +
        'a1d425a1225833549adb841b51c9b3176a272bdebba1d078478f62b397f33c8d',
    );
  });
});

describe('hashPin and verifyPin', () => {
  it('stores the algorithm, the count, a 16-byte salt and a 32-byte key', async () => {
    const salt = Array.from({ length: 16 }, (_, i) => i * 7);
    const stored = await hashPin('482913', subtle, scriptedBytes(salt), 1000);
    expect(stored).toEqual({
      algorithm: 'PBKDF2-SHA256',
      iterations: 1000,
      salt: encodeBase64(Uint8Array.from(salt)),
      hash: encodeBase64(await pbkdf2Sha256('482913', Uint8Array.from(salt), 1000, 32, subtle)),
    });
    expect(decodeBase64(stored.hash)).toHaveLength(32);
    // Too few iterations to be trusted: verifyPin refuses its own low-count output.
    expect(await verifyPin('482913', stored, subtle)).toBe(false);
  });

  it('uses PIN_ITERATIONS by default, and a fresh salt each time', async () => {
    const scaled = scaledSubtle();
    const random = seededBytes(7);
    const a = await hashPin('482913', scaled, random);
    const b = await hashPin('482913', scaled, random);
    expect(a.iterations).toBe(PIN_ITERATIONS);
    expect(scaled.asked).toEqual([PIN_ITERATIONS, PIN_ITERATIONS]);
    expect(a.salt).not.toBe(b.salt);
    expect(a.hash).not.toBe(b.hash);
  });

  it('accepts the right PIN and refuses any other', async () => {
    const scaled = scaledSubtle();
    const pinArb = fc.stringMatching(/^[0-9]{6,12}$/);
    await fc.assert(
      fc.asyncProperty(
        pinArb,
        pinArb,
        fc.integer({ min: 100_000, max: 10_000_000 }),
        async (pin, other, n) => {
          const stored = await hashPin(pin, scaled, seededBytes(n), n);
          expect(await verifyPin(pin, stored, scaled)).toBe(true);
          expect(await verifyPin(other, stored, scaled)).toBe(pin === other);
          expect(scaled.asked.at(-1)).toBe(n);
        },
      ),
      { numRuns: 30 },
    );
  });

  it('refuses unknown algorithms, weak or absurd counts and malformed fields, without throwing', async () => {
    const scaled = scaledSubtle();
    const stored = await hashPin('482913', scaled, seededBytes(1));
    expect(await verifyPin('482913', stored, scaled)).toBe(true);
    const salt15 = encodeBase64(new Uint8Array(15));
    const tampered: Partial<Record<keyof PinHash, unknown>>[] = [
      { algorithm: 'PBKDF2-SHA1' },
      { algorithm: 'pbkdf2-sha256' },
      { iterations: 99_999 },
      { iterations: 10_000_001 },
      { iterations: 600_000.5 },
      { iterations: '600000' },
      { salt: salt15 },
      { salt: stored.salt.replaceAll('=', '') },
      { hash: stored.salt },
      { hash: `${stored.hash} ` },
      { hash: undefined },
    ];
    for (const change of tampered) {
      const bad = { ...stored, ...change } as PinHash;
      expect(await verifyPin('482913', bad, scaled), JSON.stringify(change)).toBe(false);
    }
    for (const junk of [null, undefined, 'x', 42, []]) {
      expect(await verifyPin('482913', junk as unknown as PinHash, scaled)).toBe(false);
    }
    for (const pin of ['', '48291', '4829130000000', '48291a', ' 482913']) {
      expect(await verifyPin(pin, stored, scaled)).toBe(false);
    }
  });

  it('refuses to hash what is not a PIN', async () => {
    await expect(hashPin('12345', subtle, seededBytes(1), 1)).rejects.toThrow(RangeError);
    await expect(hashPin('482913', subtle, seededBytes(1), 0)).rejects.toThrow(RangeError);
    await expect(hashPin('482913', subtle, () => new Uint8Array(8), 1)).rejects.toThrow();
  });

  // How long it takes: tests/bench/functions.bench.ts.
  it('hashes at the production count', async () => {
    const salt = Array.from({ length: 16 }, (_, i) => 255 - i);
    const stored = await hashPin('482913', subtle, scriptedBytes(salt));
    // The count reached PBKDF2: the key is the one an independent derivation at that count gives.
    expect(stored.iterations).toBe(PIN_ITERATIONS);
    expect(PIN_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    const key = await pbkdf2Sha256('482913', Uint8Array.from(salt), PIN_ITERATIONS, 32, subtle);
    expect(stored.hash).toBe(encodeBase64(key));
    expect(await verifyPin('482913', stored, subtle)).toBe(true);
  });

  it('compares in constant time over equal lengths', () => {
    expect(constantTimeEqual(new Uint8Array([1, 2]), new Uint8Array([1, 2]))).toBe(true);
    expect(constantTimeEqual(new Uint8Array([1, 2]), new Uint8Array([1, 3]))).toBe(false);
    expect(constantTimeEqual(new Uint8Array([1, 2]), new Uint8Array([1, 2, 0]))).toBe(false);
    expect(constantTimeEqual(new Uint8Array(0), new Uint8Array(0))).toBe(true);
  });
});

describe('PIN lock-out', () => {
  const T0 = Date.UTC(2026, 2, 28, 14, 0);
  const free: PinAttempts = registerSuccess();

  function failTimes(n: number, at = T0): PinAttempts {
    let state = free;
    for (let i = 0; i < n; i++) state = registerFailure(state, at);
    return state;
  }

  it.each([
    [1, 0],
    [4, 0],
    [5, 30_000],
    [6, 60_000],
    [7, 120_000],
    [8, 240_000],
    [9, 480_000],
    [10, 900_000],
    [11, 900_000],
    [50, 900_000],
    [2000, 900_000],
  ])('after %i failures at once, locks for %i ms', (failures, lockMs) => {
    const state = failTimes(failures);
    expect(state.failures).toBe(failures);
    expect(lockRemaining(state, T0)).toBe(lockMs);
    expect(lockRemaining(state, T0 + lockMs)).toBe(0);
  });

  it('counts down, and frees at the end of the lock', () => {
    const state = failTimes(5);
    expect(state.lockedUntil).toBe(T0 + 30_000);
    expect(lockRemaining(state, T0 + 10_000)).toBe(20_000);
    expect(lockRemaining(state, T0 + 29_999)).toBe(1);
    expect(lockRemaining(state, T0 + 30_000)).toBe(0);
    // The 6th failure, after the lock ran out, locks again for twice as long.
    const next = registerFailure(state, T0 + 31_000);
    expect(lockRemaining(next, T0 + 31_000)).toBe(60_000);
  });

  it('locks from another threshold when asked (the console: 20 failures per address)', () => {
    let state = free;
    for (let i = 0; i < 19; i++) state = registerFailure(state, T0, 20);
    expect(lockRemaining(state, T0)).toBe(0);
    state = registerFailure(state, T0, 20);
    expect(lockRemaining(state, T0)).toBe(30_000);
    expect(lockRemaining(registerFailure(state, T0, 20), T0)).toBe(60_000);
  });

  it('resets on success', () => {
    expect(registerSuccess()).toEqual({ failures: 0, lockedUntil: null });
    expect(lockRemaining(registerSuccess(), T0)).toBe(0);
    expect(lockRemaining(registerFailure(registerSuccess(), T0), T0)).toBe(0);
  });

  it('caps what a clock set backwards can do, and tolerates junk from storage', () => {
    const state = failTimes(5);
    expect(lockRemaining(state, T0 - 3_600_000)).toBe(PIN_LOCK_MAX_MS);
    expect(registerFailure({ failures: NaN, lockedUntil: null }, T0)).toEqual({
      failures: 1,
      lockedUntil: null,
    });
    expect(lockRemaining({ failures: 9, lockedUntil: NaN }, T0)).toBe(0);
  });

  it('never shrinks the lock with more failures, and never exceeds the cap', () => {
    const gap = fc.integer({ min: 0, max: 20 * 60_000 });
    fc.assert(
      fc.property(fc.array(gap, { maxLength: 40 }), (gaps) => {
        let now = T0;
        let state = free;
        let lastLock = 0;
        for (const step of gaps) {
          now += step;
          state = registerFailure(state, now);
          const lock = lockRemaining(state, now);
          expect(lock).toBeGreaterThanOrEqual(lastLock);
          expect(lock).toBeLessThanOrEqual(PIN_LOCK_MAX_MS);
          expect(lock > 0).toBe(state.failures >= 5);
          lastLock = lock;
        }
      }),
    );
  });

  it('never moves the end of a lock earlier, even when the clock goes back', () => {
    const step = fc.integer({ min: -60 * 60_000, max: 20 * 60_000 });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        let now = T0;
        let state = free;
        let lastUntil = -Infinity;
        for (const s of steps) {
          now += s;
          state = registerFailure(state, now);
          const until = state.lockedUntil ?? -Infinity;
          expect(until).toBeGreaterThanOrEqual(lastUntil);
          expect(lockRemaining(state, now)).toBeLessThanOrEqual(PIN_LOCK_MAX_MS);
          lastUntil = until;
        }
      }),
    );
  });
});
