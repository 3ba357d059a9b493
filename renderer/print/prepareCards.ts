// Everything a printed card needs that costs time, computed before the sheet is mounted: its QR
// symbol as an SVG path and its names fitted to the text column. 1,500 cards take about a second
// of work; done in slices that give the thread back between them, the screen stays responsive
// (its progress shown) and the sheet then mounts with nothing left to compute.
import { create } from 'qrcode';
import { fitBadgeNames, type FittedNames, type MeasureText } from '../../shared/badge-names';
import type { BadgeCardData } from './BadgeCard';

export interface PreparedCard extends BadgeCardData {
  qr: { size: number; d: string };
  names: FittedNames;
}

/** The white margin a QR reader needs around the symbol, in modules (the standard's minimum). */
const QR_QUIET_ZONE_MODULES = 4;
/** Cards prepared between two turns given back to the page. */
const SLICE = 50;
/**
 * Progress is told at most this often: each report redraws the screen that shows it, and 30
 * redraws of a busy screen cost more than the cards themselves on a loaded machine.
 */
const PROGRESS_EVERY_MS = 250;
/** The card's font (print.css, .badge-card); Liberation Sans is installed on every kiosk. */
const FONT = `'Liberation Sans', Arial, Helvetica, 'DejaVu Sans', sans-serif`;
const MEASURE_PX = 100;

/**
 * The QR symbol for `token` (error correction Q: a scratched or bent card still reads) as one SVG
 * path in module units, each run of dark modules in a row one rectangle. A vector path stays sharp
 * at any printer resolution and needs no canvas or data: URL.
 */
export function qrPath(token: string): { size: number; d: string } {
  const { modules } = create(token, { errorCorrectionLevel: 'Q' });
  const n = modules.size;
  const q = QR_QUIET_ZONE_MODULES;
  let d = '';
  for (let row = 0; row < n; row++) {
    let col = 0;
    while (col < n) {
      if (!modules.data[row * n + col]) {
        col++;
        continue;
      }
      const start = col;
      while (col < n && modules.data[row * n + col]) col++;
      d += `M${start + q} ${row + q}h${col - start}v1h${start - col}z`;
    }
  }
  return { size: n + 2 * q, d };
}

/**
 * Text widths in the card's font, from a canvas: the print-only sheet is display: none on screen,
 * so its own layout cannot be measured. Widths scale with the font size; measured once at 100 px.
 */
function canvasMeasure(): MeasureText {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) throw new Error('No 2D canvas to measure badge names with');
  const cache = new Map<string, number>();
  // Setting `font` parses it each time: only when the weight changes.
  let weight: boolean | null = null;
  return (text, bold) => {
    const key = `${bold ? 'b' : 'r'}${text}`;
    let width = cache.get(key);
    if (width === undefined) {
      if (weight !== bold) {
        context.font = `${bold ? 700 : 400} ${MEASURE_PX}px ${FONT}`;
        weight = bold;
      }
      width = context.measureText(text).width / MEASURE_PX;
      cache.set(key, width);
    }
    return width;
  };
}

/** Gives the thread back to the page (input, paint) before the next slice; no 4 ms clamp. */
const yieldToPage = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });

export async function prepareCards(
  cards: readonly BadgeCardData[],
  onProgress?: (done: number, total: number) => void,
): Promise<PreparedCard[]> {
  await document.fonts.ready;
  const measure = canvasMeasure();
  const prepared: PreparedCard[] = [];
  let reported = performance.now();
  for (let start = 0; start < cards.length; start += SLICE) {
    for (const card of cards.slice(start, start + SLICE)) {
      prepared.push({
        ...card,
        qr: qrPath(card.token),
        names: fitBadgeNames(card.firstName, card.lastName, measure),
      });
    }
    if (prepared.length === cards.length) break;
    if (performance.now() - reported >= PROGRESS_EVERY_MS) {
      reported = performance.now();
      onProgress?.(prepared.length, cards.length);
    }
    await yieldToPage();
  }
  return prepared;
}
