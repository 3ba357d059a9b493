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
