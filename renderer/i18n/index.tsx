import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { LanguageCode } from '../../shared/types';
import { de } from './de';
import { en } from './en';
import { fr, type MessageKey } from './fr';
import { nl } from './nl';

export type { MessageKey };
export type Translate = (key: MessageKey, params?: Record<string, string>) => string;

const dictionaries: Record<LanguageCode, Record<MessageKey, string>> = { fr, nl, de, en };

export function translate(
  language: LanguageCode,
  key: MessageKey,
  params?: Record<string, string>,
): string {
  const template = dictionaries[language][key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}

const I18nContext = createContext<{ language: LanguageCode; t: Translate }>({
  language: 'fr',
  t: (key, params) => translate('fr', key, params),
});

export function I18nProvider(props: { language: LanguageCode; children: ReactNode }) {
  const { language } = props;
  const value = useMemo(
    () => ({ language, t: ((key, params) => translate(language, key, params)) as Translate }),
    [language],
  );
  return <I18nContext.Provider value={value}>{props.children}</I18nContext.Provider>;
}

export function useI18n() {
  return useContext(I18nContext);
}
