// Composition root of the Electron main process: the only module that takes the real Electron
// objects and hands them to the small modules beside it (each tested with fakes).
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  powerSaveBlocker,
  protocol,
  safeStorage,
  session,
} from 'electron';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadKioskConfig } from './config';
import { watchRendererCrashes } from './crash-recovery';
import { createDeviceTokenStore } from './device-token';
import { registerIpcHandlers } from './ipc';
import { saveWithDialog } from './save-file';
import { consoleLogger } from './log';
import { ensureOpenAtLogin } from './login-item';
import { APP_ENTRY_URL, requireOrigin } from './origin';
import { preventDisplaySleep } from './power';
import { registerAppScheme, serveAppProtocol } from './protocol';
import { hardenWebContents, installPermissionHandlers } from './security';
import { claimSingleInstance } from './single-instance';
import { createKioskWindow } from './window';

const log = consoleLogger;
// Packaged builds are the kiosk; `electron .` from a checkout is a developer's session.
const production = app.isPackaged;
// Development only: point the shell at Vite's dev server (e.g. http://localhost:5173/) to get
// hot reload. A packaged kiosk ignores it and always serves its own bundle.
const devServerUrl = production ? undefined : process.env['ACCUEIL_RENDERER_URL'];
const entryUrl = devServerUrl ?? APP_ENTRY_URL;
const appOrigin = requireOrigin(entryUrl);

// Both paths are inside app.asar once packaged; Electron's fs reads from it transparently.
const rendererDir = path.join(app.getAppPath(), 'dist', 'renderer');
const preloadPath = path.join(app.getAppPath(), 'dist-electron', 'preload.cjs');

let mainWindow: BrowserWindow | null = null;

async function start(): Promise<void> {
  const { config } = await loadKioskConfig(app, { readFile }, log);

  installPermissionHandlers(session.defaultSession, { appOrigin, log });
  serveAppProtocol(protocol, { rootDir: rendererDir, readFile: (file) => readFile(file), log });
  const deviceToken = createDeviceTokenStore({
    safeStorage,
    fs: { readFile, writeFile, rm, rename },
    userDataDir: app.getPath('userData'),
    log,
  });
  registerIpcHandlers(ipcMain, {
    appOrigin,
    log,
    handlers: {
      appVersion: () => app.getVersion(),
      getConfig: () => config,
      quit: () => app.quit(),
      saveFile: (file) =>
        saveWithDialog(file, {
          dialog: {
            showSaveDialog: (options) =>
              mainWindow
                ? dialog.showSaveDialog(mainWindow, options)
                : dialog.showSaveDialog(options),
          },
          defaultFolder: app.getPath('documents'),
          writeFile: (filePath, data) => writeFile(filePath, data),
        }),
      print: () =>
        new Promise<void>((resolve, reject) => {
          if (!mainWindow) return reject(new Error('No window to print'));
          mainWindow.webContents.print({}, (success, reason) =>
            success || reason === 'cancelled' ? resolve() : reject(new Error(reason)),
          );
        }),
      loadDeviceToken: () => deviceToken.load(),
      storeDeviceToken: (token) => deviceToken.store(token),
    },
  });

  // The default menu carries accelerators (reload, DevTools, close window) even when hidden.
  if (production) Menu.setApplicationMenu(null);

  ensureOpenAtLogin(app, {
    platform: process.platform,
    packaged: production,
    executablePath: process.execPath,
    log,
  });

  const stopBlocking = preventDisplaySleep(powerSaveBlocker);
  app.on('will-quit', stopBlocking);

  const win = createKioskWindow(BrowserWindow, { preloadPath, production });
  mainWindow = win;
  win.on('closed', () => {
    mainWindow = null;
  });
  watchRendererCrashes({
    contents: win.webContents,
    relaunch: () => {
      app.relaunch();
      app.exit(0);
    },
    now: Date.now,
    timers: { setTimeout: (run, ms) => setTimeout(run, ms), clearTimeout },
    log,
  });

  await win.loadURL(entryUrl);
}

// Before 'ready': Chromium fixes its scheme table at start-up.
registerAppScheme(protocol);

if (!claimSingleInstance(app, () => mainWindow)) {
  app.quit();
} else {
  // Every WebContents ever created (windows, and any <webview> that slips through) is hardened
  // before it can load anything.
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, { appOrigin, log });
  });
  app.on('window-all-closed', () => app.quit());
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      log.error('Kiosk start-up failed', error);
      app.exit(1);
    });
}
