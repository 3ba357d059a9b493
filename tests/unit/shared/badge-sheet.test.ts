import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CARDS_PER_A4,
  CROP_MARK_LENGTH,
  CROP_MARK_OFFSET,
  ID1_CARD,
  layoutA4Sheet,
  layoutSingleCard,
  type Line,
  type Point,
  type SheetLayout,
  type Size,
} from '../../../shared/badge-sheet';

// Most office printers cannot print the outer 4–5 mm of a sheet.
const PRINTABLE_MARGIN = 5;
const EPS = 1e-9;

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}
const cardBox = (p: Point, card: Size): Box => ({
  left: p.x,
  top: p.y,
  right: p.x + card.width,
  bottom: p.y + card.height,
});
const lineBox = (l: Line): Box => ({
  left: Math.min(l.x1, l.x2),
  top: Math.min(l.y1, l.y2),
  right: Math.max(l.x1, l.x2),
  bottom: Math.max(l.y1, l.y2),
});
/** Shortest distance between two axis-aligned boxes; 0 when they touch or overlap. */
function gap(a: Box, b: Box): number {
  const dx = Math.max(0, b.left - a.right, a.left - b.right);
  const dy = Math.max(0, b.top - a.bottom, a.top - b.bottom);
  return Math.hypot(dx, dy);
}
const overlapArea = (a: Box, b: Box) =>
  Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) *
  Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));
const insidePage = (b: Box, page: Size, margin: number) =>
  b.left >= margin - EPS &&
  b.top >= margin - EPS &&
  b.right <= page.width - margin + EPS &&
  b.bottom <= page.height - margin + EPS;

const counts = (layout: SheetLayout) => layout.pages.map((p) => p.cards.length);

describe('layoutA4Sheet', () => {
  it('puts 10 ID-1 cards on an A4 portrait page', () => {
    const layout = layoutA4Sheet(10);
    expect(CARDS_PER_A4).toBe(10);
    expect(layout.page).toEqual({ width: 210, height: 297 });
    expect(layout.card).toEqual({ width: 85.6, height: 54 });
    expect(counts(layout)).toEqual([10]);
    expect(counts(layoutA4Sheet(11))).toEqual([10, 1]);
  });

  it('spreads 23 cards over 3 pages: 10, 10, 3, each page filled from the top left', () => {
    const layout = layoutA4Sheet(23);
    expect(counts(layout)).toEqual([10, 10, 3]);
    expect(layout.pages[2]!.cards).toEqual(layout.pages[0]!.cards.slice(0, 3));
  });

  it('makes no page for no card, and refuses a count that is not a whole number', () => {
    expect(layoutA4Sheet(0).pages).toEqual([]);
    for (const bad of [-1, 2.5, Number.NaN, Infinity]) {
      expect(() => layoutA4Sheet(bad)).toThrow(RangeError);
    }
  });

  it('keeps every card inside the printable area, without overlap, the block centred', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 45 }), (count) => {
        const layout = layoutA4Sheet(count);
        const { page, card, pages } = layout;
        expect(counts(layout).reduce((a, b) => a + b)).toBe(count);
        for (const { cards } of pages) {
          const boxes = cards.map((p) => cardBox(p, card));
          for (const box of boxes) expect(insidePage(box, page, PRINTABLE_MARGIN)).toBe(true);
          for (let i = 0; i < boxes.length; i++) {
            for (let j = i + 1; j < boxes.length; j++) {
              expect(overlapArea(boxes[i]!, boxes[j]!)).toBeLessThan(EPS);
            }
          }
        }
      }),
    );
    const full = layoutA4Sheet(10).pages[0]!.cards.map((p) => cardBox(p, ID1_CARD));
    const left = Math.min(...full.map((b) => b.left));
    const right = Math.max(...full.map((b) => b.right));
    const top = Math.min(...full.map((b) => b.top));
    const bottom = Math.max(...full.map((b) => b.bottom));
    expect(left).toBeCloseTo(210 - right, 6);
    expect(top).toBeCloseTo(297 - bottom, 6);
  });

  it('draws 5 mm crop marks, 2 mm away from every card, inside the printable area', () => {
    const { page, card, pages, cropMarks } = layoutA4Sheet(10);
    expect(cropMarks.length).toBeGreaterThan(0);
    for (const mark of cropMarks) {
      // Axis-aligned, so a guillotine's fence can be set on them.
      expect(mark.x1 === mark.x2 || mark.y1 === mark.y2).toBe(true);
      expect(Math.hypot(mark.x2 - mark.x1, mark.y2 - mark.y1)).toBeCloseTo(CROP_MARK_LENGTH, 6);
      expect(insidePage(lineBox(mark), page, PRINTABLE_MARGIN)).toBe(true);
      for (const p of pages[0]!.cards) {
        expect(gap(lineBox(mark), cardBox(p, card))).toBeGreaterThanOrEqual(CROP_MARK_OFFSET - EPS);
      }
    }
  });

  it('marks every card edge: each cut line has a mark at both ends', () => {
    const { card, pages, cropMarks } = layoutA4Sheet(10);
    const vertical = cropMarks.filter((m) => m.x1 === m.x2);
    const horizontal = cropMarks.filter((m) => m.y1 === m.y2);
    for (const p of pages[0]!.cards) {
      const box = cardBox(p, card);
      for (const x of [box.left, box.right]) {
        const onLine = vertical.filter((m) => Math.abs(m.x1 - x) < 1e-6);
        expect(onLine.some((m) => Math.max(m.y1, m.y2) < box.top)).toBe(true);
        expect(onLine.some((m) => Math.min(m.y1, m.y2) > box.bottom)).toBe(true);
      }
      for (const y of [box.top, box.bottom]) {
        const onLine = horizontal.filter((m) => Math.abs(m.y1 - y) < 1e-6);
        expect(onLine.some((m) => Math.max(m.x1, m.x2) < box.left)).toBe(true);
        expect(onLine.some((m) => Math.min(m.x1, m.x2) > box.right)).toBe(true);
      }
    }
  });

  it('prints the same marks on a short last page, clear of its cards', () => {
    const layout = layoutA4Sheet(13);
    for (const mark of layout.cropMarks) {
      for (const p of layout.pages[1]!.cards) {
        expect(gap(lineBox(mark), cardBox(p, layout.card))).toBeGreaterThanOrEqual(
          CROP_MARK_OFFSET - EPS,
        );
      }
    }
  });
});

describe('layoutSingleCard', () => {
  it('makes the page the card, one card a page, no marks', () => {
    expect(layoutSingleCard()).toEqual({
      page: { width: 85.6, height: 54 },
      card: { width: 85.6, height: 54 },
      pages: [{ cards: [{ x: 0, y: 0 }] }],
      cropMarks: [],
    });
    expect(counts(layoutSingleCard(3))).toEqual([1, 1, 1]);
    expect(() => layoutSingleCard(-1)).toThrow(RangeError);
  });
});
