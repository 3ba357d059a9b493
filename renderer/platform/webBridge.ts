// The KioskBridge for a plain browser: development, the e2e tests and the benchmarks run the
// renderer this way. Same contract as electron/preload.ts, checked by the type checker. Only the
// web build bundles it (renderer/platform/web.tsx): the kiosk build has no fallback on it.
import type { KioskBridge, KioskConfig } from '../../shared/bridge';
import { setupCodeMatches } from '../../shared/setup-code';
import { LANGUAGES, type LanguageCode } from '../../shared/types';

const DEVICE_TOKEN_KEY = 'accueil.device-token';
/**
 * The web build's one-time set-up code (development, demo and e2e tests): what an installation
 * writes to a kiosk's configuration. Said in the console and in the README; `?setup=none` stands
 * for a kiosk whose configuration has none.
 */
export const WEB_SETUP_CODE = 'ACCUEIL-DEMO';
/** Dispatched on window by quit(): the e2e tests' way to see the kiosk asked to leave. */
export const WEB_QUIT_EVENT = 'accueil:quit-requested';
/** Dispatched on window by cancelExit(): the exit prompt closed without leaving. */
export const WEB_EXIT_CANCELLED_EVENT = 'accueil:exit-cancelled';

/**
 * The staff exit chord, Ctrl+Alt+Shift+Q. The shell catches it in the main process where the page
 * cannot fake it (electron/exit-guard.ts); a browser has no such place, so a keydown listener
 * stands in for it, for development and the e2e tests.
 */
export function isExitChordEvent(event: KeyboardEvent): boolean {
  return (
    event.ctrlKey &&
    event.altKey &&
    event.shiftKey &&
    !event.metaKey &&
    !event.repeat &&
    (event.key.toLowerCase() === 'q' || event.code === 'KeyQ')
  );
}

export function createWebBridge(location: Pick<Location, 'search'>): KioskBridge {
  const query = new URLSearchParams(location.search);
  const lang = query.get('lang');
  const setupCode = query.get('setup') === 'none' ? null : WEB_SETUP_CODE;
  if (setupCode) console.info(`Accueil (navigateur) : code de mise en service ${setupCode}`);
  const config: KioskConfig = {
    kioskName: 'Accueil (navigateur)',
    defaultLanguage: LANGUAGES.includes(lang as LanguageCode) ? (lang as LanguageCode) : 'fr',
  };
  return {
    host: 'web',
    appVersion: async () => import.meta.env.VITE_APP_VERSION ?? 'dev',
    getConfig: async () => config,
    quit: async () => {
      window.dispatchEvent(new CustomEvent(WEB_QUIT_EVENT));
      window.close();
    },
    // No grant to withdraw in a browser (nothing refuses quit there): the e2e tests see the call.
    cancelExit: async () => {
      window.dispatchEvent(new CustomEvent(WEB_EXIT_CANCELLED_EVENT));
    },
    onExitRequested: (callback) => {
      const listener = (event: KeyboardEvent) => {
        if (!isExitChordEvent(event)) return;
        event.preventDefault();
        callback();
      };
      // Capture: seen before any screen's own key handling (the scanner listener included).
      window.addEventListener('keydown', listener, { capture: true });
      return () => window.removeEventListener('keydown', listener, { capture: true });
    },
    crashReport: async () => ({ count: 0, lastAt: null, lastReason: null }),
    saveFile: async (file) => {
      const url = URL.createObjectURL(
        new Blob([file.data as Uint8Array<ArrayBuffer>], { type: file.mime }),
      );
      const link = document.createElement('a');
      link.href = url;
      link.download = file.name;
      link.click();
      // The download has started from the URL; it can go once this task is done.
      setTimeout(() => URL.revokeObjectURL(url), 0);
      return 'saved';
    },
    print: async () => window.print(),
    // Development and tests only: localStorage is plain text readable by any script of the
    // origin. The Electron shell keeps the token encrypted by the OS key store instead.
    loadDeviceToken: async () => localStorage.getItem(DEVICE_TOKEN_KEY),
    storeDeviceToken: async (token) => {
      if (token === null) localStorage.removeItem(DEVICE_TOKEN_KEY);
      else localStorage.setItem(DEVICE_TOKEN_KEY, token);
    },
    setupState: async () => (setupCode ? 'ready' : 'missing'),
    checkSetupCode: async (code) => setupCode !== null && setupCodeMatches(setupCode, code),
  } satisfies KioskBridge;
}
