import { describe, expect, it } from 'vitest';
import {
  Activity,
  IDLE_AFTER_MS,
  KEY_QUIET_MS,
  REST_DECODE_MS,
  moved,
  thumbnail,
  type Pixels,
} from '../../renderer/ui/camera/motion';

const W = 320;
const H = 176;

/** A grey RGBA frame with deterministic sensor noise of ±`noise`, and optional dark squares. */
function frame(
  seed: number,
  noise: number,
  squares: { x: number; y: number; size: number }[] = [],
) {
  let state = seed;
  const random = () => ((state = (state * 1664525 + 1013904223) >>> 0) / 2 ** 32) * 2 - 1;
  const data = new Uint8ClampedArray(W * H * 4);
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      const dark = squares.some(
        (s) => x >= s.x && x < s.x + s.size && y >= s.y && y < s.y + s.size,
      );
      const value = (dark ? 30 : 180) + random() * noise;
      data.set([value, value, value, 255], (y * W + x) * 4);
    }
  }
  return { data, width: W, height: H } satisfies Pixels;
}

describe('camera motion', () => {
  it('sees no motion in sensor noise', () => {
    const first = thumbnail(frame(1, 20));
    for (let seed = 2; seed < 30; seed++)
      expect(moved(first, thumbnail(frame(seed, 20)))).toBe(false);
  });

  it('sees a small badge coming into view', () => {
    const empty = thumbnail(frame(1, 10));
    expect(moved(empty, thumbnail(frame(2, 10, [{ x: 100, y: 60, size: 48 }])))).toBe(true);
  });

  it('goes idle after IDLE_AFTER_MS of stillness, wakes on motion and on demand', () => {
    const still = thumbnail(frame(1, 10));
    const activity = new Activity(0);
    expect(activity.frame(still, 0)).toBe(false);
    expect(activity.frame(still, IDLE_AFTER_MS - 1)).toBe(false);
    expect(activity.isIdle).toBe(false);
    expect(activity.frame(still, IDLE_AFTER_MS)).toBe(true);
    expect(activity.isIdle).toBe(true);
    expect(activity.frame(still, IDLE_AFTER_MS + 200)).toBe(false);

    const badge = thumbnail(frame(2, 10, [{ x: 100, y: 60, size: 48 }]));
    expect(activity.frame(badge, IDLE_AFTER_MS + 400)).toBe(true);
    expect(activity.isIdle).toBe(false);

    expect(activity.frame(badge, 2 * IDLE_AFTER_MS + 400)).toBe(true);
    // A key wakes it once the key's quiet is over, at the first frame after it.
    const keyAt = 2 * IDLE_AFTER_MS + 500;
    activity.key(keyAt);
    expect(activity.frame(badge, keyAt + KEY_QUIET_MS - 1)).toBe(false);
    expect(activity.isIdle).toBe(true);
    expect(activity.frame(badge, keyAt + KEY_QUIET_MS + 100)).toBe(true);
    expect(activity.isIdle).toBe(false);
    expect(activity.frame(badge, keyAt + KEY_QUIET_MS + 200)).toBe(false);
  });

  it('decodes every frame when active, one a REST_DECODE_MS at rest', () => {
    const still = thumbnail(frame(1, 10));
    const activity = new Activity(0);
    const decoded: number[] = [];
    for (let t = 0; t <= IDLE_AFTER_MS + 2 * REST_DECODE_MS; t += 200) {
      activity.frame(still, t);
      if (activity.decodeDue(t)) decoded.push(t);
    }
    // Every frame until the camera rests; then one a second, counted from the last decode.
    expect(decoded.filter((t) => t < IDLE_AFTER_MS)).toHaveLength(IDLE_AFTER_MS / 200);
    const last = IDLE_AFTER_MS - 200;
    expect(decoded.filter((t) => t >= IDLE_AFTER_MS)).toEqual([
      last + REST_DECODE_MS,
      last + 2 * REST_DECODE_MS,
    ]);
  });

  it('leaves the CPU to a scan: no decode within KEY_QUIET_MS of a key, then every frame', () => {
    const still = thumbnail(frame(1, 10));
    const activity = new Activity(0);
    activity.frame(still, 0);
    activity.key(100);
    activity.key(150); // the scanner's next key
    for (const t of [150, 200, 150 + KEY_QUIET_MS - 1]) expect(activity.decodeDue(t)).toBe(false);
    expect(activity.decodeDue(150 + KEY_QUIET_MS)).toBe(true);
    expect(activity.decodeDue(150 + KEY_QUIET_MS + 33)).toBe(true);
  });

  it('adds up a slow change until it counts', () => {
    // A shadow creeping over part of the view, 4 levels darker a frame: too little between two
    // frames, enough since the last frame that counted.
    const shade = (step: number) => {
      const pixels = frame(1, 0);
      for (let y = 48; y < 112; y++) {
        for (let x = 96; x < 160; x++) {
          const value = 180 - 4 * step;
          pixels.data.set([value, value, value], (y * W + x) * 4);
        }
      }
      return thumbnail(pixels);
    };
    const activity = new Activity(0);
    activity.frame(shade(0), 0);
    for (let step = 1; step <= 10; step++) {
      expect(moved(shade(step - 1), shade(step))).toBe(false);
      activity.frame(shade(step), step * 100);
    }
    // Still awake IDLE_AFTER_MS after the first frame: the creeping shadow counted as motion.
    expect(activity.frame(shade(10), IDLE_AFTER_MS)).toBe(false);
    expect(activity.isIdle).toBe(false);
  });
});
