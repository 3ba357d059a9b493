import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { createTranslate, type ParamArgs } from '../../shared/i18n';
import type { LanguageCode } from '../../shared/types';
import { de, en, fr, nl, type MessageKey } from './messages';

export type { MessageKey };
/** Translates in the screen's language; a key's parameters are typed from its French text. */
/** A key whose message takes no parameters: what a table of labels may hold. */
export type PlainMessageKey = {
  [K in MessageKey]: ParamArgs<(typeof fr)[K]> extends [] ? K : never;
}[MessageKey];
export type Translate = <K extends MessageKey>(
  key: K,
  ...params: ParamArgs<(typeof fr)[K]>
) => string;

export const translate = createTranslate<typeof fr>({ fr, nl, de, en });

/** `translate` bound to one language: what screens receive as `t`. */
export function translatorFor(language: LanguageCode): Translate {
  return (key, ...params) => translate(language, key, ...params);
}

const I18nContext = createContext<{ language: LanguageCode; t: Translate }>({
  language: 'fr',
  t: translatorFor('fr'),
});

export function I18nProvider(props: { language: LanguageCode; children: ReactNode }) {
  const { language } = props;
  const value = useMemo(() => ({ language, t: translatorFor(language) }), [language]);
  return <I18nContext.Provider value={value}>{props.children}</I18nContext.Provider>;
}

export function useI18n() {
  return useContext(I18nContext);
}
