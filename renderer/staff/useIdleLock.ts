// Staff mode locks itself after two minutes without a touch or a key: a kiosk left unlocked at
// the front desk would hand minors' data to whoever walks up. The last IDLE_WARNING_MS are a
// warning, so that someone reading a list without touching it is not locked out by surprise.
import { useCallback, useEffect, useRef, useState } from 'react';

const STAFF_IDLE_MS = 2 * 60_000;
export const IDLE_WARNING_MS = 15_000;

/**
 * Whether the lock is near, and `stay` to answer the warning. Any touch or key puts the lock off;
 * one on the warning itself (marked `data-idle-warning`) leaves it shown until `stay`, or the tap
 * that hides it would land on whatever lies beneath.
 */
export function useIdleLock(
  onIdle: () => void,
  idleMs = STAFF_IDLE_MS,
): { lockNear: boolean; stay: () => void } {
  const latest = useRef(onIdle);
  useEffect(() => {
    latest.current = onIdle;
  }, [onIdle]);
  const [warning, setWarning] = useState(false);

  useEffect(() => {
    let lock: ReturnType<typeof setTimeout>;
    let warn: ReturnType<typeof setTimeout>;
    const start = () => {
      warn = setTimeout(() => setWarning(true), idleMs - IDLE_WARNING_MS);
      lock = setTimeout(() => latest.current(), idleMs);
    };
    const activity = (event: Event) => {
      clearTimeout(lock);
      clearTimeout(warn);
      const onWarning =
        event.target instanceof Element && event.target.closest('[data-idle-warning]');
      if (!onWarning) setWarning(false);
      start();
    };
    start();
    // Typing in a field also arrives as input events: the scanner listener holds keys back
    // (ui/WedgeScanner.tsx), and a badge scanned by a learner is not staff activity.
    const events = ['pointerdown', 'keydown', 'input', 'wheel', 'touchstart'] as const;
    for (const name of events)
      document.addEventListener(name, activity, { capture: true, passive: true });
    return () => {
      clearTimeout(lock);
      clearTimeout(warn);
      for (const name of events) document.removeEventListener(name, activity, { capture: true });
    };
  }, [idleMs]);
  return { lockNear: warning, stay: useCallback(() => setWarning(false), []) };
}
