// validateEvent for what reception and admin write: manual check-ins and check-outs with a
// reason, and staff members with their PIN hash. The generic rules live in validate.test.ts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeBase64, hashPin } from '../../../shared/pin';
import { validateEvent } from '../../../shared/validate';
import { idFor, manualReasonArb, mutate, seededBytes, staffArb, tokenOf } from './helpers';

const TOKEN = tokenOf(Array.from({ length: 19 }, (_, i) => i));
const envelope = {
  id: idFor(1),
  kioskId: 'kiosk-1',
  seq: 1,
  at: Date.UTC(2026, 2, 29, 14, 2),
  actor: { kind: 'staff', staffId: 'S1' },
} as const;
const SALT = encodeBase64(Uint8Array.from({ length: 16 }, (_, i) => i));
const HASH = encodeBase64(Uint8Array.from({ length: 32 }, (_, i) => 255 - i));
const manualIn = {
  ...envelope,
  type: 'check-in',
  learnerId: 'L1',
  method: 'manual',
  reason: { code: 'other', text: 'Badge left at home, mother called' },
};
const manualOut = { ...manualIn, type: 'check-out', reason: { code: 'forgot-badge' } };
const staffUpserted = {
  ...envelope,
  type: 'staff-upserted',
  staff: {
    id: 'S2',
    name: 'Françoise Lejeune',
    role: 'reception',
    active: true,
    pin: { algorithm: 'PBKDF2-SHA256', iterations: 600_000, salt: SALT, hash: HASH },
  },
};

function errorsOf(input: unknown): string[] {
  const result = validateEvent(input);
  return result.ok ? [] : result.errors;
}

const TEXT = [undefined, '', '   ', 7, null, ['x'], 'a\nb', 'tab\there', 'bell\u0007', 'c1\u0085'];
const BASE64 = [
  undefined,
  '',
  3,
  SALT.slice(0, -2), // no padding
  SALT.replaceAll('=', ''),
  ` ${SALT}`,
  encodeBase64(new Uint8Array(15)),
  encodeBase64(new Uint8Array(17)),
  'AAAAAAAAAAAAAAAAAAAAAB==', // 16 bytes, but non-zero unused bits: not canonical
  SALT.replace('A', '-'),
];

const FIELDS: [string, object, [string, unknown[]][]][] = [
  [
    'manual check-in',
    manualIn,
    [
      ['reason', [undefined, null, 'forgot-badge', [], {}]],
      ['reason.code', [undefined, 'lost', 'OTHER', 1, null]],
      ['reason.text', [...TEXT, 'x'.repeat(501)]],
      ['reason.note', ['extra']],
      [
        'actor',
        [{ kind: 'kiosk' }, { kind: 'learner', learnerId: 'L1' }, { kind: 'staff', staffId: '' }],
      ],
    ],
  ],
  [
    'manual check-out',
    manualOut,
    [
      ['reason', [undefined, { code: 'forgot-badge', text: 3 }]],
      ['reason.text', ['', '  ', 'x'.repeat(501), 'two\nlines', null]],
      ['actor', [{ kind: 'kiosk' }, { kind: 'learner', learnerId: 'L1' }]],
    ],
  ],
  [
    'staff-upserted',
    staffUpserted,
    [
      ['staff', [undefined, null, 'S2', [], {}]],
      ['staff.id', [undefined, '', ' ', 'x'.repeat(65), 5]],
      ['staff.name', [...TEXT, 'x'.repeat(201)]],
      ['staff.role', [undefined, 'Admin', 'teacher', 1]],
      ['staff.active', [undefined, 'true', 1, null]],
      ['staff.pin', [undefined, null, '123456', {}, []]],
      ['staff.pin.algorithm', [undefined, 'PBKDF2-SHA1', 'pbkdf2-sha256', 'argon2id']],
      [
        'staff.pin.iterations',
        [undefined, 99_999, 10_000_001, 600_000.5, '600000', NaN, Infinity, -600_000],
      ],
      ['staff.pin.salt', BASE64],
      ['staff.pin.hash', [...BASE64, SALT]],
      ['staff.pin.pin', ['123456']],
      ['staff.email', ['a@b.c']],
      ['actor', [{ kind: 'learner', learnerId: 'L1' }]],
    ],
  ],
];

