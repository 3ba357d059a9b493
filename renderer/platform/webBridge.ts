// The KioskBridge for a plain browser: development, the e2e tests and the benchmarks run the
// renderer this way. Same interface as electron/preload.ts, checked by the type checker.
import type { KioskBridge, KioskConfig } from '../../shared/bridge';
import { LANGUAGES, type LanguageCode } from '../../shared/types';

export function createWebBridge(location: Pick<Location, 'search'>): KioskBridge {
  const params = new URLSearchParams(location.search);
  const lang = params.get('lang');
  const config: KioskConfig = {
    kioskName: 'Accueil (navigateur)',
    defaultLanguage: LANGUAGES.includes(lang as LanguageCode) ? (lang as LanguageCode) : 'fr',
    demoAllowed: params.get('demo') !== 'off',
  };
  return {
    host: 'web',
    appVersion: async () => import.meta.env.VITE_APP_VERSION ?? 'dev',
    getConfig: async () => config,
    quit: async () => window.close(),
  } satisfies KioskBridge;
}

declare global {
  interface Window {
    /** Set by electron/preload.ts inside the Electron shell. */
    kiosk?: KioskBridge;
  }
}

export function getBridge(): KioskBridge {
  return window.kiosk ?? createWebBridge(window.location);
}
