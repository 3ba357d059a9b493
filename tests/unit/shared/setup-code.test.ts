import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  generateSetupCode,
  isSetupCode,
  normaliseSetupCode,
  SETUP_CODE_ALPHABET,
  setupCodeMatches,
} from '../../../shared/setup-code';

const bytes = fc.uint8Array({ minLength: 64, maxLength: 64 });
const source = (pool: Uint8Array) => {
  let at = 0;
  return (n: number) => Uint8Array.from({ length: n }, () => pool[at++ % pool.length]!);
};

describe('set-up codes', () => {
  it('are two groups of five unambiguous characters, whatever the random bytes', () => {
    fc.assert(
      fc.property(
        bytes.filter((b) => b.some((x) => x < 248)),
        (pool) => {
          const code = generateSetupCode(source(pool));
          expect(code).toMatch(/^[A-Z2-9]{5}-[A-Z2-9]{5}$/);
          expect([...code.replace('-', '')].every((c) => SETUP_CODE_ALPHABET.includes(c))).toBe(
            true,
          );
          expect(isSetupCode(code)).toBe(true);
        },
      ),
    );
  });

  it('match however they are typed: case, spaces, dashes', () => {
    fc.assert(
      fc.property(
        bytes.filter((b) => b.some((x) => x < 248)),
        fc.boolean(),
        (pool, lower) => {
          const code = generateSetupCode(source(pool));
          const typed = ` ${lower ? code.toLowerCase() : code} `.replace('-', ' - ');
          expect(setupCodeMatches(code, typed)).toBe(true);
          expect(normaliseSetupCode(typed)).toBe(code.replace('-', ''));
        },
      ),
    );
  });

  it('never match another code, a prefix or nothing', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        fc.pre(normaliseSetupCode(a) !== normaliseSetupCode(b));
        expect(setupCodeMatches(a, b)).toBe(false);
      }),
    );
    expect(setupCodeMatches('ABCDE-FGHJK', 'ABCDE')).toBe(false);
    expect(setupCodeMatches('ABCDE-FGHJK', '')).toBe(false);
    expect(isSetupCode('ABCDE-FGHJ0')).toBe(false);
    expect(isSetupCode(42)).toBe(false);
  });
});
