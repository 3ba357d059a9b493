// Is anything happening in front of the camera? A kiosk spends most of its day looking at an
// empty hall: decoding every frame of it costs a core for nothing. A small luma thumbnail per
// frame tells a still scene from a moving one at a tiny fraction of a decode. Pure.

/** Pixels per thumbnail cell, each way. A 1280x720 frame gives 80x45 cells. */
const CELL = 16;
/** Samples per cell, each way: enough to average sensor noise away. */
const SAMPLES = 4;
/** A cell whose mean luma moved more than this (of 255) changed; noise stays well below. */
const CELL_DELTA = 12;
/** This many changed cells make motion: a small badge held far away covers dozens. */
const MIN_CHANGED_CELLS = 3;

/** Nothing moved in view this long: the camera may rest. */
export const IDLE_AFTER_MS = 3000;
/**
 * At rest, a frame is decoded at most this often (the others are only watched for motion): a
 * badge held perfectly still still reads. Shorter than the dedupe window (dedupe.ts), so a badge
 * left in view is never reported twice.
 */
export const REST_DECODE_MS = 1000;
/** At rest, the camera delivers at most this many frames a second: motion is still seen in time. */
export const REST_FPS = 5;
/**
 * A key's quiet: no decode, and the camera not woken, this long after a key. A USB scanner's
 * burst and the greeting that answers it get the CPU (on two loaded cores, decoding at camera
 * rate slowed them by half); then the camera wakes at full rate, and a badge held up meanwhile
 * is read.
 */
export const KEY_QUIET_MS = 300;

export interface Pixels {
  data: Uint8ClampedArray;
  width: number;
  height: number;
}

/** Mean luma (approximated by green, RGBA input) of each CELL x CELL cell, sampled. */
export function thumbnail({ data, width, height }: Pixels): Uint8Array {
  const columns = Math.floor(width / CELL);
  const rows = Math.floor(height / CELL);
  const cells = new Uint8Array(columns * rows);
  const step = CELL / SAMPLES;
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      let sum = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        const line = (row * CELL + sy * step) * width;
        for (let sx = 0; sx < SAMPLES; sx++) {
          sum += data[(line + column * CELL + sx * step) * 4 + 1] ?? 0;
        }
      }
      cells[row * columns + column] = sum / (SAMPLES * SAMPLES);
    }
  }
  return cells;
}

/** Whether two thumbnails of the same size show motion between them. */
export function moved(before: Uint8Array, after: Uint8Array): boolean {
  if (before.length !== after.length) return true;
  let changed = 0;
  for (let i = 0; i < after.length; i++) {
    if (Math.abs((after[i] ?? 0) - (before[i] ?? 0)) > CELL_DELTA && ++changed >= MIN_CHANGED_CELLS)
      return true;
  }
  return false;
}

/**
 * When to decode. Active or at rest: each frame is compared with the last one that showed
 * motion, not with the previous frame, so that a slow movement adds up until it counts.
 */
export class Activity {
  private reference: Uint8Array | null = null;
  private lastMotionAt: number;
  private idle = false;
  private lastDecodeAt = -Infinity;
  private quietUntil = -Infinity;
  private keyPending = false;

  constructor(now: number) {
    this.lastMotionAt = now;
  }

  get isIdle(): boolean {
    return this.idle;
  }

  /** Looks at a frame's thumbnail; returns true when the state changed. */
  frame(thumb: Uint8Array, now: number): boolean {
    const moving = this.reference === null || moved(this.reference, thumb);
    if (moving) this.reference = thumb;
    const keyed = this.keyPending && now >= this.quietUntil;
    if (keyed) this.keyPending = false;
    if (moving || keyed) return this.wake(now);
    if (this.idle || now - this.lastMotionAt < IDLE_AFTER_MS) return false;
    this.idle = true;
    return true;
  }

  /** A key was pressed: someone is at the kiosk. The camera wakes once the key's quiet is over. */
  key(now: number): void {
    this.quietUntil = now + KEY_QUIET_MS;
    this.keyPending = true;
  }

  /** Whether to decode the frame just looked at; counts it as decoded if so. */
  decodeDue(now: number): boolean {
    if (now < this.quietUntil) return false;
    if (this.idle && now - this.lastDecodeAt < REST_DECODE_MS) return false;
    this.lastDecodeAt = now;
    return true;
  }

  private wake(now: number): boolean {
    this.lastMotionAt = now;
    const changed = this.idle;
    this.idle = false;
    return changed;
  }
}
