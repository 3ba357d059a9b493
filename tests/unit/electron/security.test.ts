import type {
  MediaAccessPermissionRequest,
  PermissionCheckHandlerHandlerDetails,
  Session,
  WebContents,
} from 'electron';
import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  hardenWebContents,
  installPermissionHandlers,
  type CheckedPermission,
  type RequestedPermission,
} from '../../../electron/security';
import { FakeWebContents, fakeEvent, recordingLogger } from './fakes';

const appOrigin = 'app://kiosk';

function hardened() {
  const contents = new FakeWebContents();
  const log = recordingLogger();
  hardenWebContents(contents, { appOrigin, log });
  return { contents, log };
}

describe('hardenWebContents', () => {
  for (const eventName of ['will-navigate', 'will-frame-navigate', 'will-redirect'] as const) {
    it(`${eventName}: refuses foreign URLs and lets the app's own through`, () => {
      const { contents, log } = hardened();
      const foreign = [
        'https://example.com/',
        'http://localhost:5173/',
        'file:///etc/passwd',
        'app://evil/index.html',
        'about:blank',
        'javascript:alert(1)',
        'not a url',
      ];
      for (const url of foreign) {
        const event = fakeEvent(url);
        contents.emit(eventName, event);
        expect(event.defaultPrevented, url).toBe(true);
      }
      expect(log.entries).toHaveLength(foreign.length);

      const own = fakeEvent('app://kiosk/index.html#/staff');
      contents.emit(eventName, own);
      expect(own.defaultPrevented).toBe(false);
    });
  }

  it('refuses a navigation by a subframe to a foreign origin', () => {
    const { contents } = hardened();
    const event = fakeEvent('https://example.com/', false);
    contents.emit('will-frame-navigate', event);
    expect(event.defaultPrevented).toBe(true);
  });

  it('denies window.open, even to the app itself', () => {
    const { contents } = hardened();
    const handler = contents.windowOpenHandler;
    expect(handler).not.toBeNull();
    for (const url of ['https://example.com/', 'app://kiosk/index.html']) {
      const details = {
        url,
        frameName: '',
        features: '',
        disposition: 'new-window',
        referrer: { url: '', policy: 'no-referrer' },
      } as const;
      expect(handler?.(details)).toEqual({ action: 'deny' });
    }
  });

  it('prevents any <webview> from attaching', () => {
    const { contents, log } = hardened();
    const event = fakeEvent();
    contents.emit('will-attach-webview', event, {}, { src: 'https://example.com/' });
    expect(event.defaultPrevented).toBe(true);
    expect(log.entries[0]?.details).toEqual({ src: 'https://example.com/' });
  });

  it('rejects an appOrigin that is not an origin', () => {
    expect(() => hardenWebContents(new FakeWebContents(), { appOrigin: 'kiosk' })).toThrow();
  });
});

type RequestHandler = Parameters<Session['setPermissionRequestHandler']>[0] & {};
type CheckHandler = Parameters<Session['setPermissionCheckHandler']>[0] & {};

function installed() {
  let request: RequestHandler | null = null;
  let check: CheckHandler | null = null;
  installPermissionHandlers(
    {
      setPermissionRequestHandler: (handler) => {
        request = handler;
      },
      setPermissionCheckHandler: (handler) => {
        check = handler;
      },
    },
    { appOrigin },
  );
  if (!request || !check) throw new Error('handlers not installed');
  const contents = new FakeWebContents() as unknown as WebContents;
  const requestHandler: RequestHandler = request;
  const checkHandler: CheckHandler = check;
  return {
    /** Resolves with what the handler passed to its callback. */
    ask(permission: RequestedPermission, details: MediaAccessPermissionRequest): boolean {
      let answer: boolean | undefined;
      requestHandler(contents, permission, (granted) => (answer = granted), details);
      if (answer === undefined) throw new Error('callback not called');
      return answer;
    },
    check(
      permission: CheckedPermission,
      origin: string,
      details: PermissionCheckHandlerHandlerDetails,
    ): boolean {
      return checkHandler(contents, permission, origin, details);
    },
  };
}

