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
  /**
   * Calls `listener` at every key pressed on the kiosk, scan keys included (which the page's own
   * listeners never see), until the returned function is called: someone is at the kiosk.
   */
  onKey(listener: () => void): () => void;
  key(): void;
}

export function createScanFeed(): ScanFeed {
  let handlers: ScanHandler[] = [];
  const keyListeners = new Set<() => void>();
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
    onKey(listener) {
      keyListeners.add(listener);
      return () => keyListeners.delete(listener);
    },
    key() {
      for (const listener of keyListeners) listener();
    },
  };
}

export const ScanFeedContext = createContext<ScanFeed | null>(null);

/** The kiosk's scan feed; throws outside a <WedgeScanner>. */
export function useScanFeed(): ScanFeed {
  const feed = useContext(ScanFeedContext);
  if (!feed) throw new Error('useWedgeScanner needs a <WedgeScanner> around the screens');
  return feed;
}

/** Receives the scanner's scans while the calling component is mounted. */
export function useWedgeScanner(onScan: ScanHandler): void {
  const feed = useScanFeed();
  const latest = useRef(onScan);
  useEffect(() => {
    latest.current = onScan;
  }, [onScan]);

  useEffect(() => {
    return feed.claim((read, at) => latest.current(read, at));
  }, [feed]);
}
