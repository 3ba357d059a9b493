// Electron's security checklist (https://www.electronjs.org/docs/latest/tutorial/security), one
// test per item, each checked against the real main-process modules driven through fakes. Items
// met by the packaging (fuses) are checked on the electron-builder configuration, which cannot
// be run here. The preload is loaded under a mocked 'electron' module.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FuseV1Options } from '@electron/fuses';
import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { afterPack, kioskFuses } from '../../../build/after-pack';
import builderConfig from '../../../build/electron-builder.config';
import { BRIDGE_EVENTS } from '../../../shared/bridge';
import {
  registerIpcHandlers,
  UntrustedSenderError,
  type BridgeHandlers,
  type InvokeEventLike,
} from '../../../electron/ipc';
import { APP_ENTRY_URL, APP_ORIGIN } from '../../../electron/origin';
import { appScheme, createAppProtocolHandler, resolveAppPath } from '../../../electron/protocol';
import {
  contentSecurityPolicy,
  hardenWebContents,
  installPermissionHandlers,
  type PermissionSession,
} from '../../../electron/security';
import { kioskWindowOptions } from '../../../electron/window';
import { callChannels, FakeWebContents, fakeEvent } from './fakes';

const electronMock = vi.hoisted(() => ({
  exposeInMainWorld: vi.fn(),
  invoke: vi.fn(async () => undefined),
  on: vi.fn(),
  removeListener: vi.fn(),
}));
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: electronMock.exposeInMainWorld },
  ipcRenderer: {
    invoke: electronMock.invoke,
    on: electronMock.on,
    removeListener: electronMock.removeListener,
  },
}));

const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** The kiosk window's options, packaged and in development. */
const windowModes = [true, false].map((production) => ({
  production,
  options: kioskWindowOptions({ preloadPath: '/app/dist-electron/preload.cjs', production }),
}));
const prefs = (options: BrowserWindowConstructorOptions): WebPreferences =>
  options.webPreferences ?? {};

function cspDirectives(): Map<string, string[]> {
  return new Map(
    contentSecurityPolicy.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources] as const;
    }),
  );
}

async function electronSources(): Promise<Map<string, string>> {
  const dir = path.join(projectRoot, 'electron');
  const names = (await readdir(dir)).filter((name) => name.endsWith('.ts'));
  return new Map(
    await Promise.all(
      names.map(async (name) => [name, await readFile(path.join(dir, name), 'utf8')] as const),
    ),
  );
}

function hardened(): FakeWebContents {
  const contents = new FakeWebContents();
  hardenWebContents(contents, { appOrigin: APP_ORIGIN });
  return contents;
}

function permissionHandlers() {
  const session = {
    request: null as null | Parameters<PermissionSession['setPermissionRequestHandler']>[0],
    check: null as null | Parameters<PermissionSession['setPermissionCheckHandler']>[0],
    setPermissionRequestHandler(handler) {
      this.request = handler;
    },
    setPermissionCheckHandler(handler) {
      this.check = handler;
    },
  } satisfies PermissionSession & Record<string, unknown>;
  installPermissionHandlers(session, { appOrigin: APP_ORIGIN });
  const request = (permission: string, details: Record<string, unknown>): boolean => {
    let granted: boolean | undefined;
    session.request?.(
      {} as never,
      permission as never,
      (answer) => {
        granted = answer;
      },
      details as never,
    );
    if (granted === undefined) throw new Error('the handler never answered');
    return granted;
  };
  return { request, session };
}

const fromApp = { requestingUrl: `${APP_ORIGIN}/index.html`, isMainFrame: true };

