// The console's shared rules: who may do what, the password rule, how names are matched.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  PASSWORD_MAX,
  PASSWORD_MIN,
  checkNewPassword,
  nameKey,
  roleAllows,
} from '../../../shared/console';

describe('console roles', () => {
  it('lets admin do everything and reception only reception things', () => {
    expect(roleAllows('admin', 'admin')).toBe(true);
    expect(roleAllows('admin', 'reception')).toBe(true);
    expect(roleAllows('reception', 'reception')).toBe(true);
    expect(roleAllows('reception', 'admin')).toBe(false);
  });
});

describe('the console password rule', () => {
  it.each([
    ['', 'too-short'],
    ['123456789', 'too-short'],
    ['1234567890', null],
    ['é'.repeat(PASSWORD_MIN), null], // characters, not bytes
    ['😀'.repeat(PASSWORD_MIN - 1), 'too-short'], // code points, not UTF-16 units
    ['é'.repeat(PASSWORD_MAX / 2 + 1), 'too-long'], // bytes: what scrypt works on
    ['a'.repeat(PASSWORD_MAX), null],
    ['Camille Dubois', 'is-name'],
    ['  camille dubois ', 'is-name'],
  ])('%j gives %s', (password, problem) => {
    expect(checkNewPassword(password, 'Camille Dubois')).toBe(problem);
  });

  it('never throws, and accepts exactly what is long enough, bounded and not the name', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 150 }),
        fc.string(),
        (password, name) => {
          const problem = checkNewPassword(password, name);
          const points = [...password].length;
          const bytes = new TextEncoder().encode(password).length;
          if (points < PASSWORD_MIN) expect(problem).toBe('too-short');
          else if (bytes > PASSWORD_MAX) expect(problem).toBe('too-long');
          else if (password.trim().toLowerCase() === name.trim().toLowerCase())
            expect(problem).toBe('is-name');
          else expect(problem).toBeNull();
        },
      ),
    );
  });
});

describe('account names', () => {
  it('are found whatever their case and spacing', () => {
    expect(nameKey('  Camille   DUBOIS ')).toBe('camille dubois');
    // Composed and decomposed é are the same name.
    expect(nameKey('Ine\u0301s')).toBe(nameKey('Inés'));
  });

  it('keys are stable: a key is its own key', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (name) => {
        expect(nameKey(nameKey(name))).toBe(nameKey(name));
      }),
    );
  });
});
