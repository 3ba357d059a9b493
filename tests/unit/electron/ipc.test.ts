import { describe, expect, it } from 'vitest';
import { IPC_CHANNELS } from '../../../electron/channels';
import {
  registerIpcHandlers,
  UntrustedSenderError,
  type BridgeHandlers,
  type InvokeEventLike,
} from '../../../electron/ipc';
import { recordingLogger } from './fakes';

type Handler = (event: InvokeEventLike, ...args: unknown[]) => unknown;

function setup() {
  const handlers = new Map<string, Handler>();
  const ipcMain = {
    handle: (channel: string, listener: Handler) => {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, listener);
    },
    removeHandler: (channel: string) => {
      handlers.delete(channel);
    },
  };
  let quits = 0;
  let cancels = 0;
  const stored: unknown[] = [];
  const bridge: BridgeHandlers = {
    appVersion: () => '1.2.3',
    getConfig: () => ({ kioskName: 'Hall', defaultLanguage: 'nl', demoAllowed: true }),
    quit: () => {
      quits += 1;
    },
    cancelExit: () => {
      cancels += 1;
    },
    saveFile: async () => 'saved',
    print: async () => undefined,
    loadDeviceToken: async () => 'k.secret',
    storeDeviceToken: async (token) => {
      stored.push(token);
    },
    crashReport: async () => ({ count: 2, lastAt: 1_700_000_000_000, lastReason: 'oom' }),
  };
  const log = recordingLogger();
  const dispose = registerIpcHandlers(ipcMain, { appOrigin: 'app://kiosk', handlers: bridge, log });
  const invoke = (channel: string, event: InvokeEventLike, ...args: unknown[]) => {
    const handler = handlers.get(channel);
    if (!handler) throw new Error(`no handler for ${channel}`);
    return handler(event, ...args);
  };
  return { handlers, invoke, dispose, log, quits: () => quits, cancels: () => cancels, stored };
}

const mainFrame = (url = 'app://kiosk/index.html'): InvokeEventLike => ({
  senderFrame: { url, parent: null },
});

describe('registerIpcHandlers', () => {
  it('registers exactly the bridge channels', () => {
    const { handlers } = setup();
    expect([...handlers.keys()].sort()).toEqual(
      [
        'kiosk:app-version',
        'kiosk:get-config',
        'kiosk:quit',
        'kiosk:cancel-exit',
        'kiosk:save-file',
        'kiosk:print',
        'kiosk:load-device-token',
        'kiosk:store-device-token',
        'kiosk:crash-report',
      ].sort(),
    );
  });

  it("answers the app's main frame", async () => {
    const { invoke, quits, cancels } = setup();
    expect(await invoke(IPC_CHANNELS.appVersion, mainFrame())).toBe('1.2.3');
    expect(await invoke(IPC_CHANNELS.getConfig, mainFrame('app://kiosk/staff'))).toEqual({
      kioskName: 'Hall',
      defaultLanguage: 'nl',
      demoAllowed: false,
    });
    await invoke(IPC_CHANNELS.quit, mainFrame());
    expect(quits()).toBe(1);
    await invoke(IPC_CHANNELS.cancelExit, mainFrame());
    expect(cancels()).toBe(1);
  });

  it('answers the crash report to the app, and to no one else', async () => {
    const { invoke } = setup();
    expect(await invoke(IPC_CHANNELS.crashReport, mainFrame())).toEqual({
      count: 2,
      lastAt: 1_700_000_000_000,
      lastReason: 'oom',
    });
    expect(() => invoke(IPC_CHANNELS.crashReport, mainFrame('https://evil.example/'))).toThrow(
      UntrustedSenderError,
    );
  });

  it('hands the device token calls to the token store', async () => {
    const { invoke, stored } = setup();
    expect(await invoke(IPC_CHANNELS.loadDeviceToken, mainFrame())).toBe('k.secret');
    await invoke(IPC_CHANNELS.storeDeviceToken, mainFrame(), 'k.other');
    await invoke(IPC_CHANNELS.storeDeviceToken, mainFrame(), null);
    expect(stored).toEqual(['k.other', null]);
    expect(() =>
      invoke(IPC_CHANNELS.storeDeviceToken, mainFrame('https://evil.example/'), 'x'),
    ).toThrow(UntrustedSenderError);
    expect(stored).toHaveLength(2);
  });

  it('refuses a foreign frame on every channel', () => {
    const { invoke, quits, log } = setup();
    for (const channel of Object.values(IPC_CHANNELS)) {
      for (const url of ['https://evil.example/', 'app://evil/index.html', 'file:///x.html', '']) {
        expect(() => invoke(channel, mainFrame(url)), `${channel} ${url}`).toThrow(
          UntrustedSenderError,
        );
      }
    }
    expect(quits()).toBe(0);
    expect(log.entries.length).toBe(4 * Object.values(IPC_CHANNELS).length);
  });

  it('refuses a subframe, even one of the app origin', () => {
    const { invoke, quits } = setup();
    const subframe: InvokeEventLike = {
      senderFrame: { url: 'app://kiosk/index.html', parent: { url: 'app://kiosk/index.html' } },
    };
    for (const channel of Object.values(IPC_CHANNELS)) {
      expect(() => invoke(channel, subframe)).toThrow(/subframe/);
    }
    expect(quits()).toBe(0);
  });

  it('refuses a sender whose frame is gone', () => {
    const { invoke } = setup();
    expect(() => invoke(IPC_CHANNELS.quit, { senderFrame: null })).toThrow(/gone/);
  });

  it('removes its handlers on dispose', () => {
    const { handlers, dispose } = setup();
    dispose();
    expect(handlers.size).toBe(0);
  });
});
