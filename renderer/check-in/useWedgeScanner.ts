// The USB scanner is a keyboard: listen at the document level, no focused field needed, and
// tell a scan from typing by timing (shared/wedge.ts).
import { useEffect, useRef } from 'react';
import { createWedgeDecoder, readScan, type ScanRead } from '../../shared/wedge';

export function useWedgeScanner(onScan: (read: ScanRead, lastKeyAt: number) => void): void {
  const latest = useRef(onScan);
  useEffect(() => {
    latest.current = onScan;
  }, [onScan]);

  useEffect(() => {
    const decoder = createWedgeDecoder();
    let lastKeyAt = -Infinity;
    const onKeyDown = (event: KeyboardEvent) => {
      // A scanner's terminating Tab must not move focus around the kiosk screen.
      const scanning = event.timeStamp - lastKeyAt < 100;
      lastKeyAt = event.timeStamp;
      if (event.key === 'Tab' && scanning) event.preventDefault();
      const scan = decoder.push({ key: event.key, code: event.code, time: event.timeStamp });
      if (scan) latest.current(readScan(scan), scan.lastKeyAt);
    };
    document.addEventListener('keydown', onKeyDown, { capture: true });
    return () => document.removeEventListener('keydown', onKeyDown, { capture: true });
  }, []);
}
