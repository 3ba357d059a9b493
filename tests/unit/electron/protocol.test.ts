import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  appScheme,
  createAppProtocolHandler,
  mimeTypeFor,
  registerAppScheme,
  resolveAppPath,
  serveAppProtocol,
  type FileReader,
} from '../../../electron/protocol';
import { contentSecurityPolicy } from '../../../electron/security';
import { recordingLogger } from './fakes';

const root = '/opt/accueil/dist/renderer';

function expectRefused(url: string, rootDir = root, pathApi = path.posix): void {
  const result = resolveAppPath(rootDir, url, pathApi);
  expect(result.ok, `${url} -> ${JSON.stringify(result)}`).toBe(false);
}

describe('resolveAppPath', () => {
  it('maps app URLs to files under the renderer directory', () => {
    expect(resolveAppPath(root, 'app://kiosk/assets/index-abc.js')).toEqual({
      ok: true,
      filePath: `${root}/assets/index-abc.js`,
      spaFallback: false,
    });
    expect(resolveAppPath(root, 'app://kiosk/assets/zxing_reader.wasm?v=2#x')).toMatchObject({
      ok: true,
      filePath: `${root}/assets/zxing_reader.wasm`,
    });
    expect(resolveAppPath(root, 'app://kiosk/fonts/Inter%20Bold.woff2')).toMatchObject({
      ok: true,
      filePath: `${root}/fonts/Inter Bold.woff2`,
    });
  });

  it('falls back to index.html for extension-less paths only', () => {
    for (const url of ['app://kiosk/', 'app://kiosk', 'app://kiosk/staff', 'app://kiosk/a/b/']) {
      expect(resolveAppPath(root, url), url).toEqual({
        ok: true,
        filePath: `${root}/index.html`,
        spaFallback: true,
      });
    }
    expect(resolveAppPath(root, 'app://kiosk/missing.js')).toMatchObject({ spaFallback: false });
  });

  it('never leaves the renderer directory through dot segments', () => {
    // The URL parser folds these before the handler sees them; what is left must stay inside.
    for (const url of [
      'app://kiosk/../../etc/passwd.txt',
      'app://kiosk/assets/../../../etc/passwd.txt',
      'app://kiosk/%2e%2e/%2e%2e/etc/passwd.txt',
      'app://kiosk/.%2E/.%2e/etc/shadow.txt',
    ]) {
      const result = resolveAppPath(root, url);
      if (result.ok) {
        expect(result.filePath.startsWith(`${root}/`), url).toBe(true);
        expect(path.relative(root, result.filePath).split('/')).not.toContain('..');
      }
    }
  });

  it('refuses encoded separators, backslashes and absolute paths', () => {
    for (const url of [
      'app://kiosk/..%2f..%2fetc%2fpasswd',
      'app://kiosk/..%2F..%2Fetc%2Fpasswd.txt',
      'app://kiosk/%2e%2e%2f%2e%2e%2fetc%2fpasswd.txt',
      'app://kiosk/%2Fetc%2Fpasswd.txt',
      'app://kiosk//etc/passwd.txt',
      'app://kiosk/assets\\..\\..\\secret.txt',
      'app://kiosk/assets%5c..%5c..%5csecret.txt',
      'app://kiosk/C:%5CWindows%5Cwin.ini',
      'app://kiosk/C:/Windows/win.ini',
      'app://kiosk/index.html%00.png',
      'app://kiosk/%E0%A4%A.js',
    ]) {
      expectRefused(url);
    }
  });

  it('applies the same rules with Windows paths', () => {
    const winRoot = 'C:\\Program Files\\Accueil\\resources\\app.asar\\dist\\renderer';
    expect(resolveAppPath(winRoot, 'app://kiosk/assets/a.js', path.win32)).toEqual({
      ok: true,
      filePath: `${winRoot}\\assets\\a.js`,
      spaFallback: false,
    });
    for (const url of [
      'app://kiosk/..%5C..%5Cwindows%5Cwin.ini',
      'app://kiosk/C:%5Cwindows%5Cwin.ini',
      'app://kiosk/D:/secret.txt',
      'app://kiosk/%5C%5Cserver%5Cshare%5Cx.txt',
      'app://kiosk/index.html::$DATA.js',
    ]) {
      expectRefused(url, winRoot, path.win32);
    }
  });

  it('refuses other hosts and schemes', () => {
    expect(resolveAppPath(root, 'app://other/index.html')).toMatchObject({
      ok: false,
      status: 404,
    });
    expect(resolveAppPath(root, 'file:///etc/passwd')).toMatchObject({ ok: false, status: 404 });
    expect(resolveAppPath(root, 'no url')).toMatchObject({ ok: false, status: 400 });
  });
});

