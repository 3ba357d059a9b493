// Printing badges through the host bridge: the cards are prepared in slices (QR paths, names
// fitted), then the sheet is mounted only for the print (mounted, it replaces every other
// printout of the app), laid out with its fonts loaded, printed, unmounted.
import { startTransition, useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import type { KioskBridge } from '../../shared/bridge';
import type { BadgeCardData } from './BadgeCard';
import { BadgeSheet, type BadgeLayout } from './BadgeSheet';
import { prepareCards, type PreparedCard } from './prepareCards';

export interface PrintJob {
  /** Cards already prepared (a bulk issue prepares each batch while the next is written) print as they are. */
  cards: BadgeCardData[] | PreparedCard[];
  layout: BadgeLayout;
}

interface Pending {
  cards: PreparedCard[];
  layout: BadgeLayout;
  settle: (error?: unknown) => void;
}

/** Cards prepared so far, while a large job is being prepared. */
export interface Preparing {
  done: number;
  total: number;
}

const AFTERPRINT_WAIT_MS = 120_000;

const isPrepared = (cards: PrintJob['cards']): cards is PreparedCard[] =>
  cards.every((card) => 'qr' in card);

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * Resolves once the print has left the page. Chromium's window.print() and Electron's print()
 * return after it; a host whose print() returns at once (the dialog still open) is waited for
 * until its afterprint, so the sheet is not pulled from under the printout.
 */
async function printAndWait(bridge: Pick<KioskBridge, 'print'>): Promise<void> {
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
  bridge: Pick<KioskBridge, 'print'>,
  centreName: string,
): {
  print: (job: PrintJob) => Promise<void>;
  printing: boolean;
  preparing: Preparing | null;
  sheet: ReactNode;
} {
  const [pending, setPending] = useState<Pending | null>(null);
  const [preparing, setPreparing] = useState<Preparing | null>(null);
  const busy = useRef(false);
  const current = useRef<Pending | null>(null);
  const mounted = useRef(true);

  const print = useCallback(async (job: PrintJob) => {
    if (busy.current) throw new Error('A print is already under way');
    busy.current = true;
    let cards: PreparedCard[];
    try {
      setPreparing({ done: 0, total: job.cards.length });
      // Progress and the sheet are transitions: React renders them in slices that leave the
      // thread to input, so 1,500 cards do not freeze the screen while they mount.
      cards = isPrepared(job.cards)
        ? job.cards
        : await prepareCards(job.cards, (done, total) =>
            startTransition(() => setPreparing({ done, total })),
          );
      performance.mark('accueil:badges-prepared', { detail: { cards: cards.length } });
    } catch (error) {
      busy.current = false;
      throw error;
    } finally {
      setPreparing(null);
    }
    if (!mounted.current) {
      busy.current = false;
      throw new Error('Section closed before printing');
    }
    return new Promise<void>((resolve, reject) => {
      const next: Pending = {
        cards,
        layout: job.layout,
        settle: (error) => {
          busy.current = false;
          current.current = null;
          setPending(null);
          if (error === undefined) resolve();
          else reject(error);
        },
      };
      current.current = next;
      startTransition(() => setPending(next));
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
      // The sheet is in the document, about to print: the badge benchmark's mark.
      performance.mark('accueil:badges-sheet', { detail: { cards: pending.cards.length } });
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
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      current.current?.settle(new Error('Section closed before printing'));
    };
  }, []);

  const sheet = pending ? (
    <BadgeSheet cards={pending.cards} centreName={centreName} layout={pending.layout} />
  ) : null;
  return { print, printing: pending !== null || preparing !== null, preparing, sheet };
}
