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

export interface SavedFile {
  /** A file name without any folder, e.g. "presences-2026-11.csv". */
  name: string;
  mime: string;
  data: Uint8Array;
}

export interface KioskBridge {
  readonly host: 'electron' | 'web';
  appVersion(): Promise<string>;
  getConfig(): Promise<KioskConfig>;
  /** Leaves the kiosk (the Electron shell asks for an admin PIN first). */
  quit(): Promise<void>;
  /**
   * Saves a file the admin asked for (an export): a save dialog in the shell, a download in the
   * browser. 'cancelled' when the admin closed the dialog.
   */
  saveFile(file: SavedFile): Promise<'saved' | 'cancelled'>;
  /** Prints what the page shows for print (a badge sheet, the roll call): the system dialog. */
  print(): Promise<void>;
  /** The sync server's device token of this kiosk, or null when it is not enrolled. */
  loadDeviceToken(): Promise<string | null>;
  /**
   * Keeps the device token (null forgets it). The shell encrypts it with the OS key store and
   * refuses to keep it in plain text; the web build keeps it in localStorage (development only).
   */
  storeDeviceToken(token: string | null): Promise<void>;
}
