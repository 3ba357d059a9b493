// Main-process side of the KioskBridge. Every handler first checks who is calling: only the
// app's own top-level document may use the bridge, never a subframe or a page that somehow
// navigated elsewhere (navigation is blocked too; this is the second lock).
import type { CrashReport, KioskConfig, SavedFile } from '../shared/bridge';
import { parseSavedFile } from './save-file';
import { IPC_CHANNELS, type IpcChannel } from './channels';
import { silentLogger, type Logger } from './log';
import { isSameOrigin, requireOrigin } from './origin';

/** The part of IpcMainInvokeEvent.senderFrame the check reads. */
export interface SenderFrame {
  readonly url: string;
  readonly parent: unknown;
}

export interface InvokeEventLike {
  readonly senderFrame: SenderFrame | null;
}

/** The part of ipcMain this module uses; Electron's IpcMain satisfies it. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => unknown): void;
  removeHandler(channel: string): void;
}

export interface BridgeHandlers {
  appVersion(): string;
  getConfig(): KioskConfig;
  /** Leaves the kiosk; refuses (throws) unless the exit chord was pressed (exit-guard.ts). */
  quit(): void | Promise<void>;
  /** The exit prompt was closed without leaving: the chord's grant ends (exit-guard.ts). */
  cancelExit(): void;
  /** Receives a file already validated by parseSavedFile. */
  saveFile(file: SavedFile): Promise<'saved' | 'cancelled'>;
  print(): Promise<void>;
  loadDeviceToken(): Promise<string | null>;
  /** Receives the raw IPC argument: the token store validates it (string or null). */
  storeDeviceToken(token: unknown): Promise<void>;
  crashReport(): Promise<CrashReport>;
}

export class UntrustedSenderError extends Error {
  constructor(channel: string, reason: string) {
    super(`Refused ${channel}: ${reason}`);
    this.name = 'UntrustedSenderError';
  }
}

export function assertTrustedSender(
  event: InvokeEventLike,
  channel: string,
  appOrigin: string,
): void {
  const frame = event.senderFrame;
  // null: the frame navigated away or was destroyed while the call was in flight.
  if (frame === null) throw new UntrustedSenderError(channel, 'sender frame is gone');
  if (frame.parent !== null) throw new UntrustedSenderError(channel, 'sender is a subframe');
  if (!isSameOrigin(frame.url, appOrigin)) {
    throw new UntrustedSenderError(channel, `sender origin is not ${appOrigin}`);
  }
}

/** Registers the bridge channels; returns a function that removes them again. */
export function registerIpcHandlers(
  ipcMain: IpcMainLike,
  options: { appOrigin: string; handlers: BridgeHandlers; log?: Logger },
): () => void {
  const appOrigin = requireOrigin(options.appOrigin);
  const log = options.log ?? silentLogger;
  const { handlers } = options;

  const guarded =
    <T>(channel: IpcChannel, run: (...args: unknown[]) => T) =>
    (event: InvokeEventLike, ...args: unknown[]): T => {
      try {
        assertTrustedSender(event, channel, appOrigin);
      } catch (error) {
        log.warn(error instanceof Error ? error.message : String(error), {
          url: event.senderFrame?.url,
        });
        throw error;
      }
      return run(...args);
    };

  ipcMain.handle(
    IPC_CHANNELS.appVersion,
    guarded(IPC_CHANNELS.appVersion, () => handlers.appVersion()),
  );
  ipcMain.handle(
    IPC_CHANNELS.getConfig,
    // Forced here as well as in config.ts: the demo roster must never be seeded on a kiosk.
    guarded(IPC_CHANNELS.getConfig, () => ({ ...handlers.getConfig(), demoAllowed: false })),
  );
  ipcMain.handle(
    IPC_CHANNELS.quit,
    guarded(IPC_CHANNELS.quit, () => handlers.quit()),
  );
  ipcMain.handle(
    IPC_CHANNELS.cancelExit,
    guarded(IPC_CHANNELS.cancelExit, () => handlers.cancelExit()),
  );
  ipcMain.handle(
    IPC_CHANNELS.saveFile,
    guarded(IPC_CHANNELS.saveFile, (file) => handlers.saveFile(parseSavedFile(file))),
  );
  ipcMain.handle(
    IPC_CHANNELS.print,
    guarded(IPC_CHANNELS.print, () => handlers.print()),
  );
  ipcMain.handle(
    IPC_CHANNELS.loadDeviceToken,
    guarded(IPC_CHANNELS.loadDeviceToken, () => handlers.loadDeviceToken()),
  );
  ipcMain.handle(
    IPC_CHANNELS.storeDeviceToken,
    guarded(IPC_CHANNELS.storeDeviceToken, (token) => handlers.storeDeviceToken(token)),
  );

  ipcMain.handle(
    IPC_CHANNELS.crashReport,
    guarded(IPC_CHANNELS.crashReport, () => handlers.crashReport()),
  );

  return () => {
    for (const channel of Object.values(IPC_CHANNELS)) ipcMain.removeHandler(channel);
  };
}
