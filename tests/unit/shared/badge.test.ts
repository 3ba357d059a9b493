import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BADGE_ALPHABET,
  TOKEN_BODY_LENGTH,
  TOKEN_LENGTH,
  computeCheck,
  formatTokenForPrint,
  generateToken,
  normalizeToken,
  parseToken,
  tokenFromUsKeyCodes,
} from '../../../shared/badge';
import { scriptedBytes, seededBytes, symbolArb, tokenArb, tokenOf } from './helpers';

const R = BADGE_ALPHABET.length;
const valuesOf = (token: string) => [...token].map((ch) => BADGE_ALPHABET.indexOf(ch));
const wordOf = (values: readonly number[]) => values.map((v) => BADGE_ALPHABET.charAt(v)).join('');
const ZERO = tokenOf(new Array<number>(19).fill(0));

describe('badge alphabet', () => {
  it('has 19 distinct letters, none that AZERTY moves, nor I or O', () => {
    expect(BADGE_ALPHABET).toHaveLength(19);
    expect(new Set(BADGE_ALPHABET).size).toBe(19);
    expect(BADGE_ALPHABET).toMatch(/^[A-Z]+$/);
    for (const ch of 'AQWZMIO') expect(BADGE_ALPHABET).not.toContain(ch);
  });

  it('gives a body of at least 80 bits and a 21-symbol token', () => {
    expect(TOKEN_BODY_LENGTH * Math.log2(R)).toBeGreaterThanOrEqual(80);
    expect(TOKEN_LENGTH).toBe(TOKEN_BODY_LENGTH + 2);
  });
});

describe('generateToken', () => {
  it('round-trips through parseToken for any byte stream', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(255), { maxLength: 80 }), fc.integer(), (prefix, seed) => {
        const token = generateToken(scriptedBytes(prefix, seed));
        expect(token).toMatch(new RegExp(`^[${BADGE_ALPHABET}]{21}$`));
        expect(parseToken(token)).toEqual({ ok: true, token });
      }),
    );
  });

  it('rejects bytes from 247 up and maps the rest modulo 19', () => {
    const bytes = [247, 255, 0, 250, 18, 19, 246, 248, 37, 228, 229, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    const token = generateToken(scriptedBytes(bytes));
    // Accepted: 0 18 19 246 37 228 229 1..10 → symbols 0 18 0 18 18 0 1 1..10, then the seeded rest.
    expect(valuesOf(token.slice(0, 17))).toEqual([
      0, 18, 0, 18, 18, 0, 1, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
    ]);
  });

  it('maps the 247 accepted byte values onto each symbol exactly 13 times', () => {
    const counts = new Array<number>(R).fill(0);
    for (let byte = 0; byte < 256; byte++) {
      const source = scriptedBytes([byte, ...new Array<number>(40).fill(0)]);
      const first = generateToken(source).charAt(0);
      // A rejected byte is skipped, so the first symbol then comes from the zero padding.
      if (byte >= 247) expect(first).toBe('B');
      else counts[BADGE_ALPHABET.indexOf(first)]! += 1;
    }
    expect(counts).toEqual(new Array<number>(R).fill(13));
  });

  it('is plausibly uniform (chi-square over 95,000 symbols)', () => {
    const source = seededBytes(20260329);
    const counts = new Array<number>(R).fill(0);
    const n = 5000;
    for (let i = 0; i < n; i++) {
      for (const v of valuesOf(generateToken(source).slice(0, 19))) counts[v]! += 1;
    }
    const expected = (n * 19) / R;
    const chi2 = counts.reduce((sum, c) => sum + (c - expected) ** 2 / expected, 0);
    // 18 degrees of freedom: p = 0.001 at 42.3. Plain `byte % 19` (no rejection) fails this.
    expect(chi2).toBeLessThan(42.3);
  });

  it('fails instead of spinning on a broken random source', () => {
    expect(() => generateToken((n) => new Uint8Array(n).fill(255))).toThrow();
    expect(() => generateToken(() => new Uint8Array(0))).toThrow();
  });
});

