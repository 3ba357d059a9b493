// The one typed bridge between the renderer and its host. electron/preload.ts implements it
// (`satisfies KioskBridge`); renderer/platform/webBridge.ts implements it for a plain browser.
import type { LanguageCode } from './types';

export interface KioskConfig {
  /** Shown to staff; identifies the kiosk in logs. */
  kioskName: string;
  defaultLanguage: LanguageCode;
  /** Whether a demo roster may be seeded into an empty database (web and development only). */
  demoAllowed: boolean;
}

export interface KioskBridge {
  readonly host: 'electron' | 'web';
  appVersion(): Promise<string>;
  getConfig(): Promise<KioskConfig>;
  /** Leaves the kiosk (the Electron shell asks for an admin PIN first). */
  quit(): Promise<void>;
}
