// validateEvent for settings-changed (the whole KioskSettings, by staff only), and
// validateKioskSettings, which the kiosk also uses on its stored settings row.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_KIOSK_SETTINGS } from '../../../shared/types';
import { validateEvent, validateKioskSettings } from '../../../shared/validate';
import { dayHoursArb, idFor, kioskSettingsArb, mutate } from './helpers';

const settingsChanged = {
  id: idFor(1),
  kioskId: 'kiosk-1',
  seq: 4,
  at: Date.UTC(2026, 8, 2, 15, 30),
  actor: { kind: 'staff', staffId: 'S1' },
  type: 'settings-changed',
  settings: {
    kioskName: 'Accueil — rez-de-chaussée',
    mode: 'in-and-out',
    cooldownMs: 5 * 60_000,
    defaultLanguage: 'nl',
    openingHours: [
      null,
      { opens: '16:00', closes: '20:00' },
      { opens: '13:00', closes: '20:00' },
      { opens: '16:00', closes: '20:00' },
      { opens: '16:00', closes: '20:00' },
      { opens: '10:00', closes: '18:00' },
      null,
    ],
    retentionDays: 400,
  },
} as const;

function errorsOf(input: unknown): string[] {
  const result = validateEvent(input);
  return result.ok ? [] : result.errors;
}

const BAD: [string, unknown[]][] = [
  ['settings', [undefined, null, 'in-and-out', [], {}]],
  ['settings.kioskName', [undefined, '', '   ', 'x'.repeat(65), 'a\nb', 'bell\u0007', 7, null]],
  ['settings.mode', [undefined, 'in-out', 'IN-AND-OUT', '', 1, null]],
  ['settings.cooldownMs', [undefined, -1, 24 * 3_600_000 + 1, 1.5, '600000', NaN, Infinity, null]],
  ['settings.defaultLanguage', [undefined, 'es', 'FR', 'fr-BE', null, 0]],
  [
    'settings.openingHours',
    [undefined, null, {}, [], Array(7).fill(null).slice(1), Array(8).fill(null), 'none'],
  ],
  ['settings.openingHours.1', [undefined, {}, [], '16:00-20:00', { opens: '16:00' }]],
  [
    'settings.openingHours.1.opens',
    [undefined, '', '4:00', '16:0', '24:00', '16:60', '16:00:00', ' 16:00', 1600],
  ],
  ['settings.openingHours.1.closes', [undefined, '16:00', '15:59', '25:00', 'midi', 2000]],
  ['settings.openingHours.1.note', ['late opening']],
  ['settings.retentionDays', [undefined, 29, 3651, 365.5, '365', NaN, null, -30]],
  ['settings.purge', [true]],
  ['actor', [{ kind: 'kiosk' }, { kind: 'learner', learnerId: 'L1' }, { kind: 'staff' }]],
];

describe('validateEvent: settings-changed', () => {
  it('accepts a valid event, and the defaults', () => {
    expect(validateEvent(settingsChanged)).toEqual({ ok: true, event: settingsChanged });
    const defaults = { ...settingsChanged, settings: DEFAULT_KIOSK_SETTINGS };
    expect(validateEvent(defaults)).toEqual({ ok: true, event: defaults });
  });

  it('refuses each bad field, naming its path', () => {
    for (const [path, values] of BAD) {
      for (const value of values) {
        const errors = errorsOf(mutate(settingsChanged, path, value));
        const name = `${path} = ${JSON.stringify(value)}`;
        // Array indexes show as [1] in messages.
        const shown = path.replace(/\.(\d+)/g, '[$1]');
        expect(errors.length, name).toBeGreaterThan(0);
        expect(
          errors.some((e) => e.startsWith(shown)),
          `${name}: ${errors.join('; ')}`,
        ).toBe(true);
      }
    }
  });

  it('accepts the limits and says why a day is refused', () => {
    for (const [path, value] of [
      ['settings.cooldownMs', 0],
      ['settings.cooldownMs', 24 * 3_600_000],
      ['settings.retentionDays', 30],
      ['settings.retentionDays', 3650],
      ['settings.kioskName', 'é'.repeat(64)],
      ['settings.openingHours.0', { opens: '00:00', closes: '23:59' }],
    ] as const) {
      expect(validateEvent(mutate(settingsChanged, path, value)).ok, path).toBe(true);
    }
    expect(errorsOf(mutate(settingsChanged, 'settings.openingHours.2.closes', '13:00'))).toEqual([
      'settings.openingHours[2].closes: expected a time after opens',
    ]);
    expect(errorsOf(mutate(settingsChanged, 'settings.openingHours.2.opens', '1:00'))).toEqual([
      'settings.openingHours[2].opens: expected a time HH:MM',
    ]);
    expect(errorsOf(mutate(settingsChanged, 'actor', { kind: 'kiosk' }))).toEqual([
      'actor: expected staff',
    ]);
    // A hole in the week is refused like an undefined day.
    const holes = [...settingsChanged.settings.openingHours] as unknown[];
    delete holes[3];
    expect(errorsOf(mutate(settingsChanged, 'settings.openingHours', holes))).toEqual([
      'settings.openingHours[3]: expected an object',
    ]);
  });

  it('accepts generated settings, and rebuilds them as separate objects', () => {
    fc.assert(
      fc.property(kioskSettingsArb, (settings) => {
        const event = { ...settingsChanged, settings };
        const result = validateEvent(event);
        expect(result).toEqual({ ok: true, event });
        if (result.ok && result.event.type === 'settings-changed') {
          expect(result.event.settings).not.toBe(settings);
          expect(result.event.settings.openingHours).not.toBe(settings.openingHours);
        }
      }),
    );
  });

  it('refuses any day whose hours are not in order', () => {
    fc.assert(
      fc.property(dayHoursArb, fc.integer({ min: 0, max: 6 }), (day, i) => {
        fc.pre(day !== null);
        const backwards = { opens: day!.closes, closes: day!.opens };
        const event = mutate(settingsChanged, `settings.openingHours.${i}`, backwards);
        expect(errorsOf(event)).toEqual([
          `settings.openingHours[${i}].closes: expected a time after opens`,
        ]);
      }),
    );
  });
});

describe('validateKioskSettings', () => {
  it('checks stored settings by the same rules, and never throws', () => {
    expect(validateKioskSettings(settingsChanged.settings)).toEqual({
      ok: true,
      settings: settingsChanged.settings,
    });
    expect(validateKioskSettings({ ...DEFAULT_KIOSK_SETTINGS, mode: 'x' })).toEqual({
      ok: false,
      errors: ['settings.mode: expected one of check-in-only, in-and-out'],
    });
    const throwing = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('boom');
        },
      },
    );
    for (const odd of [undefined, null, 1, 'settings', [], throwing]) {
      expect(validateKioskSettings(odd).ok).toBe(false);
    }
  });
});
