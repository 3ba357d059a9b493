import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createWedgeDecoder, readScan } from '../../../shared/wedge';
import type { KeyInput, WedgeScan } from '../../../shared/wedge';
import { BADGE_ALPHABET, generateToken } from '../../../shared/badge';
import { seededBytes, tokenArb } from './helpers';

const TOKEN = generateToken(seededBytes(42));

/** What a US-layout scanner sends for a character: the physical key and whether Shift is held. */
function usKey(ch: string): { code: string; shift: boolean } {
  if (/^[A-Z]$/.test(ch)) return { code: `Key${ch}`, shift: true };
  if (/^[a-z]$/.test(ch)) return { code: `Key${ch.toUpperCase()}`, shift: false };
  if (/^[0-9]$/.test(ch)) return { code: `Digit${ch}`, shift: false };
  if (ch === '-') return { code: 'Minus', shift: false };
  return { code: 'Space', shift: false };
}

/** What a Belgian AZERTY host makes of US key codes (unshifted, shifted), for the keys that differ. */
const AZERTY: Record<string, [string, string]> = {
  KeyA: ['q', 'Q'],
  KeyQ: ['a', 'A'],
  KeyW: ['z', 'Z'],
  KeyZ: ['w', 'W'],
  KeyM: [',', '?'],
  Semicolon: ['m', 'M'],
  Minus: [')', '°'],
  ...Object.fromEntries(
    [...'&é"\'(§è!çà'].map((k, i) => [`Digit${(i + 1) % 10}`, [k, String((i + 1) % 10)]]),
  ),
};
function azerty(code: string, shift: boolean, us: string): string {
  const mapped = AZERTY[code];
  if (mapped) return shift ? mapped[1] : mapped[0];
  return shift ? us.toUpperCase() : us.toLowerCase();
}

/** Key events of a scanner typing `text` then `end`, `gap` ms apart, through a host layout. */
function scannerKeys(
  text: string,
  opts: {
    gap?: (i: number) => number;
    layout?: 'us' | 'azerty';
    shiftKeys?: boolean;
    end?: string;
    start?: number;
  } = {},
): KeyInput[] {
  const { gap = () => 8, layout = 'us', shiftKeys = false, end = 'Enter', start = 1000 } = opts;
  const keys: KeyInput[] = [];
  let time = start;
  const push = (key: string, code: string) => {
    keys.push({ key, code, time });
    time += gap(keys.length);
  };
  for (const ch of text) {
    const { code, shift } = usKey(ch);
    if (shiftKeys && shift) push('Shift', 'ShiftLeft');
    push(layout === 'us' ? ch : azerty(code, shift, ch), code);
  }
  push(end, end === 'Enter' ? 'Enter' : end);
  return keys;
}

function feed(
  keys: readonly KeyInput[],
  options?: Parameters<typeof createWedgeDecoder>[0],
): WedgeScan[] {
  const decoder = createWedgeDecoder(options);
  return keys.map((k) => decoder.push(k)).filter((s): s is WedgeScan => s !== null);
}

