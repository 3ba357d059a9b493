// Badge tokens: 19 random symbols over a 19-letter alphabet plus 2 check symbols.
//
// The alphabet holds only letters that a US-layout scanner types identically into a Belgian
// AZERTY host (no digits, no A Q W Z M), that need no human disambiguation (no I, O), and that
// QR alphanumeric mode encodes compactly.
//
// Check symbols. Read the 21 symbols as values w_0..w_20 in GF(19) (index in the alphabet). A
// token is valid when Σ w_j·h_j = 0 in GF(19)², with the column h_j of position j being
//   (1, j+1)  for the body, j = 0..18 (so j = 18 gives (1, 0), since 19 ≡ 0),
//   (0, 18)   for the first check symbol,
//   (18, 0)   for the second.
// Solving gives c1 = Σ b_i·(i+1) mod 19 and c2 = Σ b_i mod 19. Every column is non-zero, so any
// single substitution changes the syndrome; all 21 columns are distinct, so swapping any two
// different symbols (adjacent or not) changes it by (b−a)(h_j−h_k) ≠ 0. Only one pair of columns is
// linearly dependent (positions 18 and 20), so every double substitution is caught except some on
// exactly that pair. (The textbook weights (i+1) and (i+1)² would give position 18 a zero column,
// since 19 ≡ 0: substitutions there would go unseen.)

export const BADGE_ALPHABET = 'BCDEFGHJKLNPRSTUVXY';
export const TOKEN_BODY_LENGTH = 19;
export const TOKEN_LENGTH = 21;
/** Raw inputs longer than this are refused before any further look (scanner garbage, pastes). */
const MAX_TOKEN_INPUT_LENGTH = 64;

const RADIX = BADGE_ALPHABET.length; // 19, a prime: the check arithmetic is a field
const REJECT_FROM = 256 - (256 % RADIX); // 247 = 19·13: bytes at or above it would bias the draw

const VALUE: ReadonlyMap<string, number> = new Map(
  [...BADGE_ALPHABET].map((ch, value) => [ch, value]),
);

export type TokenProblem = 'empty' | 'too-long' | 'bad-length' | 'bad-character' | 'bad-check';
type TokenParse = { ok: true; token: string } | { ok: false; problem: TokenProblem };

function mod(n: number): number {
  return ((n % RADIX) + RADIX) % RADIX;
}

/** The two check symbols for a 19-symbol body. Throws on a malformed body (a programming error). */
export function computeCheck(body: string): string {
  if (body.length !== TOKEN_BODY_LENGTH) {
    throw new RangeError(`computeCheck: body must be ${TOKEN_BODY_LENGTH} symbols`);
  }
  let weighted = 0;
  let plain = 0;
  for (let i = 0; i < body.length; i++) {
    const v = VALUE.get(body.charAt(i));
    if (v === undefined) throw new RangeError('computeCheck: symbol outside the badge alphabet');
    weighted += v * (i + 1);
    plain += v;
  }
  return BADGE_ALPHABET.charAt(mod(weighted)) + BADGE_ALPHABET.charAt(mod(plain));
}

/**
 * A fresh token, uniform over the alphabet. `randomBytes` must be a CSPRNG (crypto.getRandomValues
 * in the renderer); it is injected so that shared/ stays pure and tests can be deterministic.
 */
export function generateToken(randomBytes: (n: number) => Uint8Array): string {
  let body = '';
  // 32 bytes give 19 accepted symbols with overwhelming probability (each is kept with p = 247/256).
  // The round cap only stops a broken source (all 0xFF, empty arrays) from spinning forever.
  for (let round = 0; body.length < TOKEN_BODY_LENGTH; round++) {
    if (round >= 64) throw new Error('generateToken: the random source yields no usable bytes');
    const bytes = randomBytes(32);
    for (let i = 0; i < bytes.length && body.length < TOKEN_BODY_LENGTH; i++) {
      const byte = bytes[i] as number;
      if (byte < REJECT_FROM) body += BADGE_ALPHABET.charAt(byte % RADIX);
    }
  }
  return body + computeCheck(body);
}

/**
 * What a person or scanner typed, reduced to the token's canonical spelling: no whitespace, no
 * hyphens (cards group symbols for reading), ASCII a–z folded to upper case. Only a–z are folded:
 * String#toUpperCase would turn 'ß' into 'SS' or 'ﬀ' into 'FF' and let look-alikes through.
 */
export function normalizeToken(input: string): string {
  return input.replace(/[\s-]+/g, '').replace(/[a-z]/g, (ch) => ch.toUpperCase());
}

/** Parses untrusted text (keyboard, camera, files) into a canonical token. Never throws. */
export function parseToken(input: string): TokenParse {
  if (typeof input !== 'string') return { ok: false, problem: 'bad-character' };
  // The raw cap comes first in cost but after "empty" in meaning: a long run of blanks is empty.
  const token = normalizeToken(input);
  if (token.length === 0) return { ok: false, problem: 'empty' };
  if (input.length > MAX_TOKEN_INPUT_LENGTH) return { ok: false, problem: 'too-long' };
  if (token.length !== TOKEN_LENGTH) return { ok: false, problem: 'bad-length' };
  for (let i = 0; i < token.length; i++) {
    if (!VALUE.has(token.charAt(i))) return { ok: false, problem: 'bad-character' };
  }
  const body = token.slice(0, TOKEN_BODY_LENGTH);
  if (computeCheck(body) !== token.slice(TOKEN_BODY_LENGTH))
    return { ok: false, problem: 'bad-check' };
  return { ok: true, token };
}

/**
 * The text a US-layout scanner meant, rebuilt from KeyboardEvent.code values (physical keys), for
 * hosts whose layout remaps the keys. Unmapped codes become U+0000 so the result cannot parse.
 */
export function tokenFromUsKeyCodes(codes: readonly string[]): string {
  let text = '';
  for (const code of codes) {
    const m = /^(?:Key([A-Z])|Digit([0-9]))$/.exec(code);
    if (m) text += m[1] ?? m[2];
    else if (code === 'Minus') text += '-';
    else if (code === 'Space') text += ' ';
    else text += '\u0000';
  }
  return text;
}

/** The token in groups of four for the printed card ("BCDF GHJK …"); parseToken reads it back. */
export function formatTokenForPrint(token: string): string {
  return (token.match(/.{1,4}/gs) ?? []).join(' ');
}
