// A short tune per result category, made with Web Audio: no sound files to ship, nothing to load.
// Arrival rises, departure falls, "already" is one soft note, "try again" two quick knocks,
// "go to reception" a low double buzz and a storage failure three.
import type { Category } from './describe';

export interface Note {
  frequency: number;
  /** Seconds after the tune starts. */
  at: number;
  length: number;
  type: OscillatorType;
}

const note = (frequency: number, at: number, length: number, type: OscillatorType = 'sine') => ({
  frequency,
  at,
  length,
  type,
});

export const SOUNDS: Record<Category, readonly Note[]> = {
  arrival: [note(660, 0, 0.1), note(880, 0.1, 0.1), note(1320, 0.2, 0.2)],
  departure: [note(1320, 0, 0.1), note(880, 0.1, 0.1), note(660, 0.2, 0.22)],
  info: [note(988, 0, 0.25)],
  retry: [note(523, 0, 0.08, 'triangle'), note(523, 0.14, 0.08, 'triangle')],
  reception: [note(220, 0, 0.16, 'square'), note(196, 0.22, 0.22, 'square')],
  error: [
    note(174, 0, 0.16, 'square'),
    note(174, 0.22, 0.16, 'square'),
    note(147, 0.44, 0.3, 'square'),
  ],
};

let context: AudioContext | null = null;

function audio(): AudioContext | null {
  try {
    context ??= new AudioContext();
    if (context.state === 'suspended') void context.resume();
    return context;
  } catch {
    return null; // No audio device: the card and the announcement still carry the result.
  }
}

function play(ctx: AudioContext, { frequency, at, length, type }: Note) {
  const osc = ctx.createOscillator();
  const gain = ctx.createGain();
  osc.type = type;
  osc.frequency.value = frequency;
  const start = ctx.currentTime + at;
  gain.gain.setValueAtTime(0.0001, start);
  gain.gain.exponentialRampToValueAtTime(0.25, start + 0.02);
  gain.gain.exponentialRampToValueAtTime(0.0001, start + length);
  osc.connect(gain).connect(ctx.destination);
  osc.start(start);
  osc.stop(start + length + 0.05);
}

export function playFeedback(category: Category): void {
  const ctx = audio();
  if (!ctx) return;
  for (const n of SOUNDS[category]) play(ctx, n);
}
