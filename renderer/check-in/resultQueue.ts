// Results waiting for the screen. Two learners scanning within a second must both see their own
// card: a card stays at least MIN_SHOW_MS before the next one replaces it, and its full duration
// when none waits. Pure: the caller passes the time and runs a timer to nextChangeAt.

/** About what it takes to read a first name from two metres. */
export const MIN_SHOW_MS = 1_500;

export interface Timed {
  /** How long the card stays when no other card waits. */
  durationMs: number;
}

export interface Showing<T> {
  item: T;
  shownAt: number;
  /** It waited behind another card instead of going on screen when it arrived. */
  queued: boolean;
}

export interface ResultQueue<T> {
  showing: Showing<T> | null;
  waiting: readonly T[];
  /** Cards shown so far. */
  shown: number;
}

export const EMPTY_QUEUE: ResultQueue<never> = { showing: null, waiting: [], shown: 0 };

/** When the card on screen gives way: after its minimum if another waits, else its duration. */
export function nextChangeAt<T extends Timed>(queue: ResultQueue<T>): number | null {
  const { showing } = queue;
  if (showing === null) return null;
  return showing.shownAt + (queue.waiting.length > 0 ? MIN_SHOW_MS : showing.item.durationMs);
}

/** A new result: on screen at once if the screen is free, otherwise after those before it. */
export function enqueue<T extends Timed>(
  queue: ResultQueue<T>,
  item: T,
  now: number,
): ResultQueue<T> {
  return settle({ ...queue, waiting: [...queue.waiting, item] }, now, item);
}

/** The queue at `now`: the card on screen replaced or removed when its time is up. */
export function advance<T extends Timed>(queue: ResultQueue<T>, now: number): ResultQueue<T> {
  return settle(queue, now, null);
}

function settle<T extends Timed>(queue: ResultQueue<T>, now: number, arrived: T | null) {
  let next = queue;
  for (;;) {
    const due = nextChangeAt(next);
    if (due !== null && now < due) return next;
    const [first, ...rest] = next.waiting;
    if (first === undefined) return next.showing === null ? next : { ...next, showing: null };
    next = {
      showing: { item: first, shownAt: now, queued: first !== arrived },
      waiting: rest,
      shown: next.shown + 1,
    };
  }
}
