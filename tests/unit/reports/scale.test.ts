import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  contrast,
  HEAT_COLOURS,
  heatClasses,
  heatLevel,
  INK,
  niceTicks,
  textOn,
  WHITE,
} from '../../../renderer/ui/reports/scale';

describe('niceTicks', () => {
  it('gives round steps from 0 up to at least the maximum', () => {
    expect(niceTicks(7)).toEqual([0, 2, 4, 6, 8]);
    expect(niceTicks(100)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(niceTicks(143)).toEqual([0, 50, 100, 150]);
    expect(niceTicks(1)).toEqual([0, 1]);
    expect(niceTicks(0)).toEqual([0, 1]);
  });

  it('always covers the maximum in a few whole steps', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), (max) => {
        const ticks = niceTicks(max);
        expect(ticks[0]).toBe(0);
        expect(ticks[ticks.length - 1]).toBeGreaterThanOrEqual(max);
        expect(ticks.length).toBeGreaterThanOrEqual(2);
        expect(ticks.length).toBeLessThanOrEqual(12);
        for (const v of ticks) expect(Number.isInteger(v)).toBe(true);
      }),
    );
  });
});

describe('heat classes', () => {
  it('splits 1 … max into equal whole ranges', () => {
    expect(heatClasses(50)).toEqual([
      { level: 1, from: 1, to: 10 },
      { level: 2, from: 11, to: 20 },
      { level: 3, from: 21, to: 30 },
      { level: 4, from: 31, to: 40 },
      { level: 5, from: 41, to: 50 },
    ]);
    expect(heatClasses(2)).toEqual([
      { level: 1, from: 1, to: 1 },
      { level: 2, from: 2, to: 2 },
    ]);
    expect(heatClasses(0)).toEqual([]);
  });

  it('puts every count from 1 to max in exactly one class, darker for more', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5_000 }), (max) => {
        const classes = heatClasses(max);
        expect(classes[0]?.from).toBe(1);
        expect(classes[classes.length - 1]?.to).toBe(max);
        classes.slice(1).forEach((c, i) => {
          expect(c.from).toBe((classes[i]?.to ?? 0) + 1);
        });
        expect(heatLevel(0, classes)).toBe(0);
        expect(heatLevel(max, classes)).toBe(classes.length);
        expect(heatLevel(1, classes)).toBe(1);
      }),
    );
  });
});

describe('contrast', () => {
  it('computes the WCAG ratio', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast(INK, INK)).toBe(1);
  });

  it('keeps every heat-map number at AA contrast (4.5:1) on its cell', () => {
    for (const colour of HEAT_COLOURS) {
      expect(contrast(textOn(colour), colour), colour).toBeGreaterThanOrEqual(4.5);
    }
    expect(textOn(HEAT_COLOURS[0] as string)).toBe(INK);
    expect(textOn(HEAT_COLOURS[HEAT_COLOURS.length - 1] as string)).toBe(WHITE);
  });

  it('draws the bars and the week squares at 3:1 or more against white', () => {
    for (const mark of ['#1f3fbf', '#6a82d8', '#5a6684']) {
      expect(contrast(mark, '#ffffff'), mark).toBeGreaterThanOrEqual(3);
    }
  });
});
