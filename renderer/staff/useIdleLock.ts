// Staff mode locks itself after two minutes without a touch or a key: a kiosk left unlocked at
// the front desk would hand minors' data to whoever walks up.
import { useEffect, useRef } from 'react';

const STAFF_IDLE_MS = 2 * 60_000;

export function useIdleLock(onIdle: () => void, idleMs = STAFF_IDLE_MS): void {
  const latest = useRef(onIdle);
  useEffect(() => {
    latest.current = onIdle;
  }, [onIdle]);

  useEffect(() => {
    let timer = setTimeout(() => latest.current(), idleMs);
    const activity = () => {
      clearTimeout(timer);
      timer = setTimeout(() => latest.current(), idleMs);
    };
    // Typing in a field also arrives as input events: the scanner listener holds keys back
    // (check-in/WedgeScanner.tsx), and a badge scanned by a learner is not staff activity.
    const events = ['pointerdown', 'keydown', 'input', 'wheel', 'touchstart'] as const;
    for (const name of events)
      document.addEventListener(name, activity, { capture: true, passive: true });
    return () => {
      clearTimeout(timer);
      for (const name of events) document.removeEventListener(name, activity, { capture: true });
    };
  }, [idleMs]);
}
