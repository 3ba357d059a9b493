// Builds dist-electron's two bundles with electron/vite.config.ts (into a scratch folder) and
// runs them under Node with a fake 'electron' module. This checks what the unit tests cannot:
// that the bundles are CommonJS that load, that the preload is self-contained, and that main.ts
// wires the modules together in the right order. The real Electron binary is not needed.
import { EventEmitter } from 'node:events';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it, onTestFinished, vi } from 'vitest';
import { BRIDGE_CALLS, BRIDGE_EVENTS } from '../../../shared/bridge';
import { contentSecurityPolicy } from '../../../electron/security';
import { callChannels, FakeWebContents } from './fakes';

const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));
const require = createRequire(import.meta.url);
const electronId = require.resolve('electron');

let outDir = '';
let appDir = '';

beforeAll(async () => {
  // Inside the project so the bundles' require('electron') resolves to node_modules/electron.
  const cache = path.join(projectRoot, 'node_modules', '.cache');
  await mkdir(cache, { recursive: true });
  outDir = await mkdtemp(path.join(cache, 'accueil-electron-bundle-'));
  for (const mode of ['main', 'preload']) {
    await build({
      configFile: path.join(projectRoot, 'electron', 'vite.config.ts'),
      mode,
      logLevel: 'silent',
      build: { outDir, emptyOutDir: false },
    });
  }
  appDir = await mkdtemp(path.join(cache, 'accueil-electron-app-'));
  await mkdir(path.join(appDir, 'dist', 'kiosk'), { recursive: true });
  await writeFile(path.join(appDir, 'dist', 'kiosk', 'index.html'), '<title>Accueil</title>');
  await mkdir(path.join(appDir, 'userData'));
  await writeFile(
    path.join(appDir, 'userData', 'config.json'),
    JSON.stringify({ kioskName: 'Hall', defaultLanguage: 'de' }),
  );
}, 60_000);

afterAll(async () => {
  delete require.cache[electronId];
  await Promise.all([outDir, appDir].filter(Boolean).map((d) => rm(d, { recursive: true })));
});

/** Makes the next require('electron') from anywhere return `fake`. */
function useFakeElectron(fake: object): void {
  const mod = new Module(electronId);
  mod.filename = electronId;
  mod.exports = fake;
  mod.loaded = true;
  require.cache[electronId] = mod;
}

function loadFresh(file: string): unknown {
  const full = path.join(outDir, file);
  delete require.cache[full];
  return require(full);
}

function fakeMainElectron(options: { gotLock: boolean }) {
  let ready: () => void = () => undefined;
  const app = Object.assign(new EventEmitter(), {
    isPackaged: true,
    getAppPath: () => appDir,
    getPath: (name: string) => path.join(appDir, name),
    getVersion: () => '9.8.7',
    requestSingleInstanceLock: () => options.gotLock,
    whenReady: () => new Promise<void>((resolve) => (ready = resolve)),
    commandLine: { appendSwitch: vi.fn() },
    quit: vi.fn(),
    exit: vi.fn(),
    relaunch: vi.fn(),
  });
  class BrowserWindow extends EventEmitter {
    static instances: BrowserWindow[] = [];
    readonly webContents = new FakeWebContents();
    readonly loadURL = vi.fn(async (_url: string) => undefined);
    readonly show = vi.fn();
    readonly focus = vi.fn();
    constructor(readonly options: Record<string, unknown>) {
      super();
      BrowserWindow.instances.push(this);
      app.emit('web-contents-created', {}, this.webContents);
    }
  }
  const electron = {
    app,
    BrowserWindow,
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    session: {
      defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() },
    },
    ipcMain: { handle: vi.fn(), removeHandler: vi.fn() },
    Menu: { setApplicationMenu: vi.fn() },
    powerSaveBlocker: { start: vi.fn(() => 3), stop: vi.fn(), isStarted: vi.fn(() => true) },
  };
  return { electron, ready: () => ready() };
}