const appCamera: MediaAccessPermissionRequest = {
  isMainFrame: true,
  requestingUrl: 'app://kiosk/index.html',
  securityOrigin: 'app://kiosk/',
  mediaTypes: ['video'],
};

describe('installPermissionHandlers: requests', () => {
  it("grants the app's main frame the camera", () => {
    expect(installed().ask('media', appCamera)).toBe(true);
  });

  it('denies the microphone, alone or with the camera', () => {
    const { ask } = installed();
    expect(ask('media', { ...appCamera, mediaTypes: ['audio'] })).toBe(false);
    expect(ask('media', { ...appCamera, mediaTypes: ['video', 'audio'] })).toBe(false);
  });

  it('denies media requests that do not say what they want', () => {
    const { ask } = installed();
    expect(ask('media', { ...appCamera, mediaTypes: [] })).toBe(false);
    const noTypes = { ...appCamera };
    delete noTypes.mediaTypes;
    expect(ask('media', noTypes)).toBe(false);
  });

  it('denies the camera to a foreign origin and to a subframe', () => {
    const { ask } = installed();
    expect(
      ask('media', {
        ...appCamera,
        requestingUrl: 'https://evil.example/',
        securityOrigin: 'https://evil.example/',
      }),
    ).toBe(false);
    expect(ask('media', { ...appCamera, securityOrigin: 'https://evil.example/' })).toBe(false);
    expect(ask('media', { ...appCamera, requestingUrl: 'app://evil/index.html' })).toBe(false);
    expect(ask('media', { ...appCamera, isMainFrame: false })).toBe(false);
  });

  it('denies every other permission, even to the app', () => {
    const { ask } = installed();
    const others: RequestedPermission[] = [
      'geolocation',
      'notifications',
      'clipboard-read',
      'display-capture',
      'midi',
      'midiSysex',
      'openExternal',
      'pointerLock',
      'keyboardLock',
      'fullscreen',
      'window-management',
      'fileSystem',
      'unknown',
    ];
    for (const permission of others) {
      expect(ask(permission, appCamera), permission).toBe(false);
    }
  });
});

describe('installPermissionHandlers: checks', () => {
  const videoCheck: PermissionCheckHandlerHandlerDetails = {
    isMainFrame: true,
    mediaType: 'video',
    securityOrigin: 'app://kiosk/',
    requestingUrl: 'app://kiosk/index.html',
  };

  it("answers yes only for the app's camera", () => {
    const { check } = installed();
    expect(check('media', 'app://kiosk', videoCheck)).toBe(true);
    expect(check('media', 'app://kiosk/', videoCheck)).toBe(true);
  });

  it('answers no for audio, unknown media, foreign origins, subframes and other permissions', () => {
    const { check } = installed();
    expect(check('media', 'app://kiosk', { ...videoCheck, mediaType: 'audio' })).toBe(false);
    expect(check('media', 'app://kiosk', { ...videoCheck, mediaType: 'unknown' })).toBe(false);
    expect(check('media', 'https://evil.example', videoCheck)).toBe(false);
    expect(check('media', 'app://kiosk', { ...videoCheck, isMainFrame: false })).toBe(false);
    expect(
      check('media', 'app://kiosk', { ...videoCheck, embeddingOrigin: 'https://evil.example' }),
    ).toBe(false);
    for (const permission of ['geolocation', 'notifications', 'hid', 'serial', 'usb'] as const) {
      expect(check(permission, 'app://kiosk', videoCheck), permission).toBe(false);
    }
  });
});

describe('contentSecurityPolicy', () => {
  const directives = new Map(
    contentSecurityPolicy.split(';').map((d) => {
      const [name = '', ...values] = d.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );

  it('allows WebAssembly compilation but not eval', () => {
    expect(directives.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(contentSecurityPolicy).not.toMatch(/'unsafe-eval'/);
  });

  it('loads nothing remote and embeds nothing', () => {
    // Only connect-src names remote schemes: the sync server's address is chosen at run time.
    const withoutConnect = [...directives].filter(([name]) => name !== 'connect-src');
    expect(JSON.stringify(withoutConnect)).not.toMatch(/https?:|wss?:|\*/);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'", 'http:', 'https:']);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('frame-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
  });
});
