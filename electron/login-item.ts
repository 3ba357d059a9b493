// Start with the Windows session. The deb installs an XDG autostart entry instead
// (build/linux/accueil-autostart.desktop), so only Windows is handled here. The NSIS installer
// runs the app once when it finishes, which is the first run that registers it; each later start
// re-registers it if someone switched it off in Task Manager, since a kiosk that does not come
// back after a reboot looks broken to the learners.
import type { App } from 'electron';
import { silentLogger, type Logger } from './log';

/** The HKCU\…\Run value name: stable, so an update finds and replaces the same entry. */
export const LOGIN_ITEM_NAME = 'Accueil';

export type LoginItemApp = Pick<App, 'getLoginItemSettings' | 'setLoginItemSettings'>;

export type LoginItemOutcome =
  'registered' | 'already-registered' | 'skipped-not-windows' | 'skipped-development' | 'failed';

export function ensureOpenAtLogin(
  app: LoginItemApp,
  options: {
    platform: NodeJS.Platform;
    /** app.isPackaged: a developer's `electron .` must never register itself. */
    packaged: boolean;
    /** process.execPath: the installed Accueil.exe. */
    executablePath: string;
    log?: Logger;
  },
): LoginItemOutcome {
  const log = options.log ?? silentLogger;
  if (options.platform !== 'win32') return 'skipped-not-windows';
  if (!options.packaged) return 'skipped-development';
  const query = { path: options.executablePath, args: [] };
  try {
    // executableWillLaunchAtLogin is false both when the Run value is missing and when it was
    // disabled in Task Manager (the StartupApproved key), which openAtLogin alone misses.
    if (app.getLoginItemSettings(query).executableWillLaunchAtLogin) return 'already-registered';
    app.setLoginItemSettings({ ...query, openAtLogin: true, enabled: true, name: LOGIN_ITEM_NAME });
    log.info('Registered to start at Windows sign-in', { path: options.executablePath });
    return 'registered';
  } catch (error) {
    // The registry being unwritable must not keep the kiosk from starting now.
    log.error('Could not register to start at Windows sign-in', error);
    return 'failed';
  }
}