describe("Electron's security checklist", () => {
  it('1. Only load secure content', () => {
    // The kiosk loads only its own bundle, over app:// registered as a secure scheme.
    expect(APP_ENTRY_URL).toBe('app://kiosk/index.html');
    expect(appScheme.privileges?.secure).toBe(true);
    // No script, style, image, media, frame or worker from the network. connect-src alone
    // allows http(s): data to the sync server whose address an admin types in (shared/csp.ts).
    for (const [directive, sources] of cspDirectives()) {
      if (directive === 'connect-src') {
        expect(sources).toEqual(["'self'", 'http:', 'https:']);
        continue;
      }
      for (const source of sources) {
        expect(source, `${directive} ${source}`).not.toMatch(/^(https?:|ws|\*|\/\/)/);
        expect(source, `${directive} ${source}`).not.toMatch(/\./); // no host names
      }
    }
  });

  it('2. Do not enable Node.js integration for remote content', () => {
    for (const { options } of windowModes) {
      expect(prefs(options)).toMatchObject({
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
      });
    }
  });

  it('3. Enable context isolation', () => {
    for (const { options } of windowModes) expect(prefs(options).contextIsolation).toBe(true);
  });

  it('4. Enable process sandboxing', () => {
    for (const { options } of windowModes) expect(prefs(options).sandbox).toBe(true);
  });

  it('5. Use ses.setPermissionRequestHandler() in all sessions that load remote content', () => {
    const { request, session } = permissionHandlers();
    expect(session.request).toBeTypeOf('function');
    expect(session.check).toBeTypeOf('function');
    // Only the camera, only for the app's own main frame.
    expect(request('media', { ...fromApp, mediaTypes: ['video'] })).toBe(true);
    expect(request('media', { ...fromApp, mediaTypes: ['audio'] })).toBe(false);
    expect(request('media', { ...fromApp, mediaTypes: ['video', 'audio'] })).toBe(false);
    expect(request('media', { ...fromApp, isMainFrame: false, mediaTypes: ['video'] })).toBe(false);
    expect(
      request('media', {
        requestingUrl: 'https://x.example/',
        isMainFrame: true,
        mediaTypes: ['video'],
      }),
    ).toBe(false);
    for (const other of ['geolocation', 'notifications', 'clipboard-read', 'openExternal', 'hid']) {
      expect(request(other, fromApp), other).toBe(false);
    }
  });

  it('6. Do not disable webSecurity', () => {
    for (const { options } of windowModes) expect(prefs(options).webSecurity).toBe(true);
  });

  it('7. Define a Content-Security-Policy', async () => {
    const csp = cspDirectives();
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('frame-src')).toEqual(["'none'"]);
    // Sent as a header on every app:// response, errors included.
    const handle = createAppProtocolHandler({
      rootDir: '/app/dist/renderer',
      readFile: async () => new TextEncoder().encode('<title>Accueil</title>'),
    });
    for (const url of ['app://kiosk/index.html', 'app://kiosk/missing.js', 'app://other/x']) {
      const response = await handle({ url, method: 'GET' });
      expect(response.headers.get('content-security-policy'), url).toBe(contentSecurityPolicy);
    }
  });

  it('8. Do not enable allowRunningInsecureContent', () => {
    for (const { options } of windowModes) {
      expect(prefs(options).allowRunningInsecureContent).toBe(false);
    }
  });

  it('9. Do not enable experimental features', () => {
    for (const { options } of windowModes) expect(prefs(options).experimentalFeatures).toBe(false);
  });

  it('10. Do not use enableBlinkFeatures', async () => {
    for (const { options } of windowModes) {
      expect(prefs(options)).not.toHaveProperty('enableBlinkFeatures');
    }
    for (const [name, source] of await electronSources()) {
      expect(source, name).not.toMatch(/enableBlinkFeatures/);
    }
  });

  it('11. <webview>: Do not use allowpopups', () => {
    for (const { options } of windowModes) expect(prefs(options).webviewTag).toBe(false);
    // Even a <webview allowpopups> that got through is refused before it attaches.
    const contents = hardened();
    const event = fakeEvent();
    contents.emit(
      'will-attach-webview',
      event,
      {},
      { src: 'https://x.example/', allowpopups: 'true' },
    );
    expect(event.defaultPrevented).toBe(true);
  });

  it('12. <webview>: Verify options and params', () => {
    // Verification is total: no webview attaches, whatever its options, own origin included.
    const contents = hardened();
    for (const src of ['app://kiosk/index.html', 'https://x.example/', '']) {
      const webPreferences: WebPreferences = { preload: '/tmp/evil.js', nodeIntegration: true };
      const event = fakeEvent();
      contents.emit('will-attach-webview', event, webPreferences, { src });
      expect(event.defaultPrevented, src).toBe(true);
    }
  });

  it('13. Disable or limit navigation', () => {
    const contents = hardened();
    for (const eventName of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      for (const url of ['https://x.example/', 'file:///etc/passwd', 'app://other/']) {
        const event = fakeEvent(url);
        contents.emit(eventName, event);
        expect(event.defaultPrevented, `${eventName} ${url}`).toBe(true);
      }
      const own = fakeEvent('app://kiosk/index.html#/staff');
      contents.emit(eventName, own);
      expect(own.defaultPrevented).toBe(false);
    }
    for (const { options } of windowModes) expect(prefs(options).navigateOnDragDrop).toBe(false);
  });

  it('14. Disable or limit creation of new windows', () => {
    const contents = hardened();
    for (const url of ['https://x.example/', 'app://kiosk/index.html', 'about:blank']) {
      expect(contents.windowOpenHandler?.({ url } as never), url).toEqual({ action: 'deny' });
    }
  });

  it('15. Do not use shell.openExternal with untrusted content', async () => {
    // Nothing in the main process opens external URLs at all.
    for (const [name, source] of await electronSources()) {
      expect(source, name).not.toMatch(/openExternal|openPath|\bshell\b.*from 'electron'/);
      expect(source, name).not.toMatch(/import\s*{[^}]*\bshell\b[^}]*}\s*from\s*'electron'/);
    }
  });

  it('16. Use a current version of Electron', async () => {
    const installed = JSON.parse(
      await readFile(path.join(projectRoot, 'node_modules/electron/package.json'), 'utf8'),
    ) as { version: string };
    const pkg = JSON.parse(await readFile(path.join(projectRoot, 'package.json'), 'utf8')) as {
      devDependencies: Record<string, string>;
    };
    // Electron supports its latest three majors; 41 is the one this kiosk targets.
    expect(Number(installed.version.split('.')[0])).toBeGreaterThanOrEqual(41);
    expect(pkg.devDependencies['electron']).toMatch(/^\^\d+\./); // takes minor and patch fixes
  });

  it('17. Validate the sender of all IPC messages', async () => {
    const registered = new Map<string, (event: InvokeEventLike, ...args: unknown[]) => unknown>();
    const calls: string[] = [];
    // Every handler, including any added later, answers through this one recording stub.
    const handlers = new Proxy({} as BridgeHandlers, {
      get:
        (_target, name) =>
        (..._args: unknown[]) => {
          calls.push(String(name));
          return undefined;
        },
    });
    registerIpcHandlers(
      { handle: (channel, fn) => registered.set(channel, fn), removeHandler: () => undefined },
      { appOrigin: APP_ORIGIN, handlers },
    );
    expect([...registered.keys()].sort()).toEqual([...callChannels].sort());
    const untrusted: InvokeEventLike[] = [
      { senderFrame: { url: 'https://x.example/', parent: null } },
      { senderFrame: { url: 'app://kiosk/index.html', parent: {} } }, // a subframe
      { senderFrame: { url: 'file:///app/index.html', parent: null } },
      { senderFrame: null }, // navigated away mid-call
    ];
    for (const [channel, handle] of registered) {
      for (const event of untrusted) {
        expect(() => handle(event, null), channel).toThrow(UntrustedSenderError);
      }
    }
    expect(calls).toEqual([]);
  });

  it('18. Avoid usage of the file:// protocol and prefer usage of custom protocols', () => {
    expect(new URL(APP_ENTRY_URL).protocol).toBe('app:');
    expect(appScheme).toMatchObject({
      scheme: 'app',
      privileges: { standard: true, secure: true },
    });
    // The custom protocol serves only the renderer folder: a hostile path is refused, or folded
    // by the URL parser into one that stays inside it.
    const root = '/app/dist/renderer';
    for (const url of [
      'app://kiosk/..%2f..%2fetc%2fpasswd',
      'app://kiosk/assets/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
      'app://kiosk/C:%5Cwindows%5Cwin.ini',
      'app://elsewhere/index.html',
    ]) {
      const resolved = resolveAppPath(root, url);
      if (resolved.ok) expect(resolved.filePath.startsWith(`${root}/`), url).toBe(true);
    }
    expect(resolveAppPath(root, 'app://kiosk/..%2f..%2fetc%2fpasswd').ok).toBe(false);
    expect(resolveAppPath(root, 'app://elsewhere/index.html').ok).toBe(false);
    // And file:// keeps no extra privileges in the packaged binary.
    for (const platform of ['linux', 'win32'] as const) {
      expect(kioskFuses(platform)[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(false);
    }
  });

  it('19. Check which fuses you can change', () => {
    expect(builderConfig.afterPack).toBe(afterPack);
    for (const platform of ['linux', 'win32'] as const) {
      const fuses = kioskFuses(platform);
      expect(fuses[FuseV1Options.RunAsNode], platform).toBe(false);
      expect(fuses[FuseV1Options.EnableNodeOptionsEnvironmentVariable], platform).toBe(false);
      expect(fuses[FuseV1Options.EnableNodeCliInspectArguments], platform).toBe(false);
      expect(fuses[FuseV1Options.EnableCookieEncryption], platform).toBe(true);
      expect(fuses[FuseV1Options.OnlyLoadAppFromAsar], platform).toBe(true);
    }
    // Embedded asar integrity exists on Windows (and macOS) only.
    expect(kioskFuses('win32')[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true);
  });

  it('20. Do not expose Electron APIs to untrusted web content', async () => {
    await import('../../../electron/preload');
    expect(electronMock.exposeInMainWorld).toHaveBeenCalledOnce();
    const [key, bridge] = electronMock.exposeInMainWorld.mock.calls[0] as [
      string,
      Record<string, unknown>,
    ];
    expect(key).toBe('kiosk');
    // Named, single-purpose calls only: no ipcRenderer, no send/on, no channel argument.
    const channels = new Set(callChannels);
    for (const [name, value] of Object.entries(bridge)) {
      if (name === 'host') {
        expect(value).toBe('electron');
        continue;
      }
      if (name === 'onExitRequested') {
        // The one main → renderer message: a fixed channel, and the page's callback gets no
        // argument, never the IPC event (whose `sender` is ipcRenderer itself).
        const callback = vi.fn();
        const stop = (value as (cb: () => void) => () => void)(callback);
        expect(electronMock.on).toHaveBeenCalledOnce();
        const [channel, listener] = electronMock.on.mock.calls[0] as [
          string,
          (...args: unknown[]) => void,
        ];
        expect(channel).toBe(BRIDGE_EVENTS.exitRequested);
        listener({ sender: 'ipcRenderer' }, 'extra');
        expect(callback.mock.calls).toEqual([[]]);
        stop();
        expect(electronMock.removeListener).toHaveBeenCalledWith(channel, listener);
        continue;
      }
      expect(value, name).toBeTypeOf('function');
      electronMock.invoke.mockClear();
      await (value as (...args: unknown[]) => Promise<unknown>)('kiosk:quit', {});
      const invoked = electronMock.invoke.mock.calls.map((call) => (call as unknown[])[0]);
      expect(invoked, name).toHaveLength(1);
      expect(channels.has(invoked[0] as string), `${name} → ${String(invoked[0])}`).toBe(true);
    }
    expect(Object.keys(bridge)).not.toEqual(
      expect.arrayContaining(['ipcRenderer', 'invoke', 'send', 'on']),
    );
  });
});
