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
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadKioskConfig } from './config';
import { createCrashLog } from './crash-log';
import { watchRendererCrashes } from './crash-recovery';
import { createDeviceTokenStore } from './device-token';
import { installExitGuard } from './exit-guard';
import { registerIpcHandlers } from './ipc';
import { applyAppLocale } from './locale';
import { saveWithDialog } from './save-file';
import { consoleLogger } from './log';
import { ensureOpenAtLogin } from './login-item';
import { APP_ENTRY_URL, requireOrigin } from './origin';
import { preventDisplaySleep } from './power';
import { registerAppScheme, serveAppProtocol } from './protocol';
import { hardenWebContents, installPermissionHandlers } from './security';
import { ensureSetupCode } from './setup-code';
import { claimSingleInstance } from './single-instance';
import { setupCodeMatches } from '../shared/setup-code';
import { isSupervised, restartApp } from './supervisor';
import { createKioskWindow } from './window';

const log = consoleLogger;
// Packaged builds are the kiosk; `electron .` from a checkout is a developer's session.
const production = app.isPackaged;
// Development only: point the shell at Vite's dev server in kiosk mode (`npx vite --mode kiosk`,
// http://localhost:5173/) to get hot reload. A packaged kiosk ignores it and serves its bundle.
const devServerUrl = production ? undefined : process.env['ACCUEIL_RENDERER_URL'];
const entryUrl = devServerUrl ?? APP_ENTRY_URL;
const appOrigin = requireOrigin(entryUrl);

// Both paths are inside app.asar once packaged; Electron's fs reads from it transparently.
// dist/kiosk is the renderer's kiosk build (npm run build:renderer), never the web build.
const rendererDir = path.join(app.getAppPath(), 'dist', 'kiosk');
const preloadPath = path.join(app.getAppPath(), 'dist-electron', 'preload.cjs');
// Started by build/linux/accueil-session, which restarts the kiosk when it stops on a failure.
const supervised = isSupervised(process.env);

let mainWindow: BrowserWindow | null = null;

// Read before 'ready': the language goes on Chromium's command line (locale.ts).
const loadedConfig = loadKioskConfig(app, { readFileSync }, log);
const { config } = loadedConfig;

async function start(): Promise<void> {
  const setupCode = await ensureSetupCode(loadedConfig, {
    fs: { writeFile, rename },
    randomBytes: (n) => randomBytes(n),
    log,
  });

  installPermissionHandlers(session.defaultSession, { appOrigin, log });
  serveAppProtocol(protocol, { rootDir: rendererDir, readFile: (file) => readFile(file), log });
  const userDataDir = app.getPath('userData');
  const deviceToken = createDeviceTokenStore({
    safeStorage,
    fs: { readFile, writeFile, rm, rename },
    userDataDir,
    log,
  });
  const crashLog = createCrashLog({
    fs: { stat, readFile, writeFile, rename },
    userDataDir,
    now: Date.now,
    log,
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

  // The window exists before the bridge answers anything; it loads the page only at the end.
  const win = createKioskWindow(BrowserWindow, { preloadPath, production });
  mainWindow = win;
  win.on('closed', () => {
    mainWindow = null;
  });
  const exitGuard = installExitGuard({
    app,
    window: win,
    contents: win.webContents,
    quit: () => app.quit(),
    now: Date.now,
    lockDown: production,
    log,
  });
  watchRendererCrashes({
    contents: win.webContents,
    onCrash: (reason) => void crashLog.record(reason),
    relaunch: () => {
      exitGuard.allowExit('crash recovery relaunch');
      // The crash just counted is on disk before the process goes.
      void crashLog.settled().then(() => restartApp(app, supervised));
    },
    now: Date.now,
    timers: { setTimeout: (run, ms) => setTimeout(run, ms), clearTimeout },
    log,
  });

  registerIpcHandlers(ipcMain, {
    appOrigin,
    log,
    handlers: {
      appVersion: () => app.getVersion(),
      getConfig: () => config,
      quit: () => exitGuard.quit(),
      cancelExit: () => exitGuard.cancel(),
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
      crashReport: () => crashLog.read(),
      setupState: () => (setupCode ? 'ready' : 'missing'),
      checkSetupCode: (code) => setupCode !== null && setupCodeMatches(setupCode, code),
    },
  });

  await win.loadURL(entryUrl);
}

// Before 'ready': Chromium fixes its scheme table and its UI language at start-up.
registerAppScheme(protocol);
applyAppLocale(app.commandLine, config.defaultLanguage);

// Under the session loop, a main-process error ends the process so the loop starts a fresh one,
// instead of Electron's default: an error dialog over a kiosk left in an unknown state.
if (supervised) {
  process.on('uncaughtException', (error) => {
    log.error('Uncaught exception in the main process: exiting for a restart', error);
    app.exit(1);
  });
}

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
