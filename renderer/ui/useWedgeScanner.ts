// The USB scanner's scans, for whichever screen is showing: one listener for the whole kiosk
// (WedgeScanner.tsx) hands each scan to the screen that claimed the feed last, so scans keep
// being recorded whether learners or staff are in front of the kiosk.
import { createContext, useContext, useEffect, useRef } from 'react';
import type { ScanRead } from '../../shared/wedge';

/** `lastKeyAt` is the Enter or Tab's event.timeStamp, where the latency measure starts. */
export type ScanHandler = (read: ScanRead, lastKeyAt: number) => void;

export interface ScanFeed {
  /** Takes the scans until the returned function is called. */
  claim(handler: ScanHandler): () => void;
  emit(read: ScanRead, lastKeyAt: number): void;
}

export function createScanFeed(): ScanFeed {
  let handlers: ScanHandler[] = [];
  return {
    claim(handler) {
      handlers = [...handlers, handler];
      return () => {
        handlers = handlers.filter((h) => h !== handler);
      };
    },
    emit(read, lastKeyAt) {
      const handler = handlers.at(-1);
      if (handler) handler(read, lastKeyAt);
      else console.warn('A scan arrived while no screen takes scans: it was not recorded.');
    },
  };
}

export const ScanFeedContext = createContext<ScanFeed | null>(null);

/** Receives the scanner's scans while the calling component is mounted. */
export function useWedgeScanner(onScan: ScanHandler): void {
  const feed = useContext(ScanFeedContext);
  const latest = useRef(onScan);
  useEffect(() => {
    latest.current = onScan;
  }, [onScan]);

  useEffect(() => {
    if (!feed) throw new Error('useWedgeScanner needs a <WedgeScanner> around the screens');
    return feed.claim((read, at) => latest.current(read, at));
  }, [feed]);
}
