// How a learner's names fit the text column of a printed badge: shrink, then wrap, then cut with
// an ellipsis, the first name first served. Pure: the renderer passes the width of text in its
// font (canvas measureText), the tests pass made-up widths. The card draws the lines as given, one
// line a block that never wraps again, so what is computed here is what prints: no name runs over
// the card's header, its QR symbol or across the cut line (a clipped overflow would still sit in
// the PDF, and on the card next to it once cut slightly off).

/** Width of `text` at a font size of 1 mm, in mm; `bold` for the first name's font. */
export type MeasureText = (text: string, bold: boolean) => number;

export interface FittedName {
  sizeMm: number;
  /** At least one line when the name is not empty; the last one may end with an ellipsis. */
  lines: string[];
}

export interface FittedNames {
  first: FittedName;
  last: FittedName;
}

interface Style {
  maxMm: number;
  minMm: number;
  lineHeight: number;
  bold: boolean;
}

/** The names' column on the card (print.css): 40 mm wide, between the header and the QR's foot. */
export const NAME_COLUMN = { widthMm: 40, heightMm: 24.4, gapMm: 1 } as const;
export const FIRST_NAME: Readonly<Style> = { maxMm: 8.5, minMm: 4.5, lineHeight: 1.1, bold: true };
export const LAST_NAME: Readonly<Style> = { maxMm: 4.4, minMm: 3, lineHeight: 1.2, bold: false };
const STEP_MM = 0.1;
/** Kept free at the end of each line: rounding in the browser's text layout. */
const WIDTH_MARGIN = 0.97;
export const ELLIPSIS = '…';

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const splitGraphemes = (text: string) => [...graphemes.segment(text)].map((s) => s.segment);

/** Words with what may follow them on the line: a break after spaces and after hyphens. */
function pieces(text: string): string[] {
  return text.match(/[^\s-]*-+|[^\s-]+\s*|\s+/g) ?? [];
}

/**
 * Greedy line breaking at `width` (mm at 1 mm font size): at spaces and hyphens, and inside a word
 * too long for a line. At most `limit` lines; `rest` tells whether text was left over.
 */
function wrap(
  text: string,
  width: number,
  limit: number,
  measure: (t: string) => number,
): { lines: string[]; rest: boolean } {
  const lines: string[] = [];
  let line = '';
  const push = () => {
    lines.push(line.trimEnd());
    line = '';
  };
  for (const piece of pieces(text)) {
    if (measure((line + piece).trimEnd()) <= width) {
      line += piece;
      continue;
    }
    if (line.trim() !== '') push();
    if (lines.length >= limit) return { lines, rest: true };
    if (measure(piece.trimEnd()) <= width) {
      line = piece.trimStart();
      continue;
    }
    // A word wider than the line: broken between graphemes, as overflow-wrap: anywhere would.
    for (const g of splitGraphemes(piece.trimEnd())) {
      if (line !== '' && measure(line + g) > width) {
        push();
        if (lines.length >= limit) return { lines, rest: true };
      }
      line += g;
    }
    line += piece.slice(piece.trimEnd().length);
  }
  if (line.trim() !== '') push();
  if (lines.length > limit) return { lines: lines.slice(0, limit), rest: true };
  return { lines, rest: false };
}

/** The last line cut so that it and an ellipsis fit `width`. */
function withEllipsis(line: string, width: number, measure: (t: string) => number): string {
  const parts = splitGraphemes(line);
  while (parts.length > 0 && measure(parts.join('').trimEnd() + ELLIPSIS) > width) parts.pop();
  return parts.join('').trimEnd() + ELLIPSIS;
}

/** Lines of `lineMm` that fit `heightMm`, never fewer than one. */
const linesIn = (heightMm: number, lineMm: number) => Math.max(1, Math.floor(heightMm / lineMm));

/**
 * The largest size, for the fewest lines: one line shrunk down to the smallest size first, then
 * two lines (at the largest size two lines allow), and so on while the height holds them; what
 * still does not fit is cut at the smallest size with an ellipsis.
 */
function fitOne(text: string, heightMm: number, style: Style, measureText: MeasureText) {
  const name = text.replace(/\s+/g, ' ').trim();
  if (name === '') return { sizeMm: style.maxMm, lines: [] };
  const measure = (t: string) => measureText(t, style.bold);
  const whole = measure(name);
  const maxLines = linesIn(heightMm, style.minMm * style.lineHeight);
  for (let lines = 1; lines <= maxLines; lines++) {
    // No size above this one fits: `lines` lines hold at most `lines` column widths of text.
    const bound = (lines * NAME_COLUMN.widthMm * WIDTH_MARGIN) / whole;
    const top = Math.min(style.maxMm, heightMm / (lines * style.lineHeight), bound);
    for (let size = Math.floor(top * 10) / 10; size >= style.minMm - 1e-9; size -= STEP_MM) {
      const rounded = Math.round(size * 10) / 10;
      const fitted = wrap(name, (NAME_COLUMN.widthMm * WIDTH_MARGIN) / rounded, lines, measure);
      if (!fitted.rest) return { sizeMm: rounded, lines: fitted.lines };
    }
  }
  const size = style.minMm;
  const width = (NAME_COLUMN.widthMm * WIDTH_MARGIN) / size;
  const { lines } = wrap(name, width, maxLines, measure);
  lines[lines.length - 1] = withEllipsis(lines.at(-1) ?? '', width, measure);
  return { sizeMm: size, lines };
}

/**
 * Both names in the column. The first name (the one a learner is greeted by) is served first,
 * leaving room for one line of the last name at its smallest size; the last name takes the rest.
 */
export function fitBadgeNames(
  firstName: string,
  lastName: string,
  measureText: MeasureText,
): FittedNames {
  const reserve =
    lastName.trim() === '' ? 0 : LAST_NAME.minMm * LAST_NAME.lineHeight + NAME_COLUMN.gapMm;
  const first = fitOne(firstName, NAME_COLUMN.heightMm - reserve, FIRST_NAME, measureText);
  const used = first.lines.length * first.sizeMm * FIRST_NAME.lineHeight;
  const gap = first.lines.length > 0 ? NAME_COLUMN.gapMm : 0;
  const last = fitOne(lastName, NAME_COLUMN.heightMm - used - gap, LAST_NAME, measureText);
  return { first, last };
}
