// The signed-in console: a header (title, account, language, sign-out), the navigation built
// from the screen registry for the account's role, and the current screen.
import { useEffect, useState } from 'react';
import { useI18n } from '../i18n';
import { CONSOLE_PAGE, roleAllows } from '../../shared/console';
import { LanguagePicker } from './LanguagePicker';
import { SCREENS } from './screens';
import { useSession } from './session';

function pathOf(location: Location): string {
  return location.pathname.slice(CONSOLE_PAGE.length).replace(/^\/+|\/+$/g, '');
}

export function Shell(props: { onSignOut: () => void }) {
  const { t } = useI18n();
  const { account } = useSession();
  const screens = SCREENS.filter((screen) => roleAllows(account.role, screen.role));
  const [path, setPath] = useState(() => pathOf(window.location));
  const current = screens.find((screen) => screen.path === path) ?? screens[0]!;

  useEffect(() => {
    const back = () => setPath(pathOf(window.location));
    window.addEventListener('popstate', back);
    return () => window.removeEventListener('popstate', back);
  }, []);
  useEffect(() => {
    document.title = `${t(current.label)} — ${t('console.title')}`;
  }, [current, t]);
  // An address this account has no screen for (another role's, a mistyped one) shows the first
  // screen: the address says so too.
  useEffect(() => {
    if (current.path !== path) {
      window.history.replaceState(null, '', `${CONSOLE_PAGE}/${current.path}`);
    }
  }, [current, path]);

  const go = (to: string) => {
    window.history.pushState(null, '', `${CONSOLE_PAGE}/${to}`);
    setPath(to);
    document.getElementById('console-main')?.focus();
  };
  const Screen = current.component;
  return (
    <div className="console">
      <a className="console__skip" href="#console-main">
        {t('console.skip')}
      </a>
      <header className="console__header">
        <p className="console__title">{t('console.title')}</p>
        <p className="console__account">
          {t('console.account', { name: account.name, role: t(`console.role.${account.role}`) })}
        </p>
        <LanguagePicker />
        <button type="button" className="button" onClick={props.onSignOut}>
          {t('console.signOut')}
        </button>
      </header>
      <nav className="console__nav" aria-label={t('console.nav')}>
        <ul>
          {screens.map((screen) => (
            <li key={screen.id}>
              <a
                href={`${CONSOLE_PAGE}/${screen.path}`}
                aria-current={screen === current ? 'page' : undefined}
                onClick={(event) => {
                  event.preventDefault();
                  go(screen.path);
                }}
              >
                {t(screen.label)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main id="console-main" className="console__main" tabIndex={-1}>
        <Screen key={current.id} />
      </main>
    </div>
  );
}
