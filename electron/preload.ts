// Runs in the sandboxed renderer before the page. It exposes exactly the KioskBridge and nothing
// of ipcRenderer itself, so the page can only make the calls the main process checks.
// Bundled into one CommonJS file: a sandboxed preload can require 'electron' but no local file.
import { contextBridge, ipcRenderer } from 'electron';
import type { CrashReport, KioskBridge, KioskConfig, SavedFile } from '../shared/bridge';
import { IPC_CHANNELS, RENDERER_CHANNELS } from './channels';

const bridge = {
  host: 'electron',
  appVersion: (): Promise<string> => ipcRenderer.invoke(IPC_CHANNELS.appVersion),
  getConfig: (): Promise<KioskConfig> => ipcRenderer.invoke(IPC_CHANNELS.getConfig),
  quit: async (): Promise<void> => {
    await ipcRenderer.invoke(IPC_CHANNELS.quit);
  },
  cancelExit: async (): Promise<void> => {
    await ipcRenderer.invoke(IPC_CHANNELS.cancelExit);
  },
  onExitRequested: (callback: () => void): (() => void) => {
    // The page gets a bare call: never the IPC event, whose `sender` is ipcRenderer itself.
    const listener = (): void => callback();
    ipcRenderer.on(RENDERER_CHANNELS.exitRequested, listener);
    return () => {
      ipcRenderer.removeListener(RENDERER_CHANNELS.exitRequested, listener);
    };
  },
  crashReport: (): Promise<CrashReport> => ipcRenderer.invoke(IPC_CHANNELS.crashReport),
  saveFile: (file: SavedFile): Promise<'saved' | 'cancelled'> =>
    ipcRenderer.invoke(IPC_CHANNELS.saveFile, file),
  print: async (): Promise<void> => {
    await ipcRenderer.invoke(IPC_CHANNELS.print);
  },
  loadDeviceToken: (): Promise<string | null> => ipcRenderer.invoke(IPC_CHANNELS.loadDeviceToken),
  storeDeviceToken: async (token: string | null): Promise<void> => {
    await ipcRenderer.invoke(IPC_CHANNELS.storeDeviceToken, token);
  },
} satisfies KioskBridge;

contextBridge.exposeInMainWorld('kiosk', bridge);
