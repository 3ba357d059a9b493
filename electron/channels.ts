// IPC channel names, shared by the main process (electron/ipc.ts) and the preload so the two
// cannot drift apart. The preload bundles this file: sandboxed preloads cannot require it.
export const IPC_CHANNELS = {
  appVersion: 'kiosk:app-version',
  getConfig: 'kiosk:get-config',
  quit: 'kiosk:quit',
  cancelExit: 'kiosk:cancel-exit',
  saveFile: 'kiosk:save-file',
  print: 'kiosk:print',
  loadDeviceToken: 'kiosk:load-device-token',
  storeDeviceToken: 'kiosk:store-device-token',
  crashReport: 'kiosk:crash-report',
} as const;

export type IpcChannel = (typeof IPC_CHANNELS)[keyof typeof IPC_CHANNELS];

/** Main → renderer messages (webContents.send). None of them is answered or handled in main. */
export const RENDERER_CHANNELS = {
  /** The exit chord was pressed: show the admin PIN prompt. */
  exitRequested: 'kiosk:exit-requested',
} as const;
