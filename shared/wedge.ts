// Keyboard-wedge scanning: a USB barcode scanner "types" the token, one key every few ms, and
// ends with Enter or Tab. Pure: the renderer feeds the gate KeyboardEvent fields from one
// capturing listener, so no input needs focus, and does what the gate says with each key.
//
// The first keys of a scan arrive before anyone can tell it is one, so the gate holds back every
// key that could belong to a burst, and hands them back once they turn out to be typing: the next
// key comes after a pause, nothing comes by the deadline (the caller's timer), or a key no scanner
// sends (an arrow, a shortcut) arrives. The keys of a scan, its Enter or Tab included, never reach
// the page.
import { parseToken, tokenFromUsKeyCodes } from './badge';
import type { TokenProblem } from './badge';

/** The KeyboardEvent fields the gate needs; time is event.timeStamp (ms). */
export interface KeyInput {
  key: string;
  code: string;
  time: number;
}

export interface GateKey extends KeyInput {
  /**
   * A key only a person sends: Ctrl, Alt or Meta held, an auto-repeat, Shift+Tab, an input
   * method composing. It ends any burst.
   */
  person?: boolean;
}

/**
 * Where the keyboard focus is, as far as a burst goes.
 * - page: the page or a control on which a typed character does nothing (button, link, check
 *   box, select). Keys are held; every burst ended by Enter or Tab is a scan, readable or not.
 * - text: a text field. Keys are held and handed back to the field if they turn out to be typing;
 *   a burst is a scan only if it reads as a badge, so fast typing (a password manager, a person
 *   rolling over keys) always reaches the field.
 * - value: a field that takes keys the page cannot hand back (date, number). Keys go through; a
 *   burst that reads as a badge is still a scan, and its Enter or Tab is consumed.
 */
export type FocusKind = 'page' | 'text' | 'value';

export interface WedgeScan {
  /** The characters as the host layout produced them. */
  text: string;
  /** The physical keys (KeyboardEvent.code) of those characters, for the US-layout fallback. */
  codes: string[];
  lastKeyAt: number;
  /** More than maxLength characters arrived: not a badge, whatever the stored prefix says. */
  overflow: boolean;
}

export interface WedgeOptions {
  /** A longer pause between keys means a person is typing: the burst ends. */
  maxGapMs?: number;
  maxLength?: number;
}

export type GateStep =
  /** Hand `release` back to the page, then let this key do what it does. */
  | { act: 'pass'; release: KeyInput[] }
  /** Hand `release` back to the page, then keep this key back: it may start or continue a scan. */
  | { act: 'hold'; release: KeyInput[] }
  /**
   * This key ends a scan: it and the scan's held keys are consumed. `release` holds what a person
   * typed just before the scan, in the same burst: it goes back to the page first.
   */
  | { act: 'scan'; scan: WedgeScan; release: KeyInput[] };

export type ScanRead =
  { ok: true; token: string; via: 'keys' | 'codes' } | { ok: false; problem: TokenProblem };

export interface WedgeGate {
  /**
   * `now` is when the key is handled, on the clock of `k.time` (performance.now() for
   * event.timeStamp): how late keys arrive tells how long to wait for the next one.
   */
  key(k: GateKey, focus: FocusKind, now?: number): GateStep;
  /** The held keys, handed back: the deadline passed, or the pointer moved the focus. */
  release(): KeyInput[];
  /**
   * When to release the held keys if no key has come by then (the caller's timer), or null: none
   * need handing back in time (held on the page, where typing does nothing; the next key decides).
   */
  deadline(): number | null;
  readonly holding: boolean;
}

/** Named keys a scanner sends inside a burst (Shift around capitals): they do nothing alone. */
const NEUTRAL = new Set(['Shift', 'CapsLock', 'NumLock', 'Unidentified']);

interface Entry {
  k: KeyInput;
  held: boolean;
  focus: FocusKind;
  /** A character of the scan's text, not a named key that came with it. */
  char: boolean;
}

/** A late key says little about the next: past this, the lag is not waited for. */
const MAX_LAG_MS = 1_000;

