import { describe, expect, it } from 'vitest';
import { DEDUPE_WINDOW_MS, RepeatFilter } from '../../renderer/check-in/camera/dedupe';

describe('camera RepeatFilter', () => {
  it('reports a first sighting', () => {
    expect(new RepeatFilter().accept('BCDFG', 0)).toBe(true);
  });

  it('ignores the same text while it keeps being seen, even for longer than the window', () => {
    const filter = new RepeatFilter();
    expect(filter.accept('BCDFG', 0)).toBe(true);
    // A badge held still for 10 s, decoded every 100 ms: one report only.
    for (let t = 100; t <= 10_000; t += 100) expect(filter.accept('BCDFG', t)).toBe(false);
  });

  it('reports the same text again once it has been unseen for the window', () => {
    const filter = new RepeatFilter();
    filter.accept('BCDFG', 0);
    filter.accept('BCDFG', 1000);
    expect(filter.accept('BCDFG', 1000 + DEDUPE_WINDOW_MS - 1)).toBe(false);
    // That sighting refreshed the window.
    expect(filter.accept('BCDFG', 1000 + 2 * DEDUPE_WINDOW_MS - 2)).toBe(false);
    expect(filter.accept('BCDFG', 1000 + 3 * DEDUPE_WINDOW_MS)).toBe(true);
  });

  it('treats exactly the window as expired', () => {
    const filter = new RepeatFilter();
    filter.accept('BCDFG', 0);
    expect(filter.accept('BCDFG', DEDUPE_WINDOW_MS)).toBe(true);
  });

  it('reports a different text at once, and the first again after it', () => {
    const filter = new RepeatFilter();
    expect(filter.accept('BCDFG', 0)).toBe(true);
    expect(filter.accept('HJKLN', 50)).toBe(true);
    // Two learners alternating in front of the camera are both checked: only the last is remembered.
    expect(filter.accept('BCDFG', 100)).toBe(true);
  });

  it('is case-sensitive: folding is the caller’s job', () => {
    const filter = new RepeatFilter();
    filter.accept('BCDFG', 0);
    expect(filter.accept('bcdfg', 10)).toBe(true);
  });

  it('forgets on reset and honours a custom window', () => {
    const filter = new RepeatFilter(500);
    filter.accept('BCDFG', 0);
    expect(filter.accept('BCDFG', 499)).toBe(false);
    expect(filter.accept('BCDFG', 999)).toBe(true);
    filter.reset();
    expect(filter.accept('BCDFG', 1000)).toBe(true);
  });
});
