// Holding keys back: the keys of a scan never reach the page, whatever has the focus; a person's
// keys always do, in the order typed; a person typing in a text field is never taken for a scan.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BADGE_ALPHABET, generateToken } from '../../../shared/badge';
import { createWedgeGate, readScan } from '../../../shared/wedge';
import type { FocusKind, GateKey, KeyInput } from '../../../shared/wedge';
import { seededBytes, tokenArb } from './helpers';
import { play, scannerKeys } from './wedge-keys';

const TOKEN = generateToken(seededBytes(7));
const FOCUS: FocusKind[] = ['page', 'text', 'value'];
const focusArb = fc.constantFrom(...FOCUS);
const NEUTRAL = new Set(['Shift', 'CapsLock', 'NumLock', 'Unidentified']);

/** Keys a person types, `gaps` ms apart (cycling), from `start`. */
function typed(text: string, gaps: readonly number[], start = 0): KeyInput[] {
  let time = start;
  return [...text].map((key, i) => {
    const k = { key, code: '', time };
    time += gaps[i % gaps.length]!;
    return k;
  });
}

/** Any key a keyboard or a scanner may send, with any flags. */
const anyKeyArb = fc.record({
  key: fc.oneof(
    fc.constantFrom(...BADGE_ALPHABET, 'a', 'é', ' ', '-', '7', 'Enter', 'Tab'),
    fc.constantFrom('Shift', 'Dead', 'Backspace', 'ArrowLeft', 'Escape', 'Control'),
    fc.string({ maxLength: 2, unit: 'binary' }),
  ),
  code: fc.constantFrom('', 'KeyB', 'KeyQ', 'Digit1', 'Enter'),
  gap: fc.oneof(fc.integer({ min: 0, max: 70 }), fc.integer({ min: -5, max: 400 })),
  person: fc.boolean(),
});

function timed(list: { key: string; code: string; gap: number; person: boolean }[]): GateKey[] {
  let time = 1_000;
  return list.map(({ key, code, gap, person }) => {
    time += gap;
    return { key, code, time, person };
  });
}

