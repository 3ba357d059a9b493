import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isUuid, uuidv7 } from '../../../shared/uuid';

const V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const bytesArb = fc.uint8Array({ minLength: 10, maxLength: 10 });
const nowArb = fc.integer({ min: 0, max: 2 ** 48 - 1 });

describe('uuidv7', () => {
  it('matches the RFC 9562 example (appendix A.6)', () => {
    const random = [0x0c, 0xc3, 0x18, 0xc4, 0xdc, 0x0c, 0x0c, 0x07, 0x39, 0x8f];
    expect(uuidv7(0x017f22e279b0, () => Uint8Array.from(random))).toBe(
      '017f22e2-79b0-7cc3-98c4-dc0c0c07398f',
    );
  });

  it('forces the version and variant bits whatever the random bytes', () => {
    expect(uuidv7(0, (n) => new Uint8Array(n))).toBe('00000000-0000-7000-8000-000000000000');
    expect(uuidv7(2 ** 48 - 1, (n) => new Uint8Array(n).fill(255))).toBe(
      'ffffffff-ffff-7fff-bfff-ffffffffffff',
    );
  });

  it('is lower-case v7 with the timestamp in the first 48 bits', () => {
    fc.assert(
      fc.property(nowArb, bytesArb, (now, bytes) => {
        const id = uuidv7(now, () => bytes);
        expect(id).toMatch(V7);
        expect(isUuid(id)).toBe(true);
        expect(parseInt(id.slice(0, 8) + id.slice(9, 13), 16)).toBe(now);
      }),
    );
  });

  it('keeps all 74 random bits', () => {
    fc.assert(
      fc.property(bytesArb, bytesArb, (a, b) => {
        const same = a.every((x, i) => {
          // Bits dropped by design: the high nibble of byte 0 and the top two bits of byte 2.
          const mask = i === 0 ? 0x0f : i === 2 ? 0x3f : 0xff;
          return (x & mask) === (b[i]! & mask);
        });
        expect(uuidv7(1, () => a) === uuidv7(1, () => b)).toBe(same);
      }),
    );
  });

  it('sorts by time across milliseconds', () => {
    fc.assert(
      fc.property(nowArb, nowArb, bytesArb, bytesArb, (t1, t2, r1, r2) => {
        fc.pre(t1 !== t2);
        const [a, b] = [uuidv7(t1, () => r1), uuidv7(t2, () => r2)];
        expect(a < b).toBe(t1 < t2);
      }),
    );
  });

  it('floors fractional milliseconds and refuses times outside 48 bits', () => {
    expect(uuidv7(1.9, (n) => new Uint8Array(n)).startsWith('00000000-0001-')).toBe(true);
    for (const bad of [-1, 2 ** 48, NaN, Infinity]) {
      expect(() => uuidv7(bad, (n) => new Uint8Array(n))).toThrow(RangeError);
    }
    expect(() => uuidv7(0, () => new Uint8Array(9))).toThrow();
  });
});

describe('isUuid', () => {
  it('accepts any version in either case', () => {
    for (const id of [
      '00000000-0000-0000-0000-000000000000',
      '017F22E2-79B0-7CC3-98C4-DC0C0C07398F',
      'f47ac10b-58cc-4372-a567-0e02b2c3d479',
    ]) {
      expect(isUuid(id)).toBe(true);
    }
    fc.assert(
      fc.property(fc.uuid(), (id) => {
        expect(isUuid(id.toUpperCase())).toBe(true);
      }),
    );
  });

  it('rejects near misses', () => {
    for (const id of [
      '',
      'f47ac10b58cc4372a5670e02b2c3d479',
      '{f47ac10b-58cc-4372-a567-0e02b2c3d479}',
      'f47ac10b-58cc-4372-a567-0e02b2c3d479\n',
      ' f47ac10b-58cc-4372-a567-0e02b2c3d479',
      'f47ac10b-58cc-4372-a567-0e02b2c3d47',
      'g47ac10b-58cc-4372-a567-0e02b2c3d479',
      'f47ac10b-58cc-4372-a5670-e02b2c3d479',
    ]) {
      expect(isUuid(id)).toBe(false);
    }
    expect(isUuid(42 as unknown as string)).toBe(false);
  });
});
