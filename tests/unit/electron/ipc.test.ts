import { describe, expect, it } from 'vitest';
import { BadDeviceTokenError } from '../../../electron/device-token';
import { BadSetupCodeError } from '../../../electron/setup-code';
import { BRIDGE_CALLS } from '../../../shared/bridge';
import {
  registerIpcHandlers,
  UntrustedSenderError,
  type BridgeHandlers,
  type InvokeEventLike,
} from '../../../electron/ipc';
import { callChannels, recordingLogger } from './fakes';

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
    getConfig: () => ({ kioskName: 'Hall', defaultLanguage: 'nl' }),
    quit: () => {
      quits += 1;
    },
    cancelExit: () => {
      cancels += 1;
    },
    saveFile: async () => 'saved' as const,
    print: async () => undefined,
    loadDeviceToken: async () => 'k.secret',
    storeDeviceToken: async (token) => {
      stored.push(token);
    },
    crashReport: async () => ({ count: 2, lastAt: 1_700_000_000_000, lastReason: 'oom' }),
    setupState: () => 'ready',
    checkSetupCode: (code) => code === 'ABCDE-FGHJK',
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
        'kiosk:setup-state',
        'kiosk:check-setup-code',
      ].sort(),
    );
  });

  it("answers the app's main frame", async () => {
    const { invoke, quits, cancels } = setup();
    expect(await invoke(BRIDGE_CALLS.appVersion.channel, mainFrame())).toBe('1.2.3');
    expect(await invoke(BRIDGE_CALLS.getConfig.channel, mainFrame('app://kiosk/staff'))).toEqual({
      kioskName: 'Hall',
      defaultLanguage: 'nl',
    });
    await invoke(BRIDGE_CALLS.quit.channel, mainFrame());
    expect(quits()).toBe(1);
    await invoke(BRIDGE_CALLS.cancelExit.channel, mainFrame());
    expect(cancels()).toBe(1);
  });

  it('answers the crash report to the app, and to no one else', async () => {
    const { invoke } = setup();
    expect(await invoke(BRIDGE_CALLS.crashReport.channel, mainFrame())).toEqual({
      count: 2,
      lastAt: 1_700_000_000_000,
      lastReason: 'oom',
    });
    expect(() =>
      invoke(BRIDGE_CALLS.crashReport.channel, mainFrame('https://evil.example/')),
    ).toThrow(UntrustedSenderError);
  });

  it('hands the device token calls to the token store', async () => {
    const { invoke, stored } = setup();
    expect(await invoke(BRIDGE_CALLS.loadDeviceToken.channel, mainFrame())).toBe('k.secret');
    await invoke(BRIDGE_CALLS.storeDeviceToken.channel, mainFrame(), 'k.other');
    await invoke(BRIDGE_CALLS.storeDeviceToken.channel, mainFrame(), null);
    expect(stored).toEqual(['k.other', null]);
    expect(() =>
      invoke(BRIDGE_CALLS.storeDeviceToken.channel, mainFrame('https://evil.example/'), 'x'),
    ).toThrow(UntrustedSenderError);
    // What is not a token never reaches the store.
    for (const bad of [42, undefined, 'a b', {}]) {
      expect(() => invoke(BRIDGE_CALLS.storeDeviceToken.channel, mainFrame(), bad)).toThrow(
        BadDeviceTokenError,
      );
    }
    expect(stored).toHaveLength(2);
  });

  it('checks a typed set-up code in the main process, and refuses what is not a short string', async () => {
    const { invoke } = setup();
    expect(await invoke(BRIDGE_CALLS.setupState.channel, mainFrame())).toBe('ready');
    expect(await invoke(BRIDGE_CALLS.checkSetupCode.channel, mainFrame(), 'ABCDE-FGHJK')).toBe(
      true,
    );
    expect(await invoke(BRIDGE_CALLS.checkSetupCode.channel, mainFrame(), 'nope')).toBe(false);
    for (const bad of [42, undefined, null, 'x'.repeat(65)]) {
      expect(() => invoke(BRIDGE_CALLS.checkSetupCode.channel, mainFrame(), bad)).toThrow(
        BadSetupCodeError,
      );
    }
  });

  it('refuses a foreign frame on every channel', () => {
    const { invoke, quits, log } = setup();
    for (const channel of callChannels) {
      for (const url of ['https://evil.example/', 'app://evil/index.html', 'file:///x.html', '']) {
        expect(() => invoke(channel, mainFrame(url)), `${channel} ${url}`).toThrow(
          UntrustedSenderError,
        );
      }
    }
    expect(quits()).toBe(0);
    expect(log.entries.length).toBe(4 * callChannels.length);
  });

  it('refuses a subframe, even one of the app origin', () => {
    const { invoke, quits } = setup();
    const subframe: InvokeEventLike = {
      senderFrame: { url: 'app://kiosk/index.html', parent: { url: 'app://kiosk/index.html' } },
    };
    for (const channel of callChannels) {
      expect(() => invoke(channel, subframe)).toThrow(/subframe/);
    }
    expect(quits()).toBe(0);
  });

  it('refuses a sender whose frame is gone', () => {
    const { invoke } = setup();
    expect(() => invoke(BRIDGE_CALLS.quit.channel, { senderFrame: null })).toThrow(/gone/);
  });

  it('removes its handlers on dispose', () => {
    const { handlers, dispose } = setup();
    dispose();
    expect(handlers.size).toBe(0);
  });
});
