import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDayInput, parseClockInput, parseDayInput } from '../../../shared/date-input';
import { formatDate } from '../../../shared/i18n';
import { LANGUAGES } from '../../../shared/types';

const dayArb = fc
  .integer({ min: Date.UTC(1900, 0, 1) / 864e5, max: Date.UTC(2200, 11, 31) / 864e5 })
  .map((d) => new Date(d * 864e5).toISOString().slice(0, 10));

describe('typed days', () => {
  it('read back what each language writes', () => {
    fc.assert(
      fc.property(dayArb, fc.constantFrom(...LANGUAGES), (day, language) => {
        expect(parseDayInput(formatDayInput(language, day))).toBe(day);
      }),
    );
  });

  it('are day first, with any separator, and only calendar days', () => {
    expect(formatDayInput('fr', '2026-11-02')).toBe('02/11/2026');
    expect(formatDayInput('de', '2026-11-02')).toBe('02.11.2026');
    expect(parseDayInput('2/11/2026')).toBe('2026-11-02');
    expect(parseDayInput(' 13-11-2026 ')).toBe('2026-11-13');
    expect(parseDayInput('29.02.2028')).toBe('2028-02-29');
    for (const bad of ['29/02/2026', '11/13/2026', '31/04/2026', '2026-11-02', '1/1/26', '', 'x']) {
      expect(parseDayInput(bad), bad).toBeNull();
    }
  });

  it('never throw on any text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const day = parseDayInput(text);
        if (day !== null) expect(day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        const clock = parseClockInput(text);
        if (clock !== null) expect(clock).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
      }),
    );
  });
});

describe('typed times', () => {
  it('are on 24 hours, written the ways people write them', () => {
    expect(parseClockInput('18:30')).toBe('18:30');
    expect(parseClockInput('18h30')).toBe('18:30');
    expect(parseClockInput('18 h 30')).toBe('18:30');
    expect(parseClockInput('8.05')).toBe('08:05');
    expect(parseClockInput('1830')).toBe('18:30');
    expect(parseClockInput('8h')).toBe('08:00');
    expect(parseClockInput('9')).toBe('09:00');
    for (const bad of ['24:00', '18:60', '6 PM', '18:3', '']) {
      expect(parseClockInput(bad), bad).toBeNull();
    }
  });

  it('read every HH:MM of the day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), (h, m) => {
        const text = `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
        expect(parseClockInput(text)).toBe(text);
      }),
    );
  });
});

describe('dates in sentences', () => {
  it('follow the language, in Brussels’ calendar', () => {
    const at = Date.UTC(2026, 11, 3, 23, 30); // already 4 December in Brussels
    expect(formatDate('fr', at)).toBe('04/12/2026');
    expect(formatDate('de', at)).toBe('04.12.2026');
    expect(formatDate('fr', at, 'long')).toBe('4 décembre 2026');
    expect(formatDate('nl', at, 'long')).toBe('4 december 2026');
    expect(formatDate('de', at, 'long')).toBe('4. Dezember 2026');
    expect(formatDate('en', at, 'long')).toBe('4 December 2026');
  });
});
