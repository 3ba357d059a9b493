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

/** Renderer crashes the shell recovered from (reload or relaunch), kept across restarts. */
export interface CrashReport {
  count: number;
  /** Milliseconds since the epoch of the last one, or null when there was none. */
  lastAt: number | null;
  /** Chromium's reason for the last one ('crashed', 'oom', 'killed', …), or null. */
  lastReason: string | null;
}

export interface KioskBridge {
  readonly host: 'electron' | 'web';
  appVersion(): Promise<string>;
  getConfig(): Promise<KioskConfig>;
  /**
   * Leaves the kiosk. The shell refuses (rejects) unless the staff exit chord was pressed on the
   * kiosk's keyboard within the last two minutes; the renderer checks an admin's PIN before.
   */
  quit(): Promise<void>;
  /**
   * The exit prompt was closed without leaving (cancelled, timed out): the shell forgets the
   * chord, so quit() needs a new one.
   */
  cancelExit(): Promise<void>;
  /**
   * Calls back each time staff press the exit chord (Ctrl+Alt+Shift+Q): the renderer then asks
   * for an admin's PIN. Returns a function that stops listening.
   */
  onExitRequested(callback: () => void): () => void;
  /** Renderer crashes recovered from so far on this kiosk (the web build has none). */
  crashReport(): Promise<CrashReport>;
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
