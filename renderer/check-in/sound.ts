// Two short, distinct tones made with Web Audio: no sound files to ship, nothing to load.
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

function tone(
  ctx: AudioContext,
  frequency: number,
  start: number,
  length: number,
  type: OscillatorType,
) {
  const osc = ctx.createOscillator();
  const gain = ctx.createGain();
  osc.type = type;
  osc.frequency.value = frequency;
  gain.gain.setValueAtTime(0.0001, ctx.currentTime + start);
  gain.gain.exponentialRampToValueAtTime(0.25, ctx.currentTime + start + 0.02);
  gain.gain.exponentialRampToValueAtTime(0.0001, ctx.currentTime + start + length);
  osc.connect(gain).connect(ctx.destination);
  osc.start(ctx.currentTime + start);
  osc.stop(ctx.currentTime + start + length + 0.05);
}

/** Success: a bright rising pair. Problem: a low double buzz, unmistakably different. */
export function playFeedback(kind: 'success' | 'problem'): void {
  const ctx = audio();
  if (!ctx) return;
  if (kind === 'success') {
    tone(ctx, 880, 0, 0.12, 'sine');
    tone(ctx, 1320, 0.12, 0.18, 'sine');
  } else {
    tone(ctx, 220, 0, 0.16, 'square');
    tone(ctx, 196, 0.22, 0.22, 'square');
  }
}
