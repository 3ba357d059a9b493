// Scales for the report charts: round axis ticks, heat-map classes and a text colour that stays
// readable on every cell. No DOM: unit-tested in Node.

/** Round ticks from 0 to at least `max`, steps of 1, 2 or 5 × 10^k, about `count` of them. */
export function niceTicks(max: number, count = 5): number[] {
  if (!(max > 0)) return [0, 1];
  const rough = max / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
  const wholeStep = Math.max(1, step);
  const ticks: number[] = [];
  for (let v = 0; v < max + wholeStep; v += wholeStep) {
    ticks.push(v);
    if (v >= max) break;
  }
  return ticks;
}

/** Light to dark blue: the darker, the more arrivals. Level 0 is "none". */
export const HEAT_COLOURS = ['#f3f5fa', '#dce5fb', '#aebff3', '#7893e6', '#3a5fcc', '#1c3585'];

interface HeatClass {
  level: number;
  /** Inclusive count bounds. */
  from: number;
  to: number;
}

/**
 * Up to five classes of equal width over 1 … max (fewer when max is small), each a whole range.
 * Equal widths keep the legend honest: twice as dark never means ten times as many.
 */
export function heatClasses(max: number, steps = HEAT_COLOURS.length - 1): HeatClass[] {
  const classes: HeatClass[] = [];
  const n = Math.min(steps, Math.max(0, Math.floor(max)));
  let from = 1;
  for (let k = 1; k <= n; k++) {
    const to = Math.ceil((max * k) / n);
    if (to >= from) classes.push({ level: k, from, to });
    from = to + 1;
  }
  return classes;
}

export function heatLevel(count: number, classes: readonly HeatClass[]): number {
  if (count <= 0) return 0;
  return classes.find((c) => count <= c.to)?.level ?? classes.length;
}

function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** WCAG contrast ratio of two '#rrggbb' colours. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

export const INK = '#14213d';
export const WHITE = '#ffffff';

/** Ink or white, whichever reads better on `background`. */
export function textOn(background: string): string {
  return contrast(background, INK) >= contrast(background, WHITE) ? INK : WHITE;
}
