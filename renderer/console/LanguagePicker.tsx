// The page's language (French first); the choice is kept by this browser.
import { createContext, useContext } from 'react';
import { useI18n } from '../i18n';
import { LANGUAGES, type LanguageCode } from '../../shared/types';

export const LanguageChoice = createContext<(language: LanguageCode) => void>(() => {});

export function LanguagePicker() {
  const { t, language } = useI18n();
  const choose = useContext(LanguageChoice);
  return (
    <label className="console__language">
      <span>{t('console.language')}</span>
      <select value={language} onChange={(event) => choose(event.target.value as LanguageCode)}>
        {LANGUAGES.map((code) => (
          <option key={code} value={code} lang={code}>
            {t(`language.${code}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
