import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { createTranslate, formatMessage, LOCALES, type ParamsOf } from '../../../shared/i18n';

const NNBSP = '\u202f';

describe('formatMessage', () => {
  it('fills placeholders and writes numbers in the language’s locale', () => {
    expect(formatMessage('fr', 'Bonjour {name} !', { name: 'Léa' })).toBe('Bonjour Léa !');
    expect(formatMessage('fr', '{count} lignes', { count: 12500 })).toBe(`12${NNBSP}500 lignes`);
    expect(formatMessage('en', '{count} rows', { count: 12500 })).toBe('12,500 rows');
    expect(formatMessage('de', '{count} Zeilen', { count: 12500 })).toBe('12.500 Zeilen');
  });

  it('chooses the plural form by the language’s rules', () => {
    const fr = '{count, plural, one {# erreur} other {# erreurs}}';
    expect(formatMessage('fr', fr, { count: 0 })).toBe('0 erreur');
    expect(formatMessage('fr', fr, { count: 1 })).toBe('1 erreur');
    expect(formatMessage('fr', fr, { count: 2 })).toBe('2 erreurs');
    const en = '{count, plural, one {# error} other {# errors}}';
    expect(formatMessage('en', en, { count: 0 })).toBe('0 errors');
    expect(formatMessage('en', en, { count: 1 })).toBe('1 error');
    // French says "many" for round millions: without a "many" branch, "other" is used.
    expect(formatMessage('fr', fr, { count: 1_000_000 })).toBe(`1${NNBSP}000${NNBSP}000 erreurs`);
  });

  it('takes exact branches, several plurals and placeholders inside branches', () => {
    const template =
      '{n, plural, =0 {aucun badge} one {# badge de {name}} other {# badges de {name}}}, {m, plural, one {# ligne} other {# lignes}}';
    expect(formatMessage('fr', template, { n: 0, m: 1, name: 'Léa' })).toBe('aucun badge, 1 ligne');
    expect(formatMessage('fr', template, { n: 1, m: 3, name: 'Léa' })).toBe(
      '1 badge de Léa, 3 lignes',
    );
    expect(formatMessage('fr', template, { n: 4, m: 0, name: 'Léa' })).toBe(
      '4 badges de Léa, 0 ligne',
    );
  });

  it('leaves a missing parameter visible instead of printing nothing', () => {
    expect(formatMessage('nl', 'Hallo {name}!', {})).toBe('Hallo {name}!');
    expect(formatMessage('en', 'Import ({count, plural, one {# record} other {# records}})')).toBe(
      'Import ({count, plural, one {# record} other {# records}})',
    );
  });

  it('returns text without arguments as it is, whatever the parameters', () => {
    fc.assert(
      fc.property(
        fc.string().filter((s) => !s.includes('{')),
        fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.integer())),
        (text, params) => formatMessage('fr', text, params) === text,
      ),
    );
  });

  it('puts any value in place of a placeholder, once, and never reads it as a template', () => {
    fc.assert(
      fc.property(
        fc.string().filter((s) => !s.includes('{')),
        fc.string(),
        fc.string().filter((s) => !s.includes('{')),
        (before, value, after) =>
          formatMessage('en', `${before}{v}${after}`, { v: value }) === before + value + after,
      ),
    );
  });

  it('never throws on malformed templates', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom('{', '}', '#', ',', ' ', 'a', 'n', 'plural', 'one', '=1'),
        }),
        fc.integer(),
        (template, n) => typeof formatMessage('fr', template, { n, a: n }) === 'string',
      ),
    );
  });

  it('has one locale per language, Belgian where Belgium speaks it', () => {
    expect(LOCALES).toEqual({ fr: 'fr-BE', nl: 'nl-BE', de: 'de-BE', en: 'en-GB' });
  });
});

describe('typed parameters', () => {
  it('reads each parameter and its kind from the source text', () => {
    expectTypeOf<ParamsOf<'Bonjour {name} !'>>().toEqualTypeOf<{ name: string | number }>();
    expectTypeOf<
      ParamsOf<'{count, plural, one {# erreur} other {# erreurs}} pour {who}'>
    >().toEqualTypeOf<{ count: number; who: string | number }>();
    expectTypeOf<
      ParamsOf<'{n, plural, =0 {aucun} one {# de {name}} other {# de {name}}}'>
    >().toEqualTypeOf<{ n: number; name: string | number }>();
    expectTypeOf<ParamsOf<'Sans paramètre'>>().toEqualTypeOf<Record<never, never>>();
  });

  it('refuses a missing, misspelt or mistyped parameter at compile time', () => {
    const source = {
      hello: 'Bonjour {name} !',
      errors: '{count, plural, one {# erreur} other {# erreurs}}',
      plain: 'Rien',
    } as const;
    const translate = createTranslate<typeof source>({
      fr: source,
      nl: source,
      de: source,
      en: source,
    });
    expect(translate('fr', 'hello', { name: 'Léa' })).toBe('Bonjour Léa !');
    expect(translate('fr', 'errors', { count: 2 })).toBe('2 erreurs');
    expect(translate('fr', 'plain')).toBe('Rien');
    // @ts-expect-error: the parameter is missing
    translate('fr', 'hello');
    // @ts-expect-error: the parameter is misspelt
    translate('fr', 'hello', { nom: 'Léa' });
    // @ts-expect-error: a plural's selector is a number
    translate('fr', 'errors', { count: '2' });
    // @ts-expect-error: a message without parameters takes none
    translate('fr', 'plain', { count: 1 });
  });
});
