// Reading scans: what the gate makes of a scanner's keys, on the page (where every burst ended by
// Enter or Tab is a scan), through host layouts, at scanner speed and not at a person's.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createWedgeGate, readScan } from '../../../shared/wedge';
import type { KeyInput, WedgeOptions, WedgeScan } from '../../../shared/wedge';
import { BADGE_ALPHABET, generateToken } from '../../../shared/badge';
import { seededBytes, tokenArb } from './helpers';
import { play, scannerKeys } from './wedge-keys';

const TOKEN = generateToken(seededBytes(42));

function feed(keys: readonly KeyInput[], options?: WedgeOptions): WedgeScan[] {
  return play(keys, 'page', options).scans;
}

describe('reading scans', () => {
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

  it('leaves out what a person typed before a scan, even straight before it', () => {
    const human = scannerKeys('BCD', { gap: () => 150, end: 'Shift', start: 0 });
    const scan = scannerKeys(TOKEN, { start: human.at(-1)!.time + 200 });
    expect(feed([...human, ...scan]).map((s) => s.text)).toEqual([TOKEN]);
    // A key straight before the scan joins its burst: the scan is the tail that reads as a badge,
    // and the key goes back to the page.
    const quick = [{ key: 'x', code: 'KeyX', time: 990 }];
    const played = play([...quick, ...scannerKeys(TOKEN)]);
    expect(played.scans.map(readScan)).toEqual([{ ok: true, token: TOKEN, via: 'keys' }]);
    expect(played.delivered).toEqual(quick);
    // Nothing in the burst reads as a badge: on the page, the whole burst is the (bad) scan.
    expect(feed([...quick, ...scannerKeys(TOKEN.slice(2))]).map(readScan)).toEqual([
      { ok: false, problem: 'bad-length' },
    ]);
  });

  it('emits nothing for a lone Enter, a late Enter, or an Enter with an empty burst', () => {
    const gate = createWedgeGate();
    const enter = (time: number) => gate.key({ key: 'Enter', code: 'Enter', time }, 'page').act;
    expect(enter(0)).toBe('pass');
    expect(enter(5)).toBe('pass');
    expect(gate.key({ key: 'B', code: 'KeyB', time: 10 }, 'page').act).toBe('hold');
    expect(enter(71)).toBe('pass');
    // The late Enter ended the burst: a quick Enter now has nothing to end.
    expect(enter(75)).toBe('pass');
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
      { key: 'Enter', code: 'Enter', time: 4 },
    ];
    expect(feed(keys)).toEqual([
      { text: '\u0007😀é', codes: ['KeyG', '', 'Digit2'], lastKeyAt: 4, overflow: false },
    ]);
    expect(feed(keys).map(readScan)).toEqual([{ ok: false, problem: 'bad-length' }]);
    // Another named key inside a burst (a barcode's control character arrives as Escape or
    // Backspace) is part of it on the page, out of its text. In a text field it is a person
    // editing: the burst ends there, and the rest is no badge.
    const scan = scannerKeys(TOKEN, { gap: () => 2 });
    const withEscape = [
      ...scan.slice(0, 10),
      { key: 'Escape', code: 'Escape', time: scan[9]!.time + 1 },
      ...scan.slice(10),
    ];
    expect(feed(withEscape).map((s) => s.text)).toEqual([TOKEN]);
    const edited = play(withEscape, 'text');
    expect(edited.scans).toEqual([]);
    expect(edited.delivered).toEqual(withEscape);
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

  it('reads back-to-back scans separately, and gives everything back on release', () => {
    const two = [
      ...scannerKeys(TOKEN),
      ...scannerKeys(BADGE_ALPHABET, { start: 1000 + 22 * 8 + 5 }),
    ];
    expect(feed(two).map((s) => s.text)).toEqual([TOKEN, BADGE_ALPHABET]);
    const gate = createWedgeGate();
    const keys = scannerKeys(TOKEN);
    for (const k of keys.slice(0, -1)) gate.key(k, 'page');
    expect(gate.release().map((k) => k.key)).toEqual([...TOKEN]);
    expect(gate.holding).toBe(false);
    expect(gate.key(keys.at(-1)!, 'page').act).toBe('pass');
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