describe('validateEvent: manual events and staff', () => {
  for (const [what, sample, fields] of FIELDS) {
    it(`accepts a valid ${what} and refuses each bad field, naming its path`, () => {
      expect(validateEvent(sample)).toEqual({ ok: true, event: sample });
      for (const [path, values] of fields) {
        for (const value of values) {
          const errors = errorsOf(mutate(sample, path, value));
          const name = `${path} = ${JSON.stringify(value)}`;
          expect(errors.length, name).toBeGreaterThan(0);
          expect(
            errors.some((e) => e.startsWith(path)),
            name,
          ).toBe(true);
        }
      }
    });
  }

  it('requires a reason exactly when the method is manual', () => {
    expect(errorsOf(mutate(manualIn, 'reason', undefined))).toEqual([
      'reason: expected a reason for a manual event',
    ]);
    const scanned = { ...manualIn, actor: { kind: 'learner', learnerId: 'L1' }, token: TOKEN };
    expect(errorsOf({ ...scanned, method: 'scanner' })).toEqual([
      'reason: expected no reason for method scanner',
    ]);
    expect(errorsOf({ ...scanned, method: 'camera' })).toEqual([
      'reason: expected no reason for method camera',
    ]);
    // An explicit undefined counts as absent, as for the token.
    expect(validateEvent({ ...scanned, method: 'camera', reason: undefined }).ok).toBe(true);
    // With an unreadable method, only the method is reported.
    expect(errorsOf({ ...manualIn, method: 'typed' })).toEqual([
      'method: expected one of camera, scanner, manual',
    ]);
  });

  it('requires the text for "other" only, and refuses control characters', () => {
    expect(errorsOf(mutate(manualIn, 'reason', { code: 'other' }))).toEqual([
      'reason.text: expected a non-empty string of at most 500 characters',
    ]);
    for (const code of ['forgot-badge', 'badge-damaged']) {
      expect(validateEvent(mutate(manualIn, 'reason', { code })).ok).toBe(true);
      expect(validateEvent(mutate(manualIn, 'reason', { code, text: 'Cassé' })).ok).toBe(true);
    }
    expect(validateEvent(mutate(manualIn, 'reason.text', 'é'.repeat(500))).ok).toBe(true);
    expect(errorsOf(mutate(manualIn, 'reason.text', 'line\r\n'))).toEqual([
      'reason.text: expected no control characters',
    ]);
    // Not controls: emoji, joiners and non-Latin scripts are fine.
    expect(validateEvent(mutate(manualIn, 'reason.text', 'کتاب 👩‍👧 ok')).ok).toBe(true);
  });

  it('lets the kiosk itself create staff (the first admin) but not a learner', () => {
    expect(validateEvent(mutate(staffUpserted, 'actor', { kind: 'kiosk' })).ok).toBe(true);
    expect(errorsOf(mutate(staffUpserted, 'actor', { kind: 'learner', learnerId: 'L1' }))).toEqual([
      'actor: expected staff or the kiosk',
    ]);
  });

  it('accepts the iteration bounds and any name without control characters', () => {
    for (const n of [100_000, 10_000_000]) {
      expect(validateEvent(mutate(staffUpserted, 'staff.pin.iterations', n)).ok).toBe(true);
    }
    expect(errorsOf(mutate(staffUpserted, 'staff.pin.iterations', 50_000))).toEqual([
      'staff.pin.iterations: expected an integer in [100000, 10000000]',
    ]);
    expect(errorsOf(mutate(staffUpserted, 'staff.pin.salt', 'AAAA'))).toEqual([
      'staff.pin.salt: expected canonical base64 of 16 bytes',
    ]);
    for (const name of ['Ilyès El Amrani', "Seán O'Brien", '王秀英', 'x'.repeat(200)]) {
      expect(validateEvent(mutate(staffUpserted, 'staff.name', name)).ok).toBe(true);
    }
  });

  it('accepts what hashPin makes', async () => {
    const pin = await hashPin('482913', globalThis.crypto.subtle, seededBytes(3), 100_000);
    expect(validateEvent(mutate(staffUpserted, 'staff.pin', pin)).ok).toBe(true);
  });

  it('accepts generated staff and reasons, and rebuilds them as separate objects', () => {
    fc.assert(
      fc.property(staffArb, manualReasonArb, (staff, reason) => {
        const a = validateEvent({ ...staffUpserted, staff });
        expect(a).toEqual({ ok: true, event: { ...staffUpserted, staff } });
        if (a.ok && a.event.type === 'staff-upserted') {
          expect(a.event.staff).not.toBe(staff);
          expect(a.event.staff.pin).not.toBe(staff.pin);
        }
        const b = validateEvent({ ...manualIn, reason });
        expect(b).toEqual({ ok: true, event: { ...manualIn, reason } });
        if (b.ok && b.event.type === 'check-in') expect(b.event.reason).not.toBe(reason);
      }),
    );
  });
});
