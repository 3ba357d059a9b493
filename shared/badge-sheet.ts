// Where printed badges go, in millimetres. Pure geometry: the renderer draws it, the tests check it.
//
// An A4 sheet holds 2 × 5 ID-1 cards that abut, so one guillotine cut separates two cards (a gutter
// would double the cuts, and 5 rows of 54 mm leave no room for one next to the crop marks). Cut
// lines are marked outside the block of cards, in the page margins: abutting cards have no free
// corner inside the block, and a mark there would print on a neighbour. Every page carries the
// same marks, even when its last row is short, so a stack of sheets is cut in one go.

export interface Size {
  width: number;
  height: number;
}
export interface Point {
  x: number;
  y: number;
}
/** A straight line from (x1, y1) to (x2, y2). */
export interface Line {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface SheetLayout {
  page: Size;
  card: Size;
  /** Top-left corner of each card on its page, in reading order. */
  pages: { cards: Point[] }[];
  /** The same on every page; empty when the page is the card itself. */
  cropMarks: Line[];
}

/** ISO/IEC 7810 ID-1, the size of a bank card: what card printers and badge holders take. */
export const ID1_CARD: Readonly<Size> = { width: 85.6, height: 54 };
const A4_PORTRAIT: Readonly<Size> = { width: 210, height: 297 };
const A4_COLUMNS = 2;
const A4_ROWS = 5;
export const CARDS_PER_A4 = A4_COLUMNS * A4_ROWS;
/** Gap between a card edge and the start of its crop mark: a cut slightly off never shows one. */
export const CROP_MARK_OFFSET = 2;
export const CROP_MARK_LENGTH = 5;

// Rounded to 1/1000 mm, so 19.4 prints as 19.4 and equal edges compare equal.
const mm = (value: number): number => Math.round(value * 1000) / 1000;

function checkCount(count: number): void {
  if (!Number.isInteger(count) || count < 0) {
    throw new RangeError(`badge layout: count must be a whole number ≥ 0, got ${count}`);
  }
}

/** Cards on A4 portrait sheets, 10 a page, the block centred on the page, with crop marks. */
export function layoutA4Sheet(count: number): SheetLayout {
  checkCount(count);
  const page = { ...A4_PORTRAIT };
  const card = { ...ID1_CARD };
  const left = (page.width - A4_COLUMNS * card.width) / 2;
  const top = (page.height - A4_ROWS * card.height) / 2;
  const slots: Point[] = [];
  for (let row = 0; row < A4_ROWS; row++) {
    for (let col = 0; col < A4_COLUMNS; col++) {
      slots.push({ x: mm(left + col * card.width), y: mm(top + row * card.height) });
    }
  }
  const pages: SheetLayout['pages'] = [];
  for (let first = 0; first < count; first += CARDS_PER_A4) {
    const onPage = Math.min(CARDS_PER_A4, count - first);
    pages.push({ cards: slots.slice(0, onPage).map((p) => ({ ...p })) });
  }
  const right = left + A4_COLUMNS * card.width;
  const bottom = top + A4_ROWS * card.height;
  return { page, card, pages, cropMarks: blockCropMarks(left, top, right, bottom, card) };
}

/** One card a page, the page the size of the card: for a card printer, which prints edge to edge. */
export function layoutSingleCard(count = 1): SheetLayout {
  checkCount(count);
  const card = { ...ID1_CARD };
  return {
    page: { ...card },
    card,
    pages: Array.from({ length: count }, () => ({ cards: [{ x: 0, y: 0 }] })),
    cropMarks: [],
  };
}

/** Marks at both ends of every cut line of the card grid, pointing away from the block. */
function blockCropMarks(
  left: number,
  top: number,
  right: number,
  bottom: number,
  card: Size,
): Line[] {
  const near = CROP_MARK_OFFSET;
  const far = CROP_MARK_OFFSET + CROP_MARK_LENGTH;
  const marks: Line[] = [];
  for (let col = 0; col <= A4_COLUMNS; col++) {
    const x = mm(left + col * card.width);
    marks.push({ x1: x, y1: mm(top - far), x2: x, y2: mm(top - near) });
    marks.push({ x1: x, y1: mm(bottom + near), x2: x, y2: mm(bottom + far) });
  }
  for (let row = 0; row <= A4_ROWS; row++) {
    const y = mm(top + row * card.height);
    marks.push({ x1: mm(left - far), y1: y, x2: mm(left - near), y2: y });
    marks.push({ x1: mm(right + near), y1: y, x2: mm(right + far), y2: y });
  }
  return marks;
}
