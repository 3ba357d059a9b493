import { describe, expect, it } from 'vitest';
import { DEDUPE_WINDOW_MS, RepeatFilter } from '../../renderer/ui/camera/dedupe';

describe('camera RepeatFilter', () => {
  it('reports a first sighting', () => {
    expect(new RepeatFilter().accept(['BCDFG'], 0)).toEqual(['BCDFG']);
  });

  it('ignores the same text while it keeps being seen, even for longer than the window', () => {
    const filter = new RepeatFilter();
    expect(filter.accept(['BCDFG'], 0)).toEqual(['BCDFG']);
    // A badge held still for 10 s, decoded every 100 ms: one report only.
    for (let t = 100; t <= 10_000; t += 100) expect(filter.accept(['BCDFG'], t)).toEqual([]);
  });

  it('reports the same text again once it has been unseen for the window', () => {
    const filter = new RepeatFilter();
    filter.accept(['BCDFG'], 0);
    filter.accept(['BCDFG'], 1000);
    expect(filter.accept(['BCDFG'], 1000 + DEDUPE_WINDOW_MS - 1)).toEqual([]);
    // That sighting refreshed the window.
    expect(filter.accept(['BCDFG'], 1000 + 2 * DEDUPE_WINDOW_MS - 2)).toEqual([]);
    expect(filter.accept(['BCDFG'], 1000 + 3 * DEDUPE_WINDOW_MS)).toEqual(['BCDFG']);
  });

  it('treats exactly the window as expired', () => {
    const filter = new RepeatFilter();
    filter.accept(['BCDFG'], 0);
    expect(filter.accept(['BCDFG'], DEDUPE_WINDOW_MS)).toEqual(['BCDFG']);
  });

  it('follows several texts at once, each reported once while in view', () => {
    const filter = new RepeatFilter();
    // Two badges side by side, the same code twice in one frame counted once.
    expect(filter.accept(['BCDFG', 'HJKLN', 'BCDFG'], 0)).toEqual(['BCDFG', 'HJKLN']);
    // Frames that see only one of them (decoding is not perfect) do not make the other new.
    expect(filter.accept(['BCDFG'], 100)).toEqual([]);
    expect(filter.accept(['HJKLN'], 200)).toEqual([]);
    expect(filter.accept(['BCDFG', 'HJKLN', 'PRSTV'], 300)).toEqual(['PRSTV']);
  });

  it('forgets each text on its own once it has been unseen for the window', () => {
    const filter = new RepeatFilter(500);
    filter.accept(['BCDFG', 'HJKLN'], 0);
    expect(filter.accept(['HJKLN'], 400)).toEqual([]);
    // BCDFG was last seen at 0, HJKLN at 400.
    expect(filter.accept(['BCDFG', 'HJKLN'], 600)).toEqual(['BCDFG']);
  });

  it('is case-sensitive: folding is the caller’s job', () => {
    const filter = new RepeatFilter();
    filter.accept(['BCDFG'], 0);
    expect(filter.accept(['bcdfg'], 10)).toEqual(['bcdfg']);
  });
});
