// What each scan outcome looks and sounds like: its category, its words and its tones.
import { describe, expect, it } from 'vitest';
import {
  CATEGORIES,
  describeResult,
  displayMs,
  type Category,
} from '../../../renderer/check-in/describe';
import { SOUNDS } from '../../../renderer/check-in/sound';
import { LANGUAGES } from '../../../shared/types';

const NNBSP = '\u202f';
const arrivedAt = Date.UTC(2026, 10, 25, 13, 2); // 14:02 in Brussels
const lea = { firstName: 'Léa', language: null };
const inAndOut = { language: 'fr', mode: 'in-and-out', now: arrivedAt } as const;

describe('outcome categories', () => {
  it('puts each outcome in one category', () => {
    expect(CATEGORIES).toEqual({
      welcome: 'arrival',
      goodbye: 'departure',
      'already-in': 'info',
      'already-out': 'info',
      unreadable: 'retry',
      hint: 'retry',
      unknown: 'reception',
      revoked: 'reception',
      archived: 'reception',
      error: 'error',
    });
  });

  it('gives every category its own tones', () => {
    const categories = Object.keys(SOUNDS) as Category[];
    expect(categories.sort()).toEqual(
      ['arrival', 'departure', 'error', 'info', 'reception', 'retry'].sort(),
    );
    const tunes = categories.map((c) => JSON.stringify(SOUNDS[c]));
    expect(new Set(tunes).size).toBe(categories.length);
    for (const c of categories) expect(SOUNDS[c].length, c).toBeGreaterThan(0);
  });

  it('keeps problems on screen longer than greetings', () => {
    expect(displayMs('reception')).toBeGreaterThan(displayMs('arrival'));
    expect(displayMs('error')).toBeGreaterThan(displayMs('info'));
  });
});

describe('describeResult', () => {
  it('splits the title around the first name, which the card draws largest', () => {
    const view = describeResult({ outcome: 'welcome', learner: lea, at: arrivedAt }, inAndOut);
    expect(view).toMatchObject({
      category: 'arrival',
      title: `Bonjour Léa${NNBSP}!`,
      name: { before: 'Bonjour ', name: 'Léa', after: `${NNBSP}!` },
      action: null,
      language: 'fr',
    });
    expect(view.detail).toContain('14:02');
  });

  it('says "try again" to a misread code and "go to reception" to a refused badge, in every language', () => {
    for (const language of LANGUAGES) {
      const context = { ...inAndOut, language };
      const retry = describeResult({ outcome: 'unreadable', problem: 'bad-check' }, context);
      expect(retry.category).toBe('retry');
      expect(retry.name).toBeNull();
      const reception = (['unknown', 'revoked', 'archived'] as const).map((outcome) =>
        describeResult({ outcome }, context),
      );
      for (const view of reception) {
        expect(view.category).toBe('reception');
        expect(view.action).toBe(reception[0]!.action);
        expect(view.detail.length).toBeGreaterThan(15);
      }
      expect(retry.action).toBeTruthy();
      expect(reception[0]!.action).toBeTruthy();
      expect(retry.action).not.toBe(reception[0]!.action);
      const error = describeResult({ outcome: 'error', problem: 'quota' }, context);
      expect(error.category).toBe('error');
      expect(error.action).toBe(retry.action);
    }
    const fr = describeResult({ outcome: 'unreadable', problem: 'bad-check' }, inAndOut);
    expect(fr.action).toBe('Réessaie');
    expect(describeResult({ outcome: 'revoked' }, inAndOut).action).toBe('Passe à l’accueil');
  });

  it('in arrivals-only mode, answers a repeat scan with the arrival time and a wish by the clock', () => {
    const repeat = { outcome: 'already-in', learner: lea, since: arrivedAt } as const;
    const checkInOnly = { language: 'fr', mode: 'check-in-only' } as const;
    const afternoon = describeResult(repeat, { ...checkInOnly, now: arrivedAt + 3_600_000 });
    expect(afternoon).toMatchObject({ category: 'info', title: `Bonne séance, Léa${NNBSP}!` });
    expect(afternoon.detail).toBe('Ton arrivée a été enregistrée à 14:02.');
    const evening = describeResult(repeat, { ...checkInOnly, now: arrivedAt + 4.5 * 3_600_000 });
    expect(evening.title).toBe(`Bonne soirée, Léa${NNBSP}!`);
    expect(evening.detail).toContain('14:02');
    // With departures, a scan within the cool-down is still "you are already here".
    expect(describeResult(repeat, inAndOut).title).toBe(`Tu es déjà là, Léa${NNBSP}!`);
    for (const language of LANGUAGES) {
      const view = describeResult(
        { ...repeat, learner: { firstName: 'Léa', language } },
        { ...checkInOnly, now: arrivedAt + 3_600_000 },
      );
      expect(view.name?.name, language).toBe('Léa');
      expect(view.detail, language).toContain('14:02');
      expect(view.language).toBe(language);
    }
  });
});
