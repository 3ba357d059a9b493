// The result queue (resultQueue.ts) on the screen's clock: performance.now() and one timer to
// the next change.
import { useCallback, useEffect, useReducer } from 'react';
import {
  advance,
  EMPTY_QUEUE,
  enqueue,
  nextChangeAt,
  type ResultQueue,
  type Timed,
} from './resultQueue';

type Action<T> = { type: 'add'; item: T; now: number } | { type: 'tick'; now: number };

function reduce<T extends Timed>(queue: ResultQueue<T>, action: Action<T>): ResultQueue<T> {
  return action.type === 'add'
    ? enqueue(queue, action.item, action.now)
    : advance(queue, action.now);
}

export function useResultQueue<T extends Timed>(): [ResultQueue<T>, (item: T) => void] {
  const [queue, dispatch] = useReducer(reduce<T>, EMPTY_QUEUE);
  useEffect(() => {
    const at = nextChangeAt(queue);
    if (at === null) return;
    // The timer's clock and performance.now() round differently: a tick a hair early must
    // still count as due, or the queue would wait for a change that never comes.
    const timer = setTimeout(
      () => dispatch({ type: 'tick', now: Math.max(performance.now(), at) }),
      at - performance.now(),
    );
    return () => clearTimeout(timer);
  }, [queue]);
  const add = useCallback((item: T) => dispatch({ type: 'add', item, now: performance.now() }), []);
  return [queue, add];
}
