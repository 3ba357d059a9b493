import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../shared/types';
import { describeResult } from '../../renderer/check-in/describe';
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
    expect(translate('fr', 'result.welcome.title', { name: 'Léa' })).toBe('Bonjour Léa !');
    expect(translate('nl', 'result.welcome.title', {})).toBe('Hallo {name}!');
  });
});

describe('describeResult', () => {
  const at = Date.UTC(2026, 10, 25, 13, 2); // 14:02 in Brussels
  it('greets by first name at the Brussels time, in the learner’s language when known', () => {
    const fr = describeResult(
      { outcome: 'welcome', learner: { firstName: 'Léa', language: null }, at },
      'fr',
    );
    expect(fr).toMatchObject({ tone: 'success', title: 'Bonjour Léa !', language: 'fr' });
    expect(fr.detail).toContain('14:02');
    const de = describeResult(
      { outcome: 'already-in', learner: { firstName: 'Jan', language: 'de' }, since: at },
      'fr',
    );
    expect(de).toMatchObject({ tone: 'info', title: 'Du bist schon da, Jan!', language: 'de' });
    expect(de.detail).toContain('14:02');
  });
  it('gives every refusal a problem tone and a message that says what to do', () => {
    for (const language of LANGUAGES) {
      for (const outcome of ['unknown', 'revoked', 'archived'] as const) {
        const view = describeResult({ outcome }, language);
        expect(view.tone).toBe('problem');
        expect(view.detail.length).toBeGreaterThan(20);
      }
      expect(describeResult({ outcome: 'unreadable', problem: 'bad-check' }, language).tone).toBe(
        'problem',
      );
      expect(describeResult({ outcome: 'error', problem: 'quota' }, language).tone).toBe('problem');
    }
  });
  it('gives the camera’s hint (a code it sees but cannot read) a problem tone and what to do', () => {
    expect(describeResult({ outcome: 'hint' }, 'fr')).toMatchObject({
      tone: 'problem',
      title: 'Incline un peu ton badge',
      language: 'fr',
    });
    for (const language of LANGUAGES) {
      const view = describeResult({ outcome: 'hint' }, language);
      expect(view.tone).toBe('problem');
      expect(view.detail.length).toBeGreaterThan(20);
    }
  });
});
