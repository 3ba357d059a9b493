// The sign-in lock-out as a countdown, shared by the staff sign-in and the exit prompt: a lock-out
// set on an earlier visit still holds and is shown before anyone types; `lockFor` starts a new one.
import { useCallback, useEffect, useState } from 'react';
import { lockRemaining } from '../../shared/pin';
import type { KioskDatabase } from '../db/schema';
import { loadAttempts } from './auth';

export function useLockout(db: KioskDatabase) {
  const [lockedUntil, setLockedUntil] = useState<number | null>(null);
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    void loadAttempts(db).then((attempts) => {
      if (lockRemaining(attempts, Date.now()) > 0) setLockedUntil(attempts.lockedUntil);
    });
  }, [db]);
  useEffect(() => {
    if (lockedUntil === null) return;
    const timer = setInterval(() => setNow(Date.now()), 1_000);
    return () => clearInterval(timer);
  }, [lockedUntil]);

  const lockFor = useCallback((ms: number) => {
    setLockedUntil(Date.now() + ms);
    setNow(Date.now());
  }, []);
  const lockedSeconds = lockedUntil ? Math.max(0, Math.ceil((lockedUntil - now) / 1_000)) : 0;
  return { lockedSeconds, lockFor };
}