describe('check symbols', () => {
  it('follow the documented formulas', () => {
    fc.assert(
      fc.property(fc.array(symbolArb, { minLength: 19, maxLength: 19 }), (body) => {
        const c1 = body.reduce((s, v, i) => s + v * (i + 1), 0) % R;
        const c2 = body.reduce((s, v) => s + v, 0) % R;
        expect(computeCheck(wordOf(body))).toBe(wordOf([c1, c2]));
      }),
    );
  });

  it('refuse a malformed body', () => {
    expect(() => computeCheck('BCD')).toThrow(RangeError);
    expect(() => computeCheck('A'.repeat(19))).toThrow(RangeError);
  });

  it('form a linear code: the symbol-wise sum of two valid tokens is valid', () => {
    fc.assert(
      fc.property(tokenArb, tokenArb, (a, b) => {
        const va = valuesOf(a);
        const sum = wordOf(valuesOf(b).map((v, i) => (v + va[i]!) % R));
        expect(parseToken(sum).ok).toBe(true);
      }),
    );
  });

  // By linearity, token + error is valid iff the error word is. Checking every error word of a
  // class on the zero token therefore proves detection for every token.
  it('detect every single substitution, at every position, for every token', () => {
    for (let j = 0; j < TOKEN_LENGTH; j++) {
      for (let e = 1; e < R; e++) {
        const word = valuesOf(ZERO);
        word[j] = e;
        expect(parseToken(wordOf(word))).toEqual({ ok: false, problem: 'bad-check' });
      }
    }
  });

  it('detect every transposition of two different symbols, adjacent or not', () => {
    for (let j = 0; j < TOKEN_LENGTH; j++) {
      for (let k = j + 1; k < TOKEN_LENGTH; k++) {
        for (let d = 1; d < R; d++) {
          // Swapping a at j with b at k adds (b−a) at j and (a−b) at k.
          const word = valuesOf(ZERO);
          word[j] = d;
          word[k] = R - d;
          expect(parseToken(wordOf(word)).ok).toBe(false);
        }
      }
    }
  });

  it('detect every double substitution except equal shifts at positions 18 and 20', () => {
    const missed: string[] = [];
    for (let j = 0; j < TOKEN_LENGTH; j++) {
      for (let k = j + 1; k < TOKEN_LENGTH; k++) {
        for (let d = 1; d < R; d++) {
          for (let e = 1; e < R; e++) {
            const word = valuesOf(ZERO);
            word[j] = d;
            word[k] = e;
            if (parseToken(wordOf(word)).ok) missed.push(`${j}+${d},${k}+${e}`);
          }
        }
      }
    }
    expect(missed).toEqual(Array.from({ length: 18 }, (_, i) => `18+${i + 1},20+${i + 1}`));
  });

  it('reject every substitution and adjacent swap of some concrete tokens', () => {
    const tokens = [ZERO, ...Array.from({ length: 5 }, (_, i) => generateToken(seededBytes(i)))];
    for (const token of tokens) {
      for (let j = 0; j < TOKEN_LENGTH; j++) {
        for (const ch of BADGE_ALPHABET) {
          if (ch === token[j]) continue;
          const typo = token.slice(0, j) + ch + token.slice(j + 1);
          expect(parseToken(typo)).toEqual({ ok: false, problem: 'bad-check' });
        }
        if (j + 1 < TOKEN_LENGTH && token[j] !== token[j + 1]) {
          const swapped = token.slice(0, j) + token[j + 1] + token[j] + token.slice(j + 2);
          expect(parseToken(swapped)).toEqual({ ok: false, problem: 'bad-check' });
        }
      }
    }
  });
});

