// The kiosk build's host (npm run build, packaged in the Electron shell): the bridge the preload
// exposes as window.kiosk, and nothing else. If the preload failed, the kiosk says so and starts
// nothing: no stand-in bridge, no demo roster, no device token in localStorage.
// package.json's `#platform` import resolves here under the "kiosk" condition (vite.config.ts).
import type { ReactElement } from 'react';
import type { KioskBridge } from '../../shared/bridge';
import { App } from '../app/App';
import { BridgeMissing } from './BridgeMissing';

declare global {
  interface Window {
    /** Set by electron/preload.ts inside the Electron shell. */
    kiosk?: KioskBridge;
  }
}

export function hostApp(): ReactElement {
  if (window.kiosk) return <App bridge={window.kiosk} />;
  console.error(
    "window.kiosk is missing: the Electron preload (dist-electron/preload.cjs) did not run. See the main process log and the window's webPreferences.preload.",
  );
  return <BridgeMissing />;
}
