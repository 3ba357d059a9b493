import type { BrowserWindowConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { createKioskWindow, kioskWindowOptions } from '../../../electron/window';

describe('kioskWindowOptions', () => {
  const preloadPath = '/opt/accueil/resources/app.asar/dist-electron/preload.cjs';

  it('locks the production window down', () => {
    const options = kioskWindowOptions({ preloadPath, production: true });
    expect(options).toMatchObject({
      kiosk: true,
      fullscreen: true,
      autoHideMenuBar: true,
      show: false,
    });
    expect(options.backgroundColor).toMatch(/^#[0-9a-f]{6}$/i);
    expect(options.webPreferences).toMatchObject({
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: false,
      spellcheck: false,
    });
  });

  it('keeps the security flags in development and only relaxes kiosk mode and DevTools', () => {
    const prod = kioskWindowOptions({ preloadPath, production: true });
    const dev = kioskWindowOptions({ preloadPath, production: false });
    expect(dev.kiosk).toBe(false);
    expect(dev.webPreferences?.devTools).toBe(true);
    expect({
      ...dev,
      kiosk: true,
      webPreferences: { ...dev.webPreferences, devTools: false },
    }).toEqual(prod);
  });
});

describe('createKioskWindow', () => {
  class FakeWindow {
    static created: FakeWindow[] = [];
    readonly listeners = new Map<string, () => void>();
    shown = 0;
    focused = 0;
    constructor(readonly options: BrowserWindowConstructorOptions) {
      FakeWindow.created.push(this);
    }
    once(event: 'ready-to-show', listener: () => void): this {
      this.listeners.set(event, listener);
      return this;
    }
    show(): void {
      this.shown += 1;
    }
    focus(): void {
      this.focused += 1;
    }
  }

  it('builds the window from kioskWindowOptions and shows it only when ready', () => {
    const win = createKioskWindow(FakeWindow, { preloadPath: '/p.cjs', production: true });
    expect(FakeWindow.created).toEqual([win]);
    expect(win.options).toEqual(kioskWindowOptions({ preloadPath: '/p.cjs', production: true }));
    expect(win.shown).toBe(0);
    win.listeners.get('ready-to-show')?.();
    expect(win.shown).toBe(1);
    expect(win.focused).toBe(1);
  });
});
