import { describe, expect, it } from 'vitest';
import {
  advance,
  EMPTY_QUEUE,
  enqueue,
  MIN_SHOW_MS,
  nextChangeAt,
  type ResultQueue,
} from '../../../renderer/check-in/resultQueue';

interface Card {
  name: string;
  durationMs: number;
}
const card = (name: string, durationMs = 4_000): Card => ({ name, durationMs });
const onScreen = (q: ResultQueue<Card>) => q.showing?.item.name ?? null;

/** Runs the queue's own timer up to `until`, as the screen does, and lists what was shown when. */
function run(q: ResultQueue<Card>, until: number) {
  const shown: [string | null, number][] = [];
  for (let at = nextChangeAt(q); at !== null && at <= until; at = nextChangeAt(q)) {
    q = advance(q, at);
    shown.push([onScreen(q), at]);
  }
  return { q, shown };
}

describe('result queue', () => {
  it('shows a result at once when the screen is free, for its own duration', () => {
    let q = enqueue(EMPTY_QUEUE as ResultQueue<Card>, card('Léa'), 1_000);
    expect(q.showing).toEqual({ item: card('Léa'), shownAt: 1_000, queued: false });
    expect(q.shown).toBe(1);
    expect(nextChangeAt(q)).toBe(5_000);
    q = advance(q, 4_999);
    expect(onScreen(q)).toBe('Léa');
    q = advance(q, 5_000);
    expect(q.showing).toBeNull();
    expect(nextChangeAt(q)).toBeNull();
    expect(q.shown).toBe(1);
  });

  it(`keeps a card ${MIN_SHOW_MS} ms before the next one replaces it`, () => {
    expect(MIN_SHOW_MS).toBe(1_500);
    let q = enqueue(EMPTY_QUEUE as ResultQueue<Card>, card('Léa'), 0);
    q = enqueue(q, card('Noah'), 300);
    expect(onScreen(q)).toBe('Léa');
    expect(q.waiting).toEqual([card('Noah')]);
    expect(nextChangeAt(q)).toBe(1_500);
    q = advance(q, 1_499);
    expect(onScreen(q)).toBe('Léa');
    q = advance(q, 1_500);
    expect(q.showing).toEqual({ item: card('Noah'), shownAt: 1_500, queued: true });
    expect(q.shown).toBe(2);
    // Alone again: the card gets its full duration.
    expect(nextChangeAt(q)).toBe(5_500);
  });

  it('replaces a card at once when it has had its minimum', () => {
    let q = enqueue(EMPTY_QUEUE as ResultQueue<Card>, card('Léa', 7_000), 0);
    q = enqueue(q, card('Noah'), 2_000);
    expect(q.showing).toEqual({ item: card('Noah'), shownAt: 2_000, queued: false });
    expect(q.waiting).toEqual([]);
  });

  it('shows a burst in arrival order, each card for at least the minimum', () => {
    let q = EMPTY_QUEUE as ResultQueue<Card>;
    for (const [i, name] of ['Léa', 'Noah', 'Inès', 'Lucas'].entries())
      q = enqueue(q, card(name), 100 * i);
    const { q: end, shown } = run(q, 60_000);
    expect(shown).toEqual([
      ['Noah', 1_500],
      ['Inès', 3_000],
      ['Lucas', 4_500],
      [null, 8_500],
    ]);
    expect(end.shown).toBe(4);
  });

  it('counts from when a card was really shown when the timer fires late', () => {
    let q = enqueue(EMPTY_QUEUE as ResultQueue<Card>, card('Léa'), 0);
    q = enqueue(q, card('Noah'), 100);
    q = enqueue(q, card('Inès'), 200);
    q = advance(q, 2_400); // a busy page: the timer ran 900 ms late
    expect(q.showing).toMatchObject({ item: card('Noah'), shownAt: 2_400 });
    expect(nextChangeAt(q)).toBe(3_900);
  });
});
