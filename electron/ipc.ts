// Main-process side of the KioskBridge: one handler per call of the contract (shared/bridge.ts),
// registered in one loop. Every call first checks who is calling: only the app's own top-level
// document may use the bridge, never a subframe or a page that somehow navigated elsewhere
// (navigation is blocked too; this is the second lock). Then its arguments are checked: the page
// is not trusted to send what the contract declares.
import { BRIDGE_CALLS, type CallArgs, type CallName, type CallResult } from '../shared/bridge';
import { parseDeviceToken } from './device-token';
import { silentLogger, type Logger } from './log';
import { isSameOrigin, requireOrigin } from './origin';
import { parseSavedFile } from './save-file';
import { parseTypedSetupCode } from './setup-code';

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

/** The main process's answer to each call, derived from the contract: none may be missing. */
export type BridgeHandlers = {
  [K in CallName]: (...args: CallArgs<K>) => CallResult<K> | Promise<CallResult<K>>;
};

const noArgs = (): [] => [];

/** Each call's arguments as they arrive over IPC, checked; extra arguments are ignored. */
const parseArgs: { [K in CallName]: (raw: unknown[]) => CallArgs<K> } = {
  appVersion: noArgs,
  getConfig: noArgs,
  quit: noArgs,
  cancelExit: noArgs,
  crashReport: noArgs,
  saveFile: ([file]) => [parseSavedFile(file)],
  print: noArgs,
  loadDeviceToken: noArgs,
  storeDeviceToken: ([token]) => [parseDeviceToken(token)],
  setupState: noArgs,
  checkSetupCode: ([code]) => [parseTypedSetupCode(code)],
};

const callNames = Object.keys(BRIDGE_CALLS) as CallName[];

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
  // Checked before anything is registered: a table built outside the type checker cannot leave
  // a channel answering "no handler" at run time.
  const missing = callNames.filter((name) => typeof handlers[name] !== 'function');
  if (missing.length > 0) throw new Error(`No bridge handler for ${missing.join(', ')}`);

  const answer = <K extends CallName>(name: K, raw: unknown[]) =>
    handlers[name](...parseArgs[name](raw));

  for (const name of callNames) {
    const { channel } = BRIDGE_CALLS[name];
    ipcMain.handle(channel, (event, ...raw) => {
      try {
        assertTrustedSender(event, channel, appOrigin);
      } catch (error) {
        log.warn(error instanceof Error ? error.message : String(error), {
          url: event.senderFrame?.url,
        });
        throw error;
      }
      return answer(name, raw);
    });
  }

  return () => {
    for (const name of callNames) ipcMain.removeHandler(BRIDGE_CALLS[name].channel);
  };
}
