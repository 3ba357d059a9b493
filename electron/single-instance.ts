// One kiosk process per machine: a second launch (autostart racing a manual start, a double tap
// on the icon) must not open a second camera consumer or a second event writer.
import type { App } from 'electron';

export interface FocusableWindow {
  isDestroyed(): boolean;
  isMinimized(): boolean;
  restore(): void;
  show(): void;
  focus(): void;
}

export interface SingleInstanceApp {
  requestSingleInstanceLock: App['requestSingleInstanceLock'];
  on(event: 'second-instance', listener: () => void): unknown;
}

/**
 * Returns false when another instance already holds the lock: the caller then quits at once.
 * Otherwise a later launch brings the existing window back to the front.
 */
export function claimSingleInstance(
  app: SingleInstanceApp,
  getWindow: () => FocusableWindow | null | undefined,
): boolean {
  if (!app.requestSingleInstanceLock()) return false;
  app.on('second-instance', () => {
    const win = getWindow();
    if (!win || win.isDestroyed()) return;
    if (win.isMinimized()) win.restore();
    win.show();
    win.focus();
  });
  return true;
}