describe('dist-electron/main.cjs', () => {
  it('is CommonJS that requires only electron and Node built-ins', async () => {
    const code = await readFile(path.join(outDir, 'main.cjs'), 'utf8');
    const required = [...code.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]);
    expect(required).toContain('electron');
    for (const id of required) expect(id === 'electron' || id?.startsWith('node:'), id).toBe(true);
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
  });

  it('registers the scheme before ready and starts the kiosk once ready', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const info = vi.spyOn(console, 'info').mockImplementation(() => undefined);
    onTestFinished(() => {
      warn.mockRestore();
      info.mockRestore();
    });
    const { electron, ready } = fakeMainElectron({ gotLock: true });
    useFakeElectron(electron);
    loadFresh('main.cjs');

    // Before 'ready': only what must happen early.
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      {
        scheme: 'app',
        privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true },
      },
    ]);
    expect(electron.protocol.handle).not.toHaveBeenCalled();
    expect(electron.app.listenerCount('web-contents-created')).toBe(1);
    // Chromium's language from config.json, whatever the operating system's.
    expect(electron.app.commandLine.appendSwitch).toHaveBeenCalledWith('lang', 'de-BE');

    ready();
    await vi.waitFor(() => expect(electron.BrowserWindow.instances).toHaveLength(1));
    const [win] = electron.BrowserWindow.instances;
    await vi.waitFor(() => expect(win?.loadURL).toHaveBeenCalledWith('app://kiosk/index.html'));

    // The window: production kiosk, bundled preload, hardened by 'web-contents-created'.
    expect(win?.options).toMatchObject({
      kiosk: true,
      webPreferences: {
        sandbox: true,
        contextIsolation: true,
        devTools: false,
        preload: path.join(appDir, 'dist-electron', 'preload.cjs'),
      },
    });
    expect(win?.webContents.windowOpenHandler?.({ url: 'https://x.example/' } as never)).toEqual({
      action: 'deny',
    });
    expect(win?.webContents.listenerCount('render-process-gone')).toBe(1);

    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledWith(null);
    expect(electron.powerSaveBlocker.start).toHaveBeenCalledWith('prevent-display-sleep');
    expect(electron.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalledOnce();
    expect(electron.session.defaultSession.setPermissionCheckHandler).toHaveBeenCalledOnce();

    // The protocol serves the kiosk build (dist/kiosk) under app.getAppPath(), with the CSP.
    const [scheme, handler] = electron.protocol.handle.mock.calls[0] ?? [];
    expect(scheme).toBe('app');
    const res = (await handler(new Request('app://kiosk/index.html'))) as Response;
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(await res.text()).toBe('<title>Accueil</title>');

    // IPC answers with the config read from userData, only to the app's main frame.
    const ipc = new Map(
      electron.ipcMain.handle.mock.calls.map(([channel, fn]) => [channel as string, fn]),
    );
    expect([...ipc.keys()].sort()).toEqual([...callChannels].sort());
    const fromApp = { senderFrame: { url: 'app://kiosk/index.html', parent: null } };
    expect(await ipc.get(BRIDGE_CALLS.getConfig.channel)?.(fromApp)).toEqual({
      kioskName: 'Hall',
      defaultLanguage: 'de',
    });
    expect(await ipc.get(BRIDGE_CALLS.appVersion.channel)?.(fromApp)).toBe('9.8.7');
    // The first start wrote a set-up code into config.json; the page can only check one.
    const written = JSON.parse(
      await readFile(path.join(appDir, 'userData', 'config.json'), 'utf8'),
    ) as { kioskName: string; setupCode: string };
    expect(written.kioskName).toBe('Hall');
    expect(await ipc.get(BRIDGE_CALLS.setupState.channel)?.(fromApp)).toBe('ready');
    expect(await ipc.get(BRIDGE_CALLS.checkSetupCode.channel)?.(fromApp, written.setupCode)).toBe(
      true,
    );
    expect(await ipc.get(BRIDGE_CALLS.checkSetupCode.channel)?.(fromApp, 'ABCDE-FGHJK')).toBe(
      false,
    );
    const fromElsewhere = { senderFrame: { url: 'https://x.example/', parent: null } };
    expect(() => ipc.get(BRIDGE_CALLS.quit.channel)?.(fromElsewhere)).toThrow();
    expect(warn).toHaveBeenLastCalledWith(expect.stringMatching(/Refused kiosk:quit/), {
      url: 'https://x.example/',
    });
    expect(electron.app.quit).not.toHaveBeenCalled();
    expect(electron.app.exit).not.toHaveBeenCalled();

    // The exit: the window refuses to close and quit is refused until the chord is pressed.
    const close = {
      defaultPrevented: false,
      preventDefault: () => (close.defaultPrevented = true),
    };
    win?.emit('close', close);
    expect(close.defaultPrevented).toBe(true);
    expect(() => ipc.get(BRIDGE_CALLS.quit.channel)?.(fromApp)).toThrow(/exit chord/);
    expect(await ipc.get(BRIDGE_CALLS.crashReport.channel)?.(fromApp)).toEqual({
      count: 0,
      lastAt: null,
      lastReason: null,
    });
    const key = { defaultPrevented: false, preventDefault: () => (key.defaultPrevented = true) };
    win?.webContents.emit('before-input-event', key, {
      type: 'keyDown',
      key: 'Q',
      code: 'KeyQ',
      control: true,
      alt: true,
      shift: true,
      meta: false,
      isAutoRepeat: false,
    });
    expect(key.defaultPrevented).toBe(true);
    expect(win?.webContents.sent).toEqual([BRIDGE_EVENTS.exitRequested]);
    await ipc.get(BRIDGE_CALLS.quit.channel)?.(fromApp);
    expect(electron.app.quit).toHaveBeenCalledOnce();
  });

  it('quits at once when another instance holds the lock', () => {
    const { electron } = fakeMainElectron({ gotLock: false });
    useFakeElectron(electron);
    loadFresh('main.cjs');
    expect(electron.app.quit).toHaveBeenCalledOnce();
    expect(electron.app.listenerCount('web-contents-created')).toBe(0);
  });
});

