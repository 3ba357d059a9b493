import { describe, expect, it } from 'vitest';
import { preventDisplaySleep } from '../../../electron/power';

function fakeBlocker() {
  const started = new Map<number, string>();
  let nextId = 7;
  return {
    started,
    start(type: 'prevent-app-suspension' | 'prevent-display-sleep'): number {
      const id = nextId++;
      started.set(id, type);
      return id;
    },
    stop(id: number): boolean {
      return started.delete(id);
    },
    isStarted(id: number): boolean {
      return started.has(id);
    },
  };
}

describe('preventDisplaySleep', () => {
  it('blocks display sleep until stopped, and stopping twice is harmless', () => {
    const blocker = fakeBlocker();
    const stop = preventDisplaySleep(blocker);
    expect([...blocker.started.values()]).toEqual(['prevent-display-sleep']);
    stop();
    expect(blocker.started.size).toBe(0);
    expect(() => stop()).not.toThrow();
  });
});
