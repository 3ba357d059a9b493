import type { LoginItemSettings, Settings } from 'electron';
import { describe, expect, it } from 'vitest';
import {
  ensureOpenAtLogin,
  LOGIN_ITEM_NAME,
  type LoginItemApp,
} from '../../../electron/login-item';
import { recordingLogger } from './fakes';

const EXE = 'C:\\Users\\kiosk\\AppData\\Local\\Programs\\Accueil\\Accueil.exe';

function fakeApp(state: { willLaunch: boolean; failOnSet?: boolean }) {
  const sets: Settings[] = [];
  const queries: unknown[] = [];
  const app: LoginItemApp = {
    getLoginItemSettings: (options) => {
      queries.push(options);
      return {
        openAtLogin: state.willLaunch,
        executableWillLaunchAtLogin: state.willLaunch,
      } as LoginItemSettings;
    },
    setLoginItemSettings: (settings) => {
      if (state.failOnSet) throw new Error('registry is read-only');
      sets.push(settings);
      state.willLaunch = settings.openAtLogin === true;
    },
  };
  return { app, sets, queries };
}

const windows = { platform: 'win32', packaged: true, executablePath: EXE } as const;

describe('ensureOpenAtLogin', () => {
  it('registers the installed exe for the Windows sign-in, by a stable name', () => {
    const { app, sets, queries } = fakeApp({ willLaunch: false });
    const log = recordingLogger();
    expect(ensureOpenAtLogin(app, { ...windows, log })).toBe('registered');
    expect(queries).toEqual([{ path: EXE, args: [] }]);
    expect(sets).toEqual([
      { path: EXE, args: [], openAtLogin: true, enabled: true, name: LOGIN_ITEM_NAME },
    ]);
    expect(log.entries.map((e) => e.level)).toEqual(['info']);
    // Next start: already there, nothing written.
    expect(ensureOpenAtLogin(app, windows)).toBe('already-registered');
    expect(sets).toHaveLength(1);
  });

  it('registers again when switched off in Task Manager (Run value kept, not approved)', () => {
    const { app, sets } = fakeApp({ willLaunch: false });
    app.getLoginItemSettings = () =>
      ({ openAtLogin: true, executableWillLaunchAtLogin: false }) as LoginItemSettings;
    expect(ensureOpenAtLogin(app, windows)).toBe('registered');
    expect(sets[0]?.enabled).toBe(true);
  });

  it('does nothing on Linux (the deb installs an XDG autostart entry) or in development', () => {
    const { app, sets, queries } = fakeApp({ willLaunch: false });
    expect(ensureOpenAtLogin(app, { ...windows, platform: 'linux' })).toBe('skipped-not-windows');
    expect(ensureOpenAtLogin(app, { ...windows, packaged: false })).toBe('skipped-development');
    expect(queries).toEqual([]);
    expect(sets).toEqual([]);
  });

  it('a registry failure is logged and does not throw: the kiosk still starts', () => {
    const { app } = fakeApp({ willLaunch: false, failOnSet: true });
    const log = recordingLogger();
    expect(ensureOpenAtLogin(app, { ...windows, log })).toBe('failed');
    expect(log.entries).toMatchObject([{ level: 'error' }]);
  });
});
