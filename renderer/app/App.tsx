// Start-up and the top-level screen. Opening the database reads a few rows by key, so the kiosk
// is ready to scan in the same time with 10 events or 1,000,000.
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import type { KioskBridge, KioskConfig } from '../../shared/bridge';
import type { LanguageCode } from '../../shared/types';
import { CheckInScreen } from '../check-in/CheckInScreen';
import { WedgeScanner } from '../ui/WedgeScanner';
import { classifyStorageError, type StorageProblem } from '../db/errors';
import {
  loadCheckInSettings,
  loadKioskSettings,
  openKioskDatabase,
  type OpenedDatabase,
} from '../db/open';
import type { KioskDatabase } from '../db/schema';
import { I18nProvider, translate } from '../i18n';
import { ExitPrompt } from '../staff/ExitPrompt';
import { StaffArea } from '../staff/StaffArea';
import { StaffShell } from './StaffShell';
import { SyncProvider } from '../sync/SyncProvider';
import { useHousekeeping } from './useHousekeeping';

type Startup =
  | { phase: 'loading' }
  | { phase: 'ready'; opened: OpenedDatabase; config: KioskConfig; demo: ReactNode }
  | { phase: 'failed'; problem: StorageProblem };

/** After this long without a scan or a tap, the screen returns to the kiosk's own language. */
const LANGUAGE_RESET_MS = 60_000;
const START_RETRY_MS = 15_000;

export function App(props: {
  bridge: KioskBridge;
  /** Web build only: seeds the demo roster into an empty database, gives the badges to show. */
  demo?: (db: KioskDatabase) => Promise<ReactNode>;
}) {
  const { bridge, demo: startDemo } = props;
  const [startup, setStartup] = useState<Startup>({ phase: 'loading' });
  const [language, setLanguage] = useState<LanguageCode>('fr');
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let cancelled = false;
    (async () => {
      try {
        const config = await bridge.getConfig();
        const opened = await openKioskDatabase();
        const demo = startDemo ? await startDemo(opened.db) : null;
        if (cancelled) return;
        setLanguage(opened.kioskSettings?.defaultLanguage ?? config.defaultLanguage);
        setStartup({ phase: 'ready', opened, config, demo });
        performance.mark('accueil:ready');
      } catch (error) {
        console.error('Kiosk start-up failed', error);
        if (!cancelled) setStartup({ phase: 'failed', problem: classifyStorageError(error) });
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [bridge, startDemo, attempt]);

  // A storage failure at start-up can be passing (disk freed, lock released): try again on our
  // own, so an unattended kiosk recovers without anyone touching it.
  useEffect(() => {
    if (startup.phase !== 'failed') return;
    const timer = setTimeout(() => setAttempt((n) => n + 1), START_RETRY_MS);
    return () => clearTimeout(timer);
  }, [startup]);

  // Settings change at run time (an admin in staff mode, later a sync): read live, by key.
  const db = startup.phase === 'ready' ? startup.opened.db : null;
  const live = useLiveQuery(
    async () =>
      db && { checkIn: await loadCheckInSettings(db), kiosk: await loadKioskSettings(db) },
    [db],
  );
  useHousekeeping(db, live?.kiosk?.retentionDays);
  // The admin's choice wins over the host configuration, which only seeds a fresh kiosk.
  const defaultLanguage =
    startup.phase !== 'ready'
      ? 'fr'
      : ((live ? live.kiosk : startup.opened.kioskSettings)?.defaultLanguage ??
        startup.config.defaultLanguage);
  useEffect(() => {
    if (language === defaultLanguage) return;
    const timer = setTimeout(() => setLanguage(defaultLanguage), LANGUAGE_RESET_MS);
    return () => clearTimeout(timer);
  }, [language, defaultLanguage]);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  // The staff exit chord, caught by the host (the shell's main process, or the web bridge).
  const [exitPrompt, setExitPrompt] = useState(false);
  useEffect(() => bridge.onExitRequested(() => setExitPrompt(true)), [bridge]);
  const closeExitPrompt = useCallback(() => setExitPrompt(false), []);

  const chooseLanguage = useCallback((code: LanguageCode) => setLanguage(code), []);
  const [staffMode, setStaffMode] = useState(false);
  const openStaff = useCallback(() => setStaffMode(true), []);
  // Leaving staff mode hands the screen back to learners, in the kiosk's default language.
  const closeStaff = useCallback(() => {
    setStaffMode(false);
    setLanguage(defaultLanguage);
  }, [defaultLanguage]);

  if (startup.phase === 'loading') {
    return (
      <p className="startup" role="status">
        {translate(language, 'app.loading')}
      </p>
    );
  }
  if (startup.phase === 'failed') {
    return (
      <main className="startup startup--failed">
        <p role="alert">{translate(language, `staff.storage.${startup.problem}`)}</p>
      </main>
    );
  }
  const checkInSettings = live?.checkIn ?? startup.opened.settings;
  return (
    <I18nProvider language={language}>
      <SyncProvider db={startup.opened.db} bridge={bridge}>
        <WedgeScanner>
          {staffMode ? (
            <StaffArea
              db={startup.opened.db}
              bridge={bridge}
              settings={checkInSettings}
              onExit={closeStaff}
              shell={(staff, scan) => (
                <StaffShell db={startup.opened.db} staff={staff} bridge={bridge} scan={scan} />
              )}
            />
          ) : (
            <CheckInScreen
              db={startup.opened.db}
              settings={checkInSettings}
              onLanguage={chooseLanguage}
              onStaff={openStaff}
              persistenceWarning={bridge.host === 'electron' && !startup.opened.persisted}
            >
              {startup.demo}
            </CheckInScreen>
          )}
          {exitPrompt && (
            <ExitPrompt db={startup.opened.db} bridge={bridge} onClose={closeExitPrompt} />
          )}
        </WedgeScanner>
      </SyncProvider>
    </I18nProvider>
  );
}
