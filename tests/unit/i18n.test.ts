import { describe, expect, it } from 'vitest';
import { translate } from '../../renderer/i18n';
import { fr } from '../../renderer/i18n/fr';
import { nl } from '../../renderer/i18n/nl';
import { de } from '../../renderer/i18n/de';
import { en } from '../../renderer/i18n/en';

describe('i18n', () => {
  it('has every French key in every language, with the same placeholders', () => {
    for (const dictionary of [nl, de, en]) {
      expect(Object.keys(dictionary).sort()).toEqual(Object.keys(fr).sort());
      for (const [key, text] of Object.entries(fr)) {
        const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
        expect(placeholders(dictionary[key as keyof typeof fr]), key).toEqual(placeholders(text));
        expect(dictionary[key as keyof typeof fr].trim(), key).not.toBe('');
      }
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('fr', 'result.welcome.title', { name: 'Léa' })).toBe('Bonjour Léa\u202f!');
    expect(translate('nl', 'result.welcome.title', {})).toBe('Hallo {name}!');
  });
});
