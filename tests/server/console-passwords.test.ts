// Console passwords: scrypt with a salt each and its parameters stored; stored hashes that are
// malformed or ask for too much work never match.
import { describe, expect, it } from 'vitest';
import { createServer } from '../../server/app';
import { openDatabase } from '../../server/db';
import { readConfig } from '../../server/lifecycle';
import { SCRYPT_PARAMS, hashPassword, verifyPassword } from '../../server/console/passwords';

describe('console password hashes', () => {
  it('are salted, carry their parameters, and verify only the right password', async () => {
    const a = await hashPassword('a long passphrase');
    const b = await hashPassword('a long passphrase');
    expect(a).toMatch(/^scrypt\$32768\$8\$3\$[\w-]{22}\$[\w-]{43}$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('a long passphrase', a)).toBe(true);
    expect(await verifyPassword('a long passphrase!', a)).toBe(false);
    // The same text, composed or decomposed, is the same password.
    expect(
      await verifyPassword('Ine\u0301s passphrase', await hashPassword('Inés passphrase')),
    ).toBe(true);
  });

  it('keep verifying a hash made with other (still acceptable) parameters', async () => {
    const lighter = await hashPassword('a long passphrase', { N: 2 ** 14, r: 8, p: 1 });
    expect(lighter.startsWith('scrypt$16384$8$1$')).toBe(true);
    expect(await verifyPassword('a long passphrase', lighter)).toBe(true);
  });

  it('never match a missing, malformed or too costly stored hash', async () => {
    const good = await hashPassword('a long passphrase');
    const [, , , , salt, key] = good.split('$');
    for (const stored of [
      null,
      '',
      'plain text',
      `pbkdf2$32768$8$3$${salt}$${key}`,
      `scrypt$1073741824$8$3$${salt}$${key}`, // 2^30: a gigabyte asked by a tampered row
      `scrypt$30000$8$3$${salt}$${key}`, // not a power of two
      `scrypt$32768$8$3$${salt}`,
      `scrypt$32768$8$3$${salt}$${key}$extra`,
      `scrypt$32768$8$3$${salt}$${key!.slice(2)}`,
    ]) {
      expect(await verifyPassword('a long passphrase', stored), String(stored)).toBe(false);
    }
  });

  it('cost what OWASP asks on the shipped server (the tests hash lighter)', async () => {
    expect(SCRYPT_PARAMS).toEqual({ N: 2 ** 15, r: 8, p: 3 });
    expect(readConfig({}).console.passwords).toEqual(SCRYPT_PARAMS);
    const app = await createServer({ db: await openDatabase('memory') });
    expect(app.accueil.console.passwords).toEqual(SCRYPT_PARAMS);
    await app.close();
  });
});
