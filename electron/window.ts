// The one kiosk window. Security-relevant webPreferences are spelt out even where they match
// Electron's defaults, so a future default change or a careless edit shows up in review and tests.
import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';

export interface KioskWindowConfig {
  /** Absolute path of the bundled preload (dist-electron/preload.cjs). */
  preloadPath: string;
  /** Packaged build: locks the window in kiosk mode and removes DevTools. */
  production: boolean;
}

export const KIOSK_BACKGROUND = '#ffffff';

export function kioskWindowOptions(opts: KioskWindowConfig): BrowserWindowConstructorOptions {
  return {
    title: 'Accueil',
    // Kiosk mode blocks leaving the window; developers keep an ordinary fullscreen window.
    kiosk: opts.production,
    fullscreen: true,
    autoHideMenuBar: true,
    backgroundColor: KIOSK_BACKGROUND,
    // Shown on 'ready-to-show' so the screen never flashes an empty frame.
    show: false,
    webPreferences: {
      preload: opts.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      devTools: !opts.production,
      spellcheck: false,
      // The scan sound plays without a user gesture (a badge shown to the camera is not one).
      autoplayPolicy: 'no-user-gesture-required',
      // Scanning must keep its pace even if the OS reports the window as occluded.
      backgroundThrottling: false,
    },
  };
}

/** The part of a BrowserWindow this module touches; fakes implement just this. */
export interface KioskWindowLike {
  once(event: 'ready-to-show', listener: () => void): unknown;
  show(): void;
  focus(): void;
}

export type WindowConstructor<W> = new (options: BrowserWindowConstructorOptions) => W;

export function createKioskWindow<W extends KioskWindowLike = BrowserWindow>(
  BrowserWindowCtor: WindowConstructor<W>,
  opts: KioskWindowConfig,
): W {
  const win = new BrowserWindowCtor(kioskWindowOptions(opts));
  win.once('ready-to-show', () => {
    win.show();
    win.focus();
  });
  return win;
}
