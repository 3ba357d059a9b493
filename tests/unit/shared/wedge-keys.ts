// Key streams for the wedge tests: what a scanner sends through a host layout, and a driver that
// plays keys through the gate the way the renderer does (timer included), keeping track of where
// every key went.
import { createWedgeGate } from '../../../shared/wedge';
import type {
  FocusKind,
  GateKey,
  GateStep,
  KeyInput,
  WedgeOptions,
  WedgeScan,
} from '../../../shared/wedge';

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
export function scannerKeys(
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

export interface Played {
  scans: WedgeScan[];
  steps: GateStep[];
  /** Keys that reached the page, in the order they reached it (passed, or held then released). */
  delivered: KeyInput[];
  /** Keys of scans: held then consumed, and each scan's Enter or Tab. */
  consumed: KeyInput[];
}

/**
 * Plays keys through a gate as the renderer does: a key the gate passes reaches the page at once;
 * held keys reach it when released (by a later key, or by the renderer's timer, which fires at the
 * gate's deadline if the next key is handled after it, and after the last key). Keys are handled
 * at their own time unless `handledAt` says later. Throws if the gate releases held keys out of
 * order. Keys keep their identity throughout.
 */
export function play(
  keys: readonly GateKey[],
  focus: FocusKind | ((i: number) => FocusKind) = 'page',
  options?: WedgeOptions & { handledAt?: (i: number) => number },
): Played {
  const gate = createWedgeGate(options);
  const played: Played = { scans: [], steps: [], delivered: [], consumed: [] };
  let held: KeyInput[] = [];
  const release = (keys: KeyInput[]) => {
    for (const [i, k] of keys.entries()) {
      if (held[i] !== k) throw new Error(`released out of order: ${JSON.stringify(k)}`);
    }
    held = held.slice(keys.length);
    played.delivered.push(...keys);
  };
  keys.forEach((k, i) => {
    const now = options?.handledAt?.(i) ?? k.time;
    const deadline = gate.deadline();
    if (deadline !== null && now > deadline) release(gate.release());
    const step = gate.key(k, typeof focus === 'function' ? focus(i) : focus, now);
    played.steps.push(step);
    release(step.release);
    if (step.act === 'pass') played.delivered.push(k);
    if (step.act === 'hold') held.push(k);
    if (step.act === 'scan') {
      played.scans.push(step.scan);
      played.consumed.push(...held, k);
      held = [];
    }
  });
  release(gate.release());
  return played;
}
