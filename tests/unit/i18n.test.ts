import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../shared/types';
import { describeResult } from '../../renderer/check-in/describe';
import { translate } from '../../renderer/i18n';
import { de, en, fr, nl } from '../../renderer/i18n/messages';

describe('i18n', () => {
  it('has every French key in every language, with the same parameters', () => {
    const names = (s: string) =>
      new Set([...s.matchAll(/\{(\w+)(?:\}|, plural,)/g)].map((m) => m[1]));
    // The French text types the parameters: a count that another language makes a plural of must
    // be a plural's selector in French too, so that the type checker asks for a number.
    const counts = (s: string) => new Set([...s.matchAll(/\{(\w+), plural,/g)].map((m) => m[1]));
    for (const dictionary of [nl, de, en]) {
      expect(Object.keys(dictionary).sort()).toEqual(Object.keys(fr).sort());
      for (const [key, text] of Object.entries(fr)) {
        const translated: string = dictionary[key as keyof typeof fr];
        expect(names(translated), key).toEqual(names(text));
        for (const count of counts(translated)) expect(counts(text), key).toContain(count);
        expect(translated.trim(), key).not.toBe('');
      }
    }
  });

  it('writes plurals as plurals, never "(s)", in every language', () => {
    // "erreur(s)", "Fehler(n)", "poging(en)", "minuut/minuten": the count chooses the word instead.
    const hack = /\p{L}\((s|e|n|en|es|x|se|sen)\)|\p{L}\/\p{L}+en\b/u;
    for (const dictionary of [fr, nl, de, en]) {
      for (const [key, text] of Object.entries(dictionary)) {
        expect(hack.test(text), `${key}: ${text}`).toBe(false);
      }
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('fr', 'result.welcome.title', { name: 'Léa' })).toBe('Bonjour Léa\u202f!');
    // @ts-expect-error: the type checker refuses a missing parameter; at run time it stays visible.
    expect(translate('nl', 'result.welcome.title', {})).toBe('Hallo {name}!');
  });
});

describe('the camera’s hint', () => {
  it('is a "try again" result with what to do, in every language', () => {
    const context = (language: (typeof LANGUAGES)[number]) => ({
      language,
      mode: 'in-and-out' as const,
      now: Date.UTC(2026, 10, 25, 13, 2),
    });
    expect(describeResult({ outcome: 'hint' }, context('fr'))).toMatchObject({
      category: 'retry',
      title: 'Incline un peu ton badge',
    });
    for (const language of LANGUAGES) {
      const view = describeResult({ outcome: 'hint' }, context(language));
      expect(view.category).toBe('retry');
      expect(view.detail.length).toBeGreaterThan(20);
    }
  });
});