describe('wedge decoder', () => {
  it('reads a token typed at scanner speed, ended by Enter or Tab', () => {
    fc.assert(
      fc.property(
        tokenArb,
        fc.array(fc.integer({ min: 0, max: 60 }), { minLength: 30, maxLength: 30 }),
        fc.constantFrom('Enter', 'Tab'),
        fc.boolean(),
        (token, gaps, end, shiftKeys) => {
          const scans = feed(
            scannerKeys(token, { gap: (i) => gaps[i % gaps.length]!, end, shiftKeys }),
          );
          expect(scans).toHaveLength(1);
          expect(scans[0]!.text).toBe(token);
          expect(scans[0]!.codes).toEqual([...token].map((ch) => `Key${ch}`));
          expect(readScan(scans[0]!)).toEqual({ ok: true, token, via: 'keys' });
        },
      ),
    );
  });

  it('reads a token typed by a US scanner into an AZERTY host, as typed (the alphabet avoids the moved keys)', () => {
    fc.assert(
      fc.property(tokenArb, fc.boolean(), (token, capsLock) => {
        const typed = capsLock ? token.toLowerCase() : token;
        const scans = feed(scannerKeys(typed, { layout: 'azerty', shiftKeys: true }));
        expect(scans.map(readScan)).toEqual([{ ok: true, token, via: 'keys' }]);
      }),
    );
  });

  it('falls back on the physical keys when the host layout mangles the text', () => {
    // An invented layout that shifts every letter: the text is garbage, the codes are right.
    const scramble = (code: string) =>
      String.fromCharCode(((code.charCodeAt(3) - 65 + 7) % 26) + 97);
    fc.assert(
      fc.property(tokenArb, (token) => {
        const keys = scannerKeys(token).map((k) =>
          k.key === 'Enter' ? k : { ...k, key: scramble(k.code) },
        );
        const [scan] = feed(keys);
        expect(scan!.text).not.toBe(token);
        expect(readScan(scan!)).toEqual({ ok: true, token, via: 'codes' });
      }),
    );
    // The AZERTY case too, for a grouped token printed with hyphens: Minus types ')'.
    const grouped = TOKEN.slice(0, 10) + '-' + TOKEN.slice(10);
    const [scan] = feed(scannerKeys(grouped, { layout: 'azerty' }));
    expect(scan!.text).toContain(')');
    expect(readScan(scan!)).toEqual({ ok: true, token: TOKEN, via: 'codes' });
  });

  it('reports the typed text problem when neither reading is valid', () => {
    const broken = TOKEN.slice(0, 20) + (TOKEN.endsWith('B') ? 'C' : 'B');
    expect(feed(scannerKeys(broken)).map(readScan)).toEqual([{ ok: false, problem: 'bad-check' }]);
    expect(feed(scannerKeys('HELLO')).map(readScan)).toEqual([
      { ok: false, problem: 'bad-length' },
    ]);
    // Codes that say something else (unmapped keys here) do not change the reported problem.
    const noCodes = scannerKeys(broken).map((k) => (k.key === 'Enter' ? k : { ...k, code: '' }));
    expect(feed(noCodes).map(readScan)).toEqual([{ ok: false, problem: 'bad-check' }]);
  });

  it('never emits for human-speed typing, Enter included', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 30 }),
        fc.array(fc.integer({ min: 61, max: 800 }), { minLength: 1 }),
        (text, gaps) => {
          expect(feed(scannerKeys(text, { gap: (i) => gaps[i % gaps.length]! }))).toEqual([]);
        },
      ),
    );
  });

  it('drops what a person typed before a scan', () => {
    const human = scannerKeys('BCD', { gap: () => 150, end: 'Shift', start: 0 });
    const scan = scannerKeys(TOKEN, { start: human.at(-1)!.time + 200 });
    expect(feed([...human, ...scan]).map((s) => s.text)).toEqual([TOKEN]);
    // But a quick pair of keys straight before the scan joins it, and spoils it.
    const quick = [{ key: 'x', code: 'KeyX', time: 990 }];
    expect(feed([...quick, ...scannerKeys(TOKEN)]).map(readScan)).toEqual([
      { ok: false, problem: 'bad-length' },
    ]);
  });

  it('emits nothing for a lone Enter, a late Enter, or an Enter with an empty buffer', () => {
    const d = createWedgeDecoder();
    expect(d.push({ key: 'Enter', code: 'Enter', time: 0 })).toBeNull();
    expect(d.push({ key: 'Enter', code: 'Enter', time: 5 })).toBeNull();
    expect(d.push({ key: 'B', code: 'KeyB', time: 10 })).toBeNull();
    expect(d.push({ key: 'Enter', code: 'Enter', time: 71 })).toBeNull();
    // The late Enter cleared the buffer: a quick Enter now has nothing to emit.
    expect(d.push({ key: 'Enter', code: 'Enter', time: 75 })).toBeNull();
  });

  it('keeps timing through named keys but does not store them', () => {
    const keys: KeyInput[] = [
      { key: 'B', code: 'KeyB', time: 0 },
      { key: 'Shift', code: 'ShiftLeft', time: 50 },
      { key: 'Unidentified', code: '', time: 100 },
      { key: 'C', code: 'KeyC', time: 150 },
      { key: 'Dead', code: 'BracketLeft', time: 200 },
      { key: 'Enter', code: 'NumpadEnter', time: 250 },
    ];
    expect(feed(keys)).toEqual([
      { text: 'BC', codes: ['KeyB', 'KeyC'], lastKeyAt: 250, overflow: false },
    ]);
    // A named key after a long pause restarts the buffer like any key.
    const late = [
      ...keys.slice(0, 1),
      { key: 'Shift', code: 'ShiftLeft', time: 100 },
      ...keys.slice(3),
    ];
    expect(feed(late).map((s) => s.text)).toEqual(['C']);
  });

  it('counts control characters and astral symbols as one character each', () => {
    const keys: KeyInput[] = [
      { key: '\u0007', code: 'KeyG', time: 0 },
      { key: '😀', code: '', time: 1 },
      { key: 'é', code: 'Digit2', time: 2 },
      { key: 'ab', code: 'KeyA', time: 3 },
      { key: 'Enter', code: 'Enter', time: 4 },
    ];
    expect(feed(keys)).toEqual([
      { text: '\u0007😀é', codes: ['KeyG', '', 'Digit2'], lastKeyAt: 4, overflow: false },
    ]);
    expect(feed(keys).map(readScan)).toEqual([{ ok: false, problem: 'bad-length' }]);
  });

  it('stops storing beyond maxLength and reports the scan as too long', () => {
    const long = TOKEN.repeat(4);
    const [scan] = feed(scannerKeys(long));
    expect(scan!.overflow).toBe(true);
    expect(scan!.text).toBe(long.slice(0, 64));
    expect(scan!.codes).toHaveLength(64);
    expect(readScan(scan!)).toEqual({ ok: false, problem: 'too-long' });
    const [exact] = feed(scannerKeys(long.slice(0, 64)));
    expect(exact!.overflow).toBe(false);
    expect(feed(scannerKeys(TOKEN), { maxLength: 20 }).map(readScan)).toEqual([
      { ok: false, problem: 'too-long' },
    ]);
  });

  it('honours maxGapMs, and treats time going backwards as a pause', () => {
    expect(
      feed(scannerKeys(TOKEN, { gap: () => 100 }), { maxGapMs: 100 }).map((s) => s.text),
    ).toEqual([TOKEN]);
    expect(feed(scannerKeys(TOKEN, { gap: () => 61 }))).toEqual([]);
    expect(feed(scannerKeys(TOKEN, { gap: () => 60 })).map((s) => s.text)).toEqual([TOKEN]);
    const back = scannerKeys(TOKEN).map((k, i) => (i >= 10 ? { ...k, time: k.time - 100 } : k));
    expect(feed(back).map((s) => s.text)).toEqual([TOKEN.slice(10)]);
  });

  it('reads back-to-back scans separately, and forgets everything on reset', () => {
    const two = [
      ...scannerKeys(TOKEN),
      ...scannerKeys(BADGE_ALPHABET, { start: 1000 + 22 * 8 + 5 }),
    ];
    expect(feed(two).map((s) => s.text)).toEqual([TOKEN, BADGE_ALPHABET]);
    const d = createWedgeDecoder();
    const keys = scannerKeys(TOKEN);
    for (const k of keys.slice(0, -1)) d.push(k);
    d.reset();
    expect(d.push(keys.at(-1)!)).toBeNull();
  });

  it('never throws and never stores more than maxLength characters', () => {
    const keyArb = fc.record({
      key: fc.oneof(
        fc.string({ maxLength: 3, unit: 'binary' }),
        fc.constantFrom('Enter', 'Tab', 'Shift', 'Dead'),
      ),
      code: fc.string({ maxLength: 12 }),
      time: fc.integer({ min: 0, max: 10_000 }),
    });
    fc.assert(
      fc.property(
        fc.array(keyArb, { maxLength: 200 }),
        fc.integer({ min: 1, max: 80 }),
        (keys, maxLength) => {
          for (const scan of feed(keys, { maxLength })) {
            expect(scan.codes.length).toBeLessThanOrEqual(maxLength);
            expect(scan.codes.length).toBeGreaterThan(0);
            readScan(scan);
          }
        },
      ),
    );
  });
});
