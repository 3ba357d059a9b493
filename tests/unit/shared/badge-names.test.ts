import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ELLIPSIS,
  FIRST_NAME,
  LAST_NAME,
  NAME_COLUMN,
  fitBadgeNames,
  type FittedName,
  type MeasureText,
} from '../../../shared/badge-names';
import { MAX_IMPORT_NAME_LENGTH } from '../../../shared/roster-import';

/** Made-up font metrics: each character its own width (0.25–1 em), bold 8% wider. */
const metrics = (seed: number): MeasureText => {
  const width = (ch: string) =>
    0.25 + (((ch.codePointAt(0)! * 2654435761 + seed) >>> 0) % 76) / 100;
  return (text, bold) => [...text].reduce((sum, ch) => sum + width(ch), 0) * (bold ? 1.08 : 1);
};

const squeeze = (s: string) => s.replace(/[\s-]/g, '');
const shown = (name: FittedName) => squeeze(name.lines.join('').replace(ELLIPSIS, ''));
const height = (name: FittedName, lineHeight: number) =>
  name.lines.length * name.sizeMm * lineHeight;

const nameArb = fc.oneof(
  fc.string({ maxLength: MAX_IMPORT_NAME_LENGTH, unit: 'grapheme' }),
  fc
    .tuple(
      fc.array(fc.stringMatching(/^[A-Za-zÀ-ÿ]{1,30}$/), { minLength: 1, maxLength: 20 }),
      fc.constantFrom(' ', '-', ' - '),
    )
    .map(([words, separator]) => words.join(separator).slice(0, MAX_IMPORT_NAME_LENGTH)),
  fc.constantFrom('W', 'M', 'i', 'é').map((ch) => ch.repeat(MAX_IMPORT_NAME_LENGTH)),
);

describe('names on a badge', () => {
  it('fits every accepted name in the column: lines narrow enough, height within the column', () => {
    fc.assert(
      fc.property(nameArb, nameArb, fc.nat(1000), (firstName, lastName, seed) => {
        const measure = metrics(seed);
        const { first, last } = fitBadgeNames(firstName, lastName, measure);
        for (const [name, style] of [
          [first, FIRST_NAME],
          [last, LAST_NAME],
        ] as const) {
          expect(name.sizeMm).toBeGreaterThanOrEqual(style.minMm);
          expect(name.sizeMm).toBeLessThanOrEqual(style.maxMm);
          for (const line of name.lines) {
            expect(measure(line, style.bold) * name.sizeMm).toBeLessThanOrEqual(
              NAME_COLUMN.widthMm,
            );
          }
        }
        const gap = first.lines.length > 0 && last.lines.length > 0 ? NAME_COLUMN.gapMm : 0;
        expect(
          height(first, FIRST_NAME.lineHeight) + gap + height(last, LAST_NAME.lineHeight),
        ).toBeLessThanOrEqual(NAME_COLUMN.heightMm + 1e-9);
      }),
    );
  });

  it('always shows the start of both names, and all of a name it does not cut', () => {
    fc.assert(
      fc.property(nameArb, nameArb, fc.nat(1000), (firstName, lastName, seed) => {
        const { first, last } = fitBadgeNames(firstName, lastName, metrics(seed));
        for (const [name, text] of [
          [first, firstName],
          [last, lastName],
        ] as const) {
          const whole = squeeze(text.replace(/\s+/g, ' ').trim());
          if (whole === '') continue;
          expect(name.lines.length).toBeGreaterThan(0);
          expect(shown(name).length).toBeGreaterThan(0);
          expect(whole.startsWith(shown(name))).toBe(true);
          const cut = name.lines.at(-1)!.endsWith(ELLIPSIS);
          if (!cut) expect(shown(name)).toBe(whole);
        }
      }),
    );
  });

  it('shrinks before it wraps, and keeps short names large on one line', () => {
    const measure: MeasureText = (text) => [...text].length * 0.5;
    expect(fitBadgeNames('Léa', 'Dubois', measure)).toEqual({
      first: { sizeMm: FIRST_NAME.maxMm, lines: ['Léa'] },
      last: { sizeMm: LAST_NAME.maxMm, lines: ['Dubois'] },
    });
    const { first } = fitBadgeNames('Marie-Charlotte', 'Dubois', measure);
    expect(first.lines).toEqual(['Marie-Charlotte']);
    expect(first.sizeMm).toBeLessThan(FIRST_NAME.maxMm);
    const long = fitBadgeNames('Marie-Charlotte Anne-Sophie', 'Dubois', measure).first;
    expect(long.lines).toEqual(['Marie-Charlotte', 'Anne-Sophie']);
  });

  it('cuts the longest names with an ellipsis, the first name keeping most of the room', () => {
    const measure: MeasureText = (text) => [...text].length * 0.6;
    const name = 'Anne-Sophie '.repeat(20).slice(0, MAX_IMPORT_NAME_LENGTH);
    const { first, last } = fitBadgeNames(name, name, measure);
    expect(first.lines.at(-1)).toMatch(/…$/);
    expect(last.lines.at(-1)).toMatch(/…$/);
    expect(first.lines.length).toBeGreaterThan(last.lines.length);
    expect(first.sizeMm).toBe(FIRST_NAME.minMm);
  });
});
