// The one contract between the renderer and its host. BRIDGE_CALLS names each renderer → main
// call's IPC channel with its arguments and result, BRIDGE_EVENTS each main → renderer signal.
// Everything else is derived from these two: the page's KioskBridge, the preload's functions
// (electron/preload.ts) and the main process's handler table (electron/ipc.ts), so a call added
// here and forgotten anywhere fails the type check. The sandboxed preload bundles this file.
import type { LanguageCode } from './types';

export interface KioskConfig {
  /** Shown to staff; identifies the kiosk in logs. */
  kioskName: string;
  defaultLanguage: LanguageCode;
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

/** A renderer → main call on its IPC channel. */
export interface BridgeCall<Args extends unknown[], Result> {
  readonly channel: `kiosk:${string}`;
  /** Never set: carries the call's arguments and result for the derived types. */
  readonly signature?: (...args: Args) => Result;
}

const call = <Args extends unknown[] = [], Result = void>(
  channel: `kiosk:${string}`,
): BridgeCall<Args, Result> => ({ channel });

export const BRIDGE_CALLS = {
  appVersion: call<[], string>('kiosk:app-version'),
  getConfig: call<[], KioskConfig>('kiosk:get-config'),
  /**
   * Leaves the kiosk. The shell refuses (rejects) unless the staff exit chord was pressed on the
   * kiosk's keyboard within the last two minutes; the renderer checks an admin's PIN before.
   */
  quit: call('kiosk:quit'),
  /**
   * The exit prompt was closed without leaving (cancelled, timed out): the shell forgets the
   * chord, so quit() needs a new one.
   */
  cancelExit: call('kiosk:cancel-exit'),
  /** Renderer crashes recovered from so far on this kiosk (the web build has none). */
  crashReport: call<[], CrashReport>('kiosk:crash-report'),
  /**
   * Saves a file the admin asked for (an export): a save dialog in the shell, a download in the
   * browser. 'cancelled' when the admin closed the dialog.
   */
  saveFile: call<[file: SavedFile], 'saved' | 'cancelled'>('kiosk:save-file'),
  /** Prints what the page shows for print (a badge sheet, the roll call): the system dialog. */
  print: call('kiosk:print'),
  /** The sync server's device token of this kiosk, or null when it is not enrolled. */
  loadDeviceToken: call<[], string | null>('kiosk:load-device-token'),
  /**
   * Keeps the device token (null forgets it). The shell encrypts it with the OS key store and
   * refuses to keep it in plain text; the web build keeps it in localStorage (development only).
   */
  storeDeviceToken: call<[token: string | null]>('kiosk:store-device-token'),
  /**
   * Whether this kiosk has a one-time set-up code (shared/setup-code.ts) in its configuration.
   * Without one, a kiosk with no staff yet offers no staff area: nobody can make themselves its
   * first admin. The code itself never leaves the shell.
   */
  setupState: call<[], 'ready' | 'missing'>('kiosk:setup-state'),
  /** Whether `code` is the kiosk's set-up code (false when it has none). */
  checkSetupCode: call<[code: string], boolean>('kiosk:check-setup-code'),
};

/**
 * Main → renderer signals (webContents.send), without payload: the page's callback is called
 * with nothing, never with the IPC event. Each becomes `on<Name>(callback)` on the bridge.
 */
export const BRIDGE_EVENTS = {
  /** Staff pressed the exit chord (Ctrl+Alt+Shift+Q): the renderer asks for an admin's PIN. */
  exitRequested: 'kiosk:exit-requested',
} as const;

type Calls = typeof BRIDGE_CALLS;
export type CallName = keyof Calls;
type Signature<K extends CallName> = NonNullable<Calls[K]['signature']>;
export type CallArgs<K extends CallName> = Parameters<Signature<K>>;
export type CallResult<K extends CallName> = ReturnType<Signature<K>>;

export type EventName = keyof typeof BRIDGE_EVENTS;
export type ListenerName<K extends EventName = EventName> = `on${Capitalize<K>}`;

export function listenerName<K extends EventName>(event: K): ListenerName<K> {
  return `on${event.charAt(0).toUpperCase()}${event.slice(1)}` as ListenerName<K>;
}

/** The page's side of each call: the same arguments, the result once the host answers. */
export type BridgeCalls = {
  [K in keyof Calls]: (...args: CallArgs<K>) => Promise<CallResult<K>>;
};

/** The page's side of each event: listens, and returns a function that stops listening. */
export type BridgeListeners = {
  [K in EventName as ListenerName<K>]: (callback: () => void) => () => void;
};

/** What the renderer talks to its host through: the preload's in Electron, a stand-in in a browser. */
export interface KioskBridge extends BridgeCalls, BridgeListeners {
  readonly host: 'electron' | 'web';
}
