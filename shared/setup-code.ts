// The one-time set-up code that protects a fresh kiosk: creating its first admin requires it, so
// a learner at a new kiosk cannot make themselves an administrator. The installation writes it
// to the kiosk's configuration (electron/setup-code.ts); whoever installs the kiosk reads it there.

/** No 0/O, 1/I/L: read from a screen or a note and typed again without doubt. */
export const SETUP_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const GROUP = 5;
const LENGTH = 2 * GROUP; // 31^10: about 49 bits, and wrong tries are rate-limited (staff/auth.ts)
const PATTERN = new RegExp(`^[${SETUP_CODE_ALPHABET}]{${LENGTH}}$`);

/** Uppercase, without the spaces and dashes people add or drop when they copy a code. */
export function normaliseSetupCode(text: string): string {
  return text.replace(/[\s-]+/g, '').toUpperCase();
}

/** A code as the installation writes it ("ABCDE-FGHJK"), from uniform random bytes. */
export function generateSetupCode(randomBytes: (n: number) => Uint8Array): string {
  const limit = 256 - (256 % SETUP_CODE_ALPHABET.length); // rejection: no letter more likely
  let code = '';
  while (code.length < LENGTH) {
    for (const byte of randomBytes(LENGTH)) {
      if (byte < limit && code.length < LENGTH) {
        code += SETUP_CODE_ALPHABET[byte % SETUP_CODE_ALPHABET.length];
      }
    }
  }
  return `${code.slice(0, GROUP)}-${code.slice(GROUP)}`;
}

/** Whether a configuration's value is a set-up code the kiosk can check against. */
export function isSetupCode(value: unknown): value is string {
  return typeof value === 'string' && PATTERN.test(normaliseSetupCode(value));
}

/** Whether what was typed is the code, compared in a time that does not depend on where they differ. */
export function setupCodeMatches(expected: string, typed: string): boolean {
  const a = normaliseSetupCode(expected);
  const b = normaliseSetupCode(typed);
  let difference = a.length ^ b.length;
  for (let i = 0; i < a.length; i++) difference |= a.charCodeAt(i) ^ (b.charCodeAt(i) || 0);
  return difference === 0;
}
