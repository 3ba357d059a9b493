import { describe, expect, it } from 'vitest';
import { frameCodes } from '../../renderer/ui/camera/codes';
import { HINT_AFTER_MS, HINT_GAP_MS, Sightings } from '../../renderer/ui/camera/sightings';
import { demoLearners } from '../../shared/demo-roster';

const [a, b] = demoLearners().map((l) => l.token);
const POSTER = 'https://tumo.org/fr-be/liege/inscriptions';
const FLYER = 'https://example.org/flyer';
const seen = (...texts: string[]) => ({ texts, unreadable: false });
const unreadable = (...texts: string[]) => ({ texts, unreadable: true });

describe('camera Sightings', () => {
  it('acts on every badge in the frame, each once while in view', () => {
    const sightings = new Sightings();
    expect(sightings.frame(seen(a!, b!), 0)).toEqual({ report: [a, b], hint: false });
    expect(sightings.frame(seen(b!, a!), 100).report).toEqual([]);
  });

  it('acts on the badge only when foreign codes are in view with it, and never on them later', () => {
    const sightings = new Sightings();
    expect(sightings.frame(seen(POSTER, a!, FLYER), 0).report).toEqual([a]);
    // The badge leaves; the posters on the wall stay.
    for (let t = 100; t < 10_000; t += 100) {
      expect(sightings.frame(seen(POSTER, FLYER), t).report).toEqual([]);
    }
  });

  it('says once that foreign codes alone are not a badge, however many and however long', () => {
    const sightings = new Sightings();
    expect(sightings.frame(seen(POSTER, FLYER), 0).report).toEqual([POSTER]);
    for (let t = 100; t < 10_000; t += 100) {
      expect(sightings.frame(seen(FLYER, POSTER), t).report).toEqual([]);
    }
  });

  it('folds a badge read in lower case into its token', () => {
    const sightings = new Sightings();
    expect(sightings.frame(seen(a!.toLowerCase()), 0).report).toEqual([a]);
    expect(sightings.frame(seen(a!), 100).report).toEqual([]);
  });

  it('hints once when a code stays unreadable for HINT_AFTER_MS', () => {
    const sightings = new Sightings();
    const hints: number[] = [];
    for (let t = 0; t <= 3 * HINT_AFTER_MS; t += 100) {
      if (sightings.frame(unreadable(), t).hint) hints.push(t);
    }
    expect(hints).toEqual([HINT_AFTER_MS]);
  });

  it('keeps the streak over short gaps (a camera at rest decodes less often), not long ones', () => {
    const sightings = new Sightings();
    sightings.frame(unreadable(), 0);
    sightings.frame(seen(), 500);
    expect(sightings.frame(unreadable(), HINT_GAP_MS).hint).toBe(false);
    expect(sightings.frame(unreadable(), HINT_AFTER_MS).hint).toBe(true);

    const restarted = new Sightings();
    restarted.frame(unreadable(), 0);
    restarted.frame(unreadable(), 1000);
    restarted.frame(seen(), 1200);
    // Gone for longer than the gap: a new presentation, a new streak.
    const back = 1000 + HINT_GAP_MS + 1;
    expect(restarted.frame(unreadable(), back).hint).toBe(false);
    expect(restarted.frame(unreadable(), back + HINT_AFTER_MS / 2).hint).toBe(false);
    expect(restarted.frame(unreadable(), back + HINT_AFTER_MS).hint).toBe(true);
  });

  it('keeps the streak when frames come slowly (a loaded machine), the code in every one', () => {
    const sightings = new Sightings();
    const hints: number[] = [];
    // Each decode takes longer than the gap, and each sees the code: it never left.
    for (let t = 0; t <= 6 * HINT_AFTER_MS; t += HINT_GAP_MS + 500) {
      if (sightings.frame(unreadable(), t).hint) hints.push(t);
    }
    expect(hints).toHaveLength(1);
  });

  it('gives no hint for a badge that reads during the streak or just before it', () => {
    const during = new Sightings();
    during.frame(unreadable(), 0);
    during.frame(seen(a!), 300);
    for (let t = 400; t <= 3 * HINT_AFTER_MS; t += 100) {
      expect(during.frame(unreadable(), t).hint).toBe(false);
    }
    const before = new Sightings();
    before.frame(seen(a!), 0);
    for (let t = 100; t <= 3 * HINT_AFTER_MS; t += 100) {
      expect(before.frame(unreadable(), t).hint).toBe(false);
    }
  });
});

describe('camera frameCodes', () => {
  const at = (x: number, y: number, size = 100) => ({
    topLeft: { x, y },
    topRight: { x: x + size, y },
    bottomRight: { x: x + size, y: y + size },
    bottomLeft: { x, y: y + size },
  });

  it('keeps the texts of the codes read, once each', () => {
    const results = [
      { isValid: true, text: a!, position: at(0, 0) },
      { isValid: true, text: b!, position: at(300, 0) },
      { isValid: true, text: a!, position: at(0, 0) },
    ];
    expect(frameCodes(results)).toEqual({ texts: [a, b], unreadable: false });
  });

  it('reports a code found but not read, never its text', () => {
    const results = [{ isValid: false, text: a!.slice(0, 10), position: at(0, 0) }];
    expect(frameCodes(results)).toEqual({ texts: [], unreadable: true });
  });

  it('does not count a code read in one pass and missed in another as unreadable', () => {
    const results = [
      { isValid: true, text: a!, position: at(0, 0) },
      { isValid: false, text: '', position: at(5, 5, 90) },
    ];
    expect(frameCodes(results).unreadable).toBe(false);
    const elsewhere = [...results, { isValid: false, text: '', position: at(500, 300) }];
    expect(frameCodes(elsewhere).unreadable).toBe(true);
  });
});
