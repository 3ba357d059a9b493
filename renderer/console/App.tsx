// The console page: its language, then either the first admin's creation, sign-in, or the
// signed-in shell. A 401 from any request brings sign-in back, saying why.
import { useCallback, useEffect, useState } from 'react';
import { I18nProvider } from '../i18n';
import { LANGUAGES, type LanguageCode } from '../../shared/types';
import type { ConsoleSession } from '../../shared/console';
import { api, configureApi } from './api';
import { LanguageChoice } from './LanguagePicker';
import { SessionContext } from './session';
import { Shell } from './Shell';
import { SignIn, type SignInReason } from './SignIn';

const LANGUAGE_KEY = 'accueil.console.language';

function savedLanguage(): LanguageCode {
  const saved = window.localStorage.getItem(LANGUAGE_KEY);
  return LANGUAGES.find((code) => code === saved) ?? 'fr';
}

type View =
  | { kind: 'loading' }
  | { kind: 'signed-out'; setup: boolean; reason: SignInReason }
  | { kind: 'signed-in'; session: ConsoleSession };

export function ConsoleApp() {
  const [language, setLanguage] = useState(savedLanguage);
  const [view, setView] = useState<View>({ kind: 'loading' });

  const choose = useCallback((code: LanguageCode) => {
    window.localStorage.setItem(LANGUAGE_KEY, code);
    setLanguage(code);
  }, []);
  useEffect(() => {
    document.documentElement.lang = language;
    configureApi({ language });
  }, [language]);

  const signedOut = useCallback(async (reason: SignInReason) => {
    configureApi({ csrf: '' });
    const state = await api.get<{ setup: boolean }>('/auth/state').catch(() => ({ setup: false }));
    setView({ kind: 'signed-out', setup: state.setup, reason });
  }, []);
  const signedIn = useCallback((session: ConsoleSession) => {
    configureApi({ csrf: session.csrf });
    setView({ kind: 'signed-in', session });
  }, []);

  useEffect(() => {
    configureApi({
      onSignedOut: (code) => void signedOut(code === 'session-expired' ? 'expired' : 'none'),
    });
    api.get<ConsoleSession>('/session').then(signedIn, () => signedOut('none'));
  }, [signedIn, signedOut]);

  const signOut = async () => {
    await api.post('/session/sign-out').catch(() => undefined);
    await signedOut('signed-out');
  };

  return (
    <I18nProvider language={language}>
      <LanguageChoice.Provider value={choose}>
        {view.kind === 'loading' ? null : view.kind === 'signed-out' ? (
          <SignIn setup={view.setup} reason={view.reason} onSignedIn={signedIn} />
        ) : (
          <SessionContext.Provider value={view.session}>
            <Shell onSignOut={signOut} />
          </SessionContext.Provider>
        )}
      </LanguageChoice.Provider>
    </I18nProvider>
  );
}