export function createWedgeGate(options: WedgeOptions = {}): WedgeGate {
  const maxGapMs = options.maxGapMs ?? 60;
  const maxLength = options.maxLength ?? 64;
  /** The burst under way: its characters and the named keys held with them, in order. */
  let burst: Entry[] = [];
  /** How many of the burst's entries are held, and how many of those in a text field. */
  let held = 0;
  let heldInText = 0;
  let lastTime: number | null = null;
  /** When the last key was handled, and how late (after its own time stamp). */
  let handled = 0;
  let lag = 0;

  function end(): KeyInput[] {
    const keys = burst.filter((e) => e.held).map((e) => e.k);
    burst = [];
    held = heldInText = 0;
    return keys;
  }

  function hold(entry: Entry): void {
    burst.push(entry);
    held += 1;
    if (entry.focus === 'text') heldInText += 1;
  }

  function scanOf(entries: Entry[], lastKeyAt: number): WedgeScan {
    const chars = entries.filter((e) => e.char);
    const kept = chars.slice(0, maxLength);
    return {
      text: kept.map((e) => e.k.key).join(''),
      codes: kept.map((e) => e.k.code),
      lastKeyAt,
      overflow: chars.length > maxLength,
    };
  }

  /**
   * The scan in the burst: its longest tail that reads as a badge (a person's key just before
   * the scan joined the burst), else, on the page, the whole burst (unreadable, and said so).
   * Past maxLength it is not a badge, whatever its tail says.
   */
  function pick(focus: FocusKind, lastKeyAt: number): { scan: WedgeScan; from: number } | null {
    const whole = scanOf(burst, lastKeyAt);
    for (let from = 0; !whole.overflow && from < burst.length; from++) {
      if (!burst[from]!.char) continue;
      const scan = scanOf(burst.slice(from), lastKeyAt);
      if (readScan(scan).ok) return { scan, from };
    }
    return focus === 'page' ? { scan: whole, from: 0 } : null;
  }

  return {
    get holding() {
      return held > 0;
    },

    // The next key of a burst comes within maxGapMs of this one by their time stamps, but it is
    // handled as late as keys are arriving now: a busy computer delivers a scan's keys tens of ms
    // apart, and releasing a scan's first keys in mid-burst would type them into the field.
    deadline() {
      return heldInText > 0 ? handled + maxGapMs + lag : null;
    },

    key(k, focus, now = k.time) {
      handled = now;
      lag = Math.min(Math.max(now - k.time, 0), MAX_LAG_MS);
      // A negative gap (a time source that jumped) is as untrustworthy as a long one.
      const gap = lastTime === null ? Infinity : k.time - lastTime;
      lastTime = k.time;
      const release = gap >= 0 && gap <= maxGapMs ? [] : end();
      const { key } = k;

      if (!k.person && (key === 'Enter' || key === 'Tab')) {
        const found = burst.some((e) => e.char) ? pick(focus, k.time) : null;
        if (!found) return { act: 'pass', release: [...release, ...end()] };
        const before = burst.slice(0, found.from).filter((e) => e.held);
        burst = [];
        held = heldInText = 0;
        return { act: 'scan', scan: found.scan, release: [...release, ...before.map((e) => e.k)] };
      }
      // One character, counted either way: 'é' is one code unit, an emoji one code point.
      const char = key.length === 1 || [...key].length === 1;
      const inBurst = burst.length > 0;
      if (k.person) return { act: 'pass', release: [...release, ...end()] };
      if (NEUTRAL.has(key)) return { act: 'pass', release };
      // A space starts nothing: badges hold none, and it is how a keyboard presses a button.
      const text = char && (key !== ' ' || inBurst);
      if (focus === 'value' && (text || inBurst)) {
        // Through at once, the burst going on. What is held (typed before the focus moved
        // here) goes first.
        for (const e of burst) {
          if (e.held) release.push(e.k);
          e.held = false;
        }
        held = heldInText = 0;
        if (text) burst.push({ k, held: false, focus, char: true });
        return { act: 'pass', release };
      }
      if (text) {
        hold({ k, held: true, focus, char: true });
        return { act: 'hold', release };
      }
      // Another named key inside a burst: on the page, part of it (a barcode's control character
      // arrives as Escape or Backspace), kept out of its text. In a text field it is a person
      // editing (Backspace, an arrow, a dead key): what they typed goes first, then the key.
      if (inBurst && focus === 'page') {
        hold({ k, held: true, focus, char: false });
        return { act: 'hold', release };
      }
      return { act: 'pass', release: [...release, ...end()] };
    },

    release: end,
  };
}

/**
 * The token in a scan: the text as typed, else the text rebuilt from physical keys on a US map
 * (a US scanner in a remapping host layout), accepted only if valid. The reported problem is the
 * typed text's, which is what staff would see on screen.
 */
export function readScan(scan: WedgeScan): ScanRead {
  if (scan.overflow) return { ok: false, problem: 'too-long' };
  const typed = parseToken(scan.text);
  if (typed.ok) return { ok: true, token: typed.token, via: 'keys' };
  const rebuilt = parseToken(tokenFromUsKeyCodes(scan.codes));
  if (rebuilt.ok) return { ok: true, token: rebuilt.token, via: 'codes' };
  return typed;
}