describe('wedge gate', () => {
  it('keeps every key of a scan from the page, Enter or Tab included, whatever has the focus', () => {
    fc.assert(
      fc.property(
        tokenArb,
        fc.array(fc.integer({ min: 0, max: 60 }), { minLength: 1, maxLength: 30 }),
        fc.constantFrom('Enter', 'Tab'),
        fc.boolean(),
        focusArb,
        (token, gaps, end, shiftKeys, focus) => {
          const keys = scannerKeys(token, { gap: (i) => gaps[i % gaps.length]!, end, shiftKeys });
          const played = play(keys, focus);
          expect(played.scans.map(readScan)).toEqual([{ ok: true, token, via: 'keys' }]);
          // What reached the page: Shift alone (it does nothing), and in a date or number field
          // the letters, which such a field ignores. Never the Enter or Tab.
          const reached = played.delivered.map((k) => k.key);
          if (focus === 'value') expect(reached.filter((k) => k !== 'Shift')).toEqual([...token]);
          else expect(reached.every((k) => k === 'Shift')).toBe(true);
          expect(played.consumed.at(-1)?.key).toBe(end);
        },
      ),
    );
  });

  it('delivers every key that is not a scan’s, each once, in the order typed', () => {
    fc.assert(
      fc.property(
        fc.array(anyKeyArb, { maxLength: 120 }),
        fc.oneof(focusArb, fc.array(focusArb, { minLength: 1 })),
        (list, focus) => {
          const keys = timed(list);
          // The focus may move from key to key (a script, a tap).
          const at = typeof focus === 'string' ? focus : (i: number) => focus[i % focus.length]!;
          const played = play(keys, at);
          // Each key went exactly one way.
          expect(played.delivered.length + played.consumed.length).toBe(keys.length);
          // The page sees the keys that were not a scan's in their own order (Shift and the like
          // pass at once, out of the held keys' order: they do nothing on their own).
          const acting = (ks: KeyInput[]) => ks.filter((k) => !NEUTRAL.has(k.key));
          const notConsumed = keys.filter((k) => !played.consumed.includes(k));
          expect(acting(played.delivered)).toEqual(acting(notConsumed));
        },
      ),
    );
  });

  it('never takes a person typing into a text field for a scan, at any speed', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 40 }),
        fc.array(fc.integer({ min: 0, max: 1_000 }), { minLength: 1 }),
        fc.constantFrom('Enter', 'Tab'),
        (text, gaps, end) => {
          // Anything but a badge: a password manager typing a name at machine speed included.
          fc.pre(![...Array(text.length).keys()].some((i) => isBadge(text.slice(i))));
          const chars = typed(text, gaps);
          const endAt = (chars.at(-1)?.time ?? 0) + gaps[chars.length % gaps.length]!;
          const played = play([...chars, { key: end, code: end, time: endAt }], 'text');
          expect(played.scans).toEqual([]);
          expect(played.delivered.map((k) => k.key)).toEqual([...text, end]);
        },
      ),
    );
  });

  it('reads a scan that starts straight after a person’s key, and hands that key back first', () => {
    fc.assert(
      fc.property(
        tokenArb,
        fc.string({ minLength: 1, maxLength: 5, unit: fc.constantFrom(...'aeiouw') }),
        fc.integer({ min: 0, max: 60 }),
        focusArb,
        (token, before, gap, focus) => {
          const person = typed(before, [120], 0);
          const scan = scannerKeys(token, { start: person.at(-1)!.time + gap });
          const played = play([...person, ...scan], focus);
          expect(played.scans.map(readScan)).toEqual([{ ok: true, token, via: 'keys' }]);
          // In a date or number field the letters went through: such a field ignores them.
          expect(played.delivered.map((k) => k.key).join('')).toBe(
            focus === 'value' ? before + token : before,
          );
        },
      ),
    );
  });

  it('holds a key until the next one, a pause, a click or a person’s key says what it was', () => {
    const gate = createWedgeGate();
    const b = { key: 'b', code: 'KeyB', time: 0 };
    expect(gate.key(b, 'text')).toEqual({ act: 'hold', release: [] });
    expect(gate.holding).toBe(true);
    // The renderer's timer, or a tap: the key was typing.
    expect(gate.release()).toEqual([b]);
    expect(gate.holding).toBe(false);

    expect(gate.key({ ...b, time: 500 }, 'text').act).toBe('hold');
    // A long pause before the next key: the first was typing, the second may start a burst.
    expect(gate.key({ ...b, time: 600 }, 'text')).toEqual({
      act: 'hold',
      release: [{ ...b, time: 500 }],
    });
    // Backspace in a burst: a person editing. What they typed goes first, then the Backspace.
    expect(gate.key({ key: 'Backspace', code: 'Backspace', time: 610 }, 'text')).toEqual({
      act: 'pass',
      release: [{ ...b, time: 600 }],
    });
    // A shortcut, an auto-repeat: never held.
    expect(gate.key({ ...b, time: 620, person: true }, 'text')).toEqual({
      act: 'pass',
      release: [],
    });
  });

  it('waits for the next key as long as keys are arriving late, and only in a text field', () => {
    fc.assert(
      fc.property(
        tokenArb,
        fc.array(fc.integer({ min: 0, max: 300 }), { minLength: 1, maxLength: 30 }),
        focusArb,
        (token, delays, focus) => {
          // The keys of a scan, 2 ms apart, handled each later than the last, by up to its lag
          // plus 60 ms: a computer too busy to take them as they come.
          const keys = scannerKeys(token, { gap: () => 2 });
          const handled: number[] = [];
          keys.forEach((k, i) => {
            const previous = handled[i - 1] ?? k.time;
            const lag = previous - (keys[i - 1]?.time ?? k.time);
            handled.push(
              Math.max(k.time, previous + Math.min(delays[i % delays.length]!, lag + 60)),
            );
          });
          const played = play(keys, focus, { handledAt: (i) => handled[i]! });
          expect(played.scans.map(readScan)).toEqual([{ ok: true, token, via: 'keys' }]);
          if (focus !== 'value') expect(played.delivered).toEqual([]);
        },
      ),
    );
    const gate = createWedgeGate();
    gate.key({ key: 'b', code: 'KeyB', time: 100 }, 'text', 101);
    expect(gate.deadline()).toBe(101 + 60 + 1);
    gate.key({ key: 'c', code: 'KeyC', time: 102 }, 'text', 250);
    expect(gate.deadline()).toBe(250 + 60 + 148);
    // On the page a typed key does nothing: no hurry to hand it back, the next key decides.
    const page = createWedgeGate();
    page.key({ key: 'b', code: 'KeyB', time: 100 }, 'page', 101);
    expect(page.holding).toBe(true);
    expect(page.deadline()).toBeNull();
  });

  it('lets a Space through unless it is inside a burst: it presses buttons', () => {
    const gate = createWedgeGate();
    expect(gate.key({ key: ' ', code: 'Space', time: 0 }, 'page').act).toBe('pass');
    expect(gate.key({ key: 'B', code: 'KeyB', time: 5 }, 'page').act).toBe('hold');
    expect(gate.key({ key: ' ', code: 'Space', time: 10 }, 'page').act).toBe('hold');
    const step = gate.key({ key: 'Enter', code: 'Enter', time: 15 }, 'page');
    expect(step.act === 'scan' && step.scan.text).toBe('B ');
  });

  it('takes any burst ended by Enter or Tab for a scan on the page, only badges in a field', () => {
    const garbage = scannerKeys('12345678');
    expect(play(garbage, 'page').scans.map((s) => s.text)).toEqual(['12345678']);
    for (const focus of ['text', 'value'] as const) {
      const played = play(garbage, focus);
      expect(played.scans).toEqual([]);
      expect(played.delivered.map((k) => k.key).join('')).toBe('12345678Enter');
    }
    // Too long to be a badge, even if its tail is one.
    const long = scannerKeys('B'.repeat(64) + TOKEN);
    expect(play(long, 'page').scans.map(readScan)).toEqual([{ ok: false, problem: 'too-long' }]);
    expect(play(long, 'text').scans).toEqual([]);
  });
});

function isBadge(text: string): boolean {
  return readScan({ text, codes: [], lastKeyAt: 0, overflow: false }).ok;
}