describe('normalizeToken and parseToken', () => {
  it('fold case, trim and drop grouping spaces and hyphens', () => {
    fc.assert(
      fc.property(
        tokenArb,
        fc.array(fc.boolean(), { minLength: 21, maxLength: 21 }),
        (token, lower) => {
          const mixed = [...token].map((ch, i) => (lower[i] ? ch.toLowerCase() : ch)).join('');
          const typed = ` \t${formatTokenForPrint(mixed).replaceAll(' ', ' - ')}\n`;
          expect(normalizeToken(typed)).toBe(token);
          expect(parseToken(typed)).toEqual({ ok: true, token });
        },
      ),
    );
  });

  it('fold only ASCII a–z', () => {
    expect(normalizeToken('ßﬀıǆé')).toBe('ßﬀıǆé');
    expect(normalizeToken('abc xyz')).toBe('ABCXYZ');
    const token = ZERO;
    // 'ß' upper-cases to 'SS' with String#toUpperCase: a 20-symbol body must not become 21.
    const sneaky = `${token.slice(0, 19).replace('BB', 'ß')}${token.slice(19)}`;
    expect(parseToken(sneaky).ok).toBe(false);
    // Full-width letters look the same to people but are not the token.
    expect(parseToken(token.replace('B', 'Ｂ'))).toEqual({ ok: false, problem: 'bad-character' });
  });

  it('classify every problem', () => {
    const token = generateToken(seededBytes(7));
    expect(parseToken('')).toEqual({ ok: false, problem: 'empty' });
    expect(parseToken(' - \t ')).toEqual({ ok: false, problem: 'empty' });
    expect(parseToken(' '.repeat(100))).toEqual({ ok: false, problem: 'empty' });
    expect(parseToken(token.padEnd(64, ' '))).toEqual({ ok: true, token });
    expect(parseToken(token.padEnd(65, ' '))).toEqual({ ok: false, problem: 'too-long' });
    expect(parseToken('B'.repeat(65))).toEqual({ ok: false, problem: 'too-long' });
    expect(parseToken(token.slice(1))).toEqual({ ok: false, problem: 'bad-length' });
    expect(parseToken(`${token}B`)).toEqual({ ok: false, problem: 'bad-length' });
    expect(parseToken(`1${token.slice(1)}`)).toEqual({ ok: false, problem: 'bad-character' });
    expect(parseToken(`A${token.slice(1)}`)).toEqual({ ok: false, problem: 'bad-character' });
    expect(parseToken(`\u0000${token.slice(1)}`)).toEqual({ ok: false, problem: 'bad-character' });
    const flipped = token.slice(0, 20) + (token[20] === 'B' ? 'C' : 'B');
    expect(parseToken(flipped)).toEqual({ ok: false, problem: 'bad-check' });
  });

  it('never throw, and accept only canonical 21-letter tokens', () => {
    const loneSurrogates = fc
      .array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 80 })
      .map((units) => String.fromCharCode(...units));
    const anyString = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.string({ unit: 'grapheme' }),
      loneSurrogates,
      fc.string({ unit: fc.constantFrom(...BADGE_ALPHABET, ' ', '-', 'a', 'b') }),
    );
    fc.assert(
      fc.property(anyString, (input) => {
        const result = parseToken(input);
        if (result.ok) {
          expect(result.token).toMatch(new RegExp(`^[${BADGE_ALPHABET}]{21}$`));
          expect(normalizeToken(input)).toBe(result.token);
        }
      }),
      { numRuns: 2000 },
    );
    expect(parseToken('\ud800'.repeat(10_000))).toEqual({ ok: false, problem: 'too-long' });
    expect(parseToken('B'.repeat(10_000))).toEqual({ ok: false, problem: 'too-long' });
  });

  it('read back the printed form', () => {
    fc.assert(
      fc.property(tokenArb, (token) => {
        const printed = formatTokenForPrint(token);
        expect(printed).toMatch(/^([A-Z]{4} ){5}[A-Z]$/);
        expect(parseToken(printed)).toEqual({ ok: true, token });
      }),
    );
  });
});

describe('tokenFromUsKeyCodes', () => {
  it('maps letter, digit, minus and space keys, and poisons the rest', () => {
    expect(tokenFromUsKeyCodes(['KeyA', 'KeyZ', 'Digit0', 'Digit9', 'Minus', 'Space'])).toBe(
      'AZ09- ',
    );
    for (const code of [
      'Numpad1',
      'keya',
      'KeyAA',
      'Semicolon',
      'ShiftLeft',
      '',
      'Key',
      'Digit10',
    ]) {
      expect(tokenFromUsKeyCodes([code])).toBe('\u0000');
    }
    expect(tokenFromUsKeyCodes([])).toBe('');
  });

  it('rebuilds a token from its physical keys', () => {
    fc.assert(
      fc.property(tokenArb, (token) => {
        const codes = [...formatTokenForPrint(token)].map((ch) =>
          ch === ' ' ? 'Space' : `Key${ch}`,
        );
        expect(parseToken(tokenFromUsKeyCodes(codes))).toEqual({ ok: true, token });
        // One stray key (a Shift code, say) makes the rebuilt text unusable.
        expect(parseToken(tokenFromUsKeyCodes([...codes, 'ShiftLeft'])).ok).toBe(false);
      }),
    );
  });
});