describe('mimeTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['assets/index-abc.js', 'text/javascript; charset=utf-8'],
    ['assets/index-abc.css', 'text/css; charset=utf-8'],
    ['assets/zxing_reader.wasm', 'application/wasm'],
    ['logo.svg', 'image/svg+xml'],
    ['icon.PNG', 'image/png'],
    ['fonts/a.woff2', 'font/woff2'],
    ['manifest.json', 'application/json; charset=utf-8'],
    ['sounds/ok.mp3', 'audio/mpeg'],
    ['README', 'application/octet-stream'],
    ['archive.tar.gz', 'application/octet-stream'],
  ])('%s -> %s', (file, type) => {
    expect(mimeTypeFor(file)).toBe(type);
  });
});

describe('createAppProtocolHandler', () => {
  const files = new Map<string, string>([
    [`${root}/index.html`, '<!doctype html><title>Accueil</title>'],
    [`${root}/assets/app.js`, 'console.log(1)'],
    [`${root}/assets/zxing_reader.wasm`, '\0asm'],
  ]);
  const reads: string[] = [];
  const readFile: FileReader = async (file) => {
    reads.push(file);
    const text = files.get(file);
    if (text !== undefined) return new TextEncoder().encode(text);
    if (file.endsWith('broken.js')) throw Object.assign(new Error('EIO'), { code: 'EIO' });
    throw Object.assign(new Error(`ENOENT: ${file}`), { code: 'ENOENT' });
  };
  const log = recordingLogger();
  const handle = createAppProtocolHandler({ rootDir: root, readFile, log });
  const get = (url: string, method = 'GET') => handle({ url, method });

  it('serves files with their type and the CSP', async () => {
    const res = await get('app://kiosk/assets/zxing_reader.wasm');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/wasm');
    expect(res.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await res.text()).toBe('\0asm');
  });

  it('serves index.html for client routes', async () => {
    const res = await get('app://kiosk/staff/roster');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await res.text()).toContain('<title>Accueil</title>');
  });

  it('answers 404 for a missing asset, with the CSP still on', async () => {
    const res = await get('app://kiosk/assets/missing.js');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
  });

  it('refuses traversal without touching the disk', async () => {
    reads.length = 0;
    const res = await get('app://kiosk/..%2f..%2fetc%2fpasswd');
    expect(res.status).toBe(403);
    expect(res.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(reads).toEqual([]);
  });

  it('answers 500 on a read error other than not-found, and logs it', async () => {
    const res = await get('app://kiosk/assets/broken.js');
    expect(res.status).toBe(500);
    expect(log.entries.some((e) => e.level === 'error' && e.message.includes('broken.js'))).toBe(
      true,
    );
  });

  it('supports HEAD and refuses other methods', async () => {
    const head = await get('app://kiosk/assets/app.js', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await head.text()).toBe('');
    expect((await get('app://kiosk/assets/app.js', 'POST')).status).toBe(405);
  });
});

describe('scheme registration', () => {
  it('registers app: as a standard, secure, fetchable, streamable scheme', () => {
    const calls: unknown[] = [];
    registerAppScheme({ registerSchemesAsPrivileged: (schemes) => calls.push(schemes) });
    expect(calls).toEqual([[appScheme]]);
    expect(appScheme).toEqual({
      scheme: 'app',
      privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true },
    });
  });

  it('installs the handler for the app scheme', async () => {
    const registered: Array<{ scheme: string; handler: (r: Request) => unknown }> = [];
    serveAppProtocol(
      { handle: (scheme, handler) => registered.push({ scheme, handler }) },
      { rootDir: root, readFile: async () => new TextEncoder().encode('x') },
    );
    expect(registered.map((r) => r.scheme)).toEqual(['app']);
    const res = (await registered[0]?.handler(new Request('app://kiosk/index.html'))) as Response;
    expect(res.status).toBe(200);
  });
});