describe('dist-electron/preload.cjs', () => {
  it('is self-contained: its only require is electron', async () => {
    const code = await readFile(path.join(outDir, 'preload.cjs'), 'utf8');
    expect([...code.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1])).toEqual(['electron']);
  });

  it('exposes the KioskBridge as window.kiosk over the IPC channels', async () => {
    const exposeInMainWorld = vi.fn();
    const invoke = vi.fn(async (channel: string) =>
      channel === BRIDGE_CALLS.appVersion.channel ? '9.8.7' : undefined,
    );
    const on = vi.fn();
    const removeListener = vi.fn();
    useFakeElectron({
      contextBridge: { exposeInMainWorld },
      ipcRenderer: { invoke, on, removeListener },
    });
    loadFresh('preload.cjs');

    expect(exposeInMainWorld).toHaveBeenCalledOnce();
    const [key, bridge] = exposeInMainWorld.mock.calls[0] ?? [];
    expect(key).toBe('kiosk');
    expect(bridge.host).toBe('electron');
    expect(Object.keys(bridge).sort()).toEqual(
      [
        'appVersion',
        'cancelExit',
        'crashReport',
        'getConfig',
        'host',
        'loadDeviceToken',
        'onExitRequested',
        'print',
        'quit',
        'saveFile',
        'setupState',
        'checkSetupCode',
        'storeDeviceToken',
      ].sort(),
    );
    expect(await bridge.appVersion()).toBe('9.8.7');
    await bridge.getConfig();
    await expect(bridge.quit()).resolves.toBeUndefined();
    await expect(bridge.cancelExit()).resolves.toBeUndefined();
    const file = { name: 'a.csv', mime: 'text/csv', data: new Uint8Array([97]) };
    await bridge.saveFile(file);
    await expect(bridge.print()).resolves.toBeUndefined();
    await bridge.loadDeviceToken();
    await expect(bridge.storeDeviceToken('k.secret')).resolves.toBeUndefined();
    await bridge.crashReport();
    const requested = vi.fn();
    const stop = bridge.onExitRequested(requested);
    expect(on).toHaveBeenCalledWith(BRIDGE_EVENTS.exitRequested, expect.any(Function));
    on.mock.calls[0]?.[1]?.({ sender: {} });
    expect(requested).toHaveBeenCalledWith();
    stop();
    expect(removeListener).toHaveBeenCalledWith(BRIDGE_EVENTS.exitRequested, on.mock.calls[0]?.[1]);
    expect(invoke.mock.calls).toEqual([
      [BRIDGE_CALLS.appVersion.channel],
      [BRIDGE_CALLS.getConfig.channel],
      [BRIDGE_CALLS.quit.channel],
      [BRIDGE_CALLS.cancelExit.channel],
      [BRIDGE_CALLS.saveFile.channel, file],
      [BRIDGE_CALLS.print.channel],
      [BRIDGE_CALLS.loadDeviceToken.channel],
      [BRIDGE_CALLS.storeDeviceToken.channel, 'k.secret'],
      [BRIDGE_CALLS.crashReport.channel],
    ]);
  });
});
