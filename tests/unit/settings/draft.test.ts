// The settings form's rules: what an admin may type, and that saved settings come back unchanged.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_KIOSK_SETTINGS } from '../../../shared/types';
import { validateKioskSettings } from '../../../shared/validate';
import {
  draftOf,
  parseDraft,
  sameSettings,
  type SettingsDraft,
} from '../../../renderer/admin/settings/draft';
import { kioskSettingsArb } from '../shared/helpers';

const base = draftOf(DEFAULT_KIOSK_SETTINGS);
const problemsOf = (change: Partial<SettingsDraft>) => {
  const parsed = parseDraft({ ...base, ...change });
  return parsed.ok ? [] : parsed.problems;
};
const withDay = (i: number, opens: string, closes: string, open = true) =>
  base.days.map((d, j) => (j === i ? { open, opens, closes } : d));

describe('settings form', () => {
  it('gives back what it was given, for any valid settings', () => {
    fc.assert(
      fc.property(kioskSettingsArb, fc.integer({ min: 0, max: 144_000 }), (settings, cents) => {
        // The form shows minutes with two decimals at most, and a trimmed name.
        fc.pre(settings.kioskName === settings.kioskName.trim());
        const shown = { ...settings, cooldownMs: cents * 600 };
        const parsed = parseDraft(draftOf(shown));
        expect(parsed).toEqual({ ok: true, settings: shown });
        if (parsed.ok) expect(sameSettings(parsed.settings, shown)).toBe(true);
      }),
    );
  });

  it('reads the cool-down in minutes, with a comma or a dot', () => {
    const cooldown = (text: string) => {
      const parsed = parseDraft({ ...base, cooldownMinutes: text });
      return parsed.ok ? parsed.settings.cooldownMs : null;
    };
    expect(cooldown('0')).toBe(0);
    expect(cooldown(' 10 ')).toBe(600_000);
    expect(cooldown('2,5')).toBe(150_000);
    expect(cooldown('2.5')).toBe(150_000);
    expect(cooldown('1440')).toBe(24 * 3_600_000);
    for (const bad of ['', '1441', '-1', 'dix', '1e3', '2,555', '0x10', '10 min']) {
      expect(cooldown(bad), bad).toBeNull();
    }
  });

  it('refuses a blank or too long name, and a retention outside 30–3650 whole days', () => {
    expect(problemsOf({ kioskName: '   ' })).toEqual(['kioskName']);
    expect(problemsOf({ kioskName: 'x'.repeat(65) })).toEqual(['kioskName']);
    expect(problemsOf({ kioskName: `  ${'x'.repeat(64)}  ` })).toEqual([]);
    for (const bad of ['29', '3651', '365.5', '', 'un an', '-30']) {
      expect(problemsOf({ retentionDays: bad }), bad).toEqual(['retention']);
    }
    expect(problemsOf({ retentionDays: '30' })).toEqual([]);
  });

  it('wants an opening before the closing on open days only, and names every bad field', () => {
    expect(problemsOf({ days: withDay(2, '20:00', '13:00') })).toEqual(['day-2']);
    expect(problemsOf({ days: withDay(2, '13:00', '13:00') })).toEqual(['day-2']);
    expect(problemsOf({ days: withDay(2, '', '20:00') })).toEqual(['day-2']);
    // A closed day's leftover times do not matter.
    expect(problemsOf({ days: withDay(2, '20:00', '', false) })).toEqual([]);
    expect(problemsOf({ kioskName: '', cooldownMinutes: 'x', days: withDay(6, 'a', 'b') })).toEqual(
      ['kioskName', 'cooldown', 'day-6'],
    );
    // Time fields in some browsers add seconds.
    const parsed = parseDraft({ ...base, days: withDay(0, '16:00:00', '20:00:00') });
    expect(parsed.ok && parsed.settings.openingHours[0]).toEqual({
      opens: '16:00',
      closes: '20:00',
    });
  });

  it('only ever produces settings the event validator accepts', () => {
    const text = fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('10', '2,5', '30', '23:59'));
    fc.assert(
      fc.property(text, text, text, text, fc.boolean(), (name, minutes, days, clock, open) => {
        const parsed = parseDraft({
          ...base,
          kioskName: name,
          cooldownMinutes: minutes,
          retentionDays: days,
          days: withDay(1, '00:00', clock, open),
        });
        if (parsed.ok) expect(validateKioskSettings(parsed.settings).ok).toBe(true);
      }),
    );
  });

  it('tells unchanged settings apart from changed ones', () => {
    const copy = structuredClone(DEFAULT_KIOSK_SETTINGS);
    expect(sameSettings(DEFAULT_KIOSK_SETTINGS, copy)).toBe(true);
    expect(sameSettings(DEFAULT_KIOSK_SETTINGS, { ...copy, retentionDays: 366 })).toBe(false);
    const hours = [...copy.openingHours];
    hours[4] = { opens: '16:00', closes: '20:00' };
    expect(sameSettings(DEFAULT_KIOSK_SETTINGS, { ...copy, openingHours: hours })).toBe(false);
  });
});
