// The bridge is declared once (shared/bridge.ts) and everything else is derived from it: the
// page's KioskBridge, the preload's functions and the main process's handler table. Checked here
// at both levels: types (tsc checks this file; a @ts-expect-error that no longer errors fails it)
// and run time (registration refuses an incomplete table before registering anything).
import { describe, expect, expectTypeOf, it, vi } from 'vitest';
import {
  BRIDGE_CALLS,
  BRIDGE_EVENTS,
  listenerName,
  type KioskBridge,
  type KioskConfig,
  type SavedFile,
} from '../../../shared/bridge';
import { registerIpcHandlers, type BridgeHandlers } from '../../../electron/ipc';

function completeHandlers(): BridgeHandlers {
  return {
    appVersion: () => '1.0.0',
    getConfig: () => ({ kioskName: 'Hall', defaultLanguage: 'fr' }),
    quit: () => undefined,
    cancelExit: () => undefined,
    crashReport: async () => ({ count: 0, lastAt: null, lastReason: null }),
    saveFile: async () => 'saved' as const,
    print: async () => undefined,
    loadDeviceToken: async () => null,
    storeDeviceToken: async () => undefined,
    setupState: () => 'ready',
    checkSetupCode: () => false,
  };
}

function fakeIpcMain() {
  return { handle: vi.fn(), removeHandler: vi.fn() };
}

describe('the bridge contract', () => {
  it('gives every call and every event a channel of its own', () => {
    const channels = [
      ...Object.values(BRIDGE_CALLS).map((call) => call.channel),
      ...Object.values(BRIDGE_EVENTS),
    ];
    expect(new Set(channels).size).toBe(channels.length);
    for (const channel of channels) expect(channel).toMatch(/^kiosk:[a-z-]+$/);
  });

  it("derives the page's bridge: a promise per call, a listener per event, the host", () => {
    type Expected = keyof typeof BRIDGE_CALLS | 'onExitRequested' | 'host';
    expectTypeOf<keyof KioskBridge>().toEqualTypeOf<Expected>();
    expectTypeOf<KioskBridge['getConfig']>().toEqualTypeOf<() => Promise<KioskConfig>>();
    expectTypeOf<KioskBridge['saveFile']>().toEqualTypeOf<
      (file: SavedFile) => Promise<'saved' | 'cancelled'>
    >();
    expectTypeOf<KioskBridge['storeDeviceToken']>().parameters.toEqualTypeOf<
      [token: string | null]
    >();
    expectTypeOf<KioskBridge['onExitRequested']>().toEqualTypeOf<
      (callback: () => void) => () => void
    >();
    expect(listenerName('exitRequested')).toBe('onExitRequested');
  });

  it('does not compile, nor register, a handler table with a handler missing', () => {
    const { appVersion: _missing, ...incomplete } = completeHandlers();
    const ipcMain = fakeIpcMain();
    expect(() =>
      registerIpcHandlers(ipcMain, {
        appOrigin: 'app://kiosk',
        // @ts-expect-error: appVersion has no handler
        handlers: incomplete,
      }),
    ).toThrow(/appVersion/);
    expect(ipcMain.handle).not.toHaveBeenCalled();
  });

  it('does not compile a handler whose arguments or result differ from the contract', () => {
    const handlers = completeHandlers();
    // @ts-expect-error: appVersion answers a string
    const wrongResult: BridgeHandlers = { ...handlers, appVersion: () => 42 };
    const wrongArgument: BridgeHandlers = {
      ...handlers,
      // @ts-expect-error: saveFile receives a SavedFile, not a number
      saveFile: async (_file: number) => 'saved' as const,
    };
    // Complete tables of functions all the same: only the compiler tells them apart.
    for (const table of [wrongResult, wrongArgument]) {
      expect(Object.keys(table).sort()).toEqual(Object.keys(BRIDGE_CALLS).sort());
    }
  });
});
