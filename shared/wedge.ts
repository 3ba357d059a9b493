// Keyboard-wedge decoding: a USB barcode scanner "types" the token, one key every few ms, and
// ends with Enter or Tab. Pure: the renderer feeds it KeyboardEvent fields from a document-level
// listener, so no input needs focus.
import { parseToken, tokenFromUsKeyCodes } from './badge';
import type { TokenProblem } from './badge';

/** The KeyboardEvent fields the decoder needs; time is event.timeStamp (ms). */
export interface KeyInput {
  key: string;
  code: string;
  time: number;
}

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
  /** A longer pause between keys means a person is typing: the buffer starts again. */
  maxGapMs?: number;
  maxLength?: number;
}

export type ScanRead =
  { ok: true; token: string; via: 'keys' | 'codes' } | { ok: false; problem: TokenProblem };

export function createWedgeDecoder(options: WedgeOptions = {}): {
  push(k: KeyInput): WedgeScan | null;
  reset(): void;
} {
  const maxGapMs = options.maxGapMs ?? 60;
  const maxLength = options.maxLength ?? 64;
  let text = '';
  let codes: string[] = [];
  let overflow = false;
  let lastTime: number | null = null;

  function clear(): void {
    text = '';
    codes = [];
    overflow = false;
  }

  return {
    push(k: KeyInput): WedgeScan | null {
      // A negative gap (a time source that jumped) is as untrustworthy as a long one.
      const gap = lastTime === null ? Infinity : k.time - lastTime;
      lastTime = k.time;
      if (!(gap >= 0 && gap <= maxGapMs)) clear();

      if (k.key === 'Enter' || k.key === 'Tab') {
        const scan =
          codes.length > 0 || overflow ? { text, codes, lastKeyAt: k.time, overflow } : null;
        clear();
        return scan;
      }
      // One character, counted either way: 'é' is one code unit, an emoji one code point.
      if (k.key.length === 1 || [...k.key].length === 1) {
        if (codes.length < maxLength) {
          text += k.key;
          codes.push(k.code);
        } else {
          overflow = true;
        }
      }
      // Named keys (Shift, Dead, Unidentified…) add nothing; they did refresh the timing above,
      // since scanners send Shift around capitals.
      return null;
    },
    reset(): void {
      clear();
      lastTime = null;
    },
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
