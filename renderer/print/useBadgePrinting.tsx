// Printing badges through the host bridge: the sheet is mounted only for the print (mounted, it
// replaces every other printout of the app), laid out with its fonts loaded, printed, unmounted.
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import type { KioskBridge } from '../../shared/bridge';
import type { BadgeCardData } from './BadgeCard';
import { BadgeSheet, type BadgeLayout } from './BadgeSheet';

export interface PrintJob {
  cards: BadgeCardData[];
  layout: BadgeLayout;
}

interface Pending extends PrintJob {
  settle: (error?: unknown) => void;
}

const AFTERPRINT_WAIT_MS = 120_000;

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * Resolves once the print has left the page. Chromium's window.print() and Electron's print()
 * return after it; a host whose print() returns at once (the dialog still open) is waited for
 * until its afterprint, so the sheet is not pulled from under the printout.
 */
async function printAndWait(bridge: KioskBridge): Promise<void> {
  let open = false;
  let closed: (() => void) | null = null;
  const before = () => (open = true);
  const after = () => {
    open = false;
    closed?.();
  };
  window.addEventListener('beforeprint', before);
  window.addEventListener('afterprint', after);
  try {
    await bridge.print();
    // Capped, so a host that never sends afterprint cannot keep the section printing forever.
    if (open) {
      await new Promise<void>((resolve) => {
        closed = resolve;
        setTimeout(resolve, AFTERPRINT_WAIT_MS);
      });
    }
  } finally {
    window.removeEventListener('beforeprint', before);
    window.removeEventListener('afterprint', after);
  }
}

export function useBadgePrinting(
  bridge: KioskBridge,
  centreName: string,
): { print: (job: PrintJob) => Promise<void>; printing: boolean; sheet: ReactNode } {
  const [pending, setPending] = useState<Pending | null>(null);
  const current = useRef<Pending | null>(null);

  const print = useCallback((job: PrintJob) => {
    if (current.current) return Promise.reject(new Error('A print is already under way'));
    return new Promise<void>((resolve, reject) => {
      const next: Pending = {
        ...job,
        settle: (error) => {
          current.current = null;
          setPending(null);
          if (error === undefined) resolve();
          else reject(error);
        },
      };
      current.current = next;
      setPending(next);
    });
  }, []);

  useEffect(() => {
    if (!pending) return;
    // Cleared when the section unmounts (or React re-runs the effect): no print, settle at once.
    let live = true;
    void (async () => {
      await document.fonts.ready;
      await nextFrame();
      if (!live) return;
      try {
        await printAndWait(bridge);
        pending.settle();
      } catch (error) {
        pending.settle(error ?? new Error('print failed'));
      }
    })();
    return () => {
      live = false;
    };
  }, [pending, bridge]);

  // Leaving the section mid-print must not leave a caller waiting forever.
  useEffect(() => () => current.current?.settle(new Error('Section closed before printing')), []);

  const sheet = pending ? (
    <BadgeSheet cards={pending.cards} centreName={centreName} layout={pending.layout} />
  ) : null;
  return { print, printing: pending !== null, sheet };
}
