import { describe, expect, it } from 'vitest';
import { BRIDGE_CALLS } from '../../../shared/bridge';
import { registerIpcHandlers, type InvokeEventLike } from '../../../electron/ipc';
import { BadSavedFileError, parseSavedFile, saveWithDialog } from '../../../electron/save-file';

const bytes = new Uint8Array([0xef, 0xbb, 0xbf, 0x61]);
const good = { name: 'presences-2026-11.csv', mime: 'text/csv', data: bytes };

describe('parseSavedFile', () => {
  it('accepts a bare name, a MIME type and bytes', () => {
    expect(parseSavedFile(good)).toEqual(good);
  });
  it.each([
    ['a path', { ...good, name: '../../etc/passwd' }],
    ['a Windows path', { ...good, name: 'C:\\Users\\x.csv' }],
    ['a parent reference', { ...good, name: '..' }],
    ['a control character', { ...good, name: 'a\u0000.csv' }],
    ['an empty name', { ...good, name: '' }],
    ['a huge name', { ...good, name: 'x'.repeat(201) }],
    ['a bad MIME type', { ...good, mime: 'text/csv; charset=utf-8\nX: y' }],
    ['a string instead of bytes', { ...good, data: 'abc' }],
    ['an array instead of bytes', { ...good, data: [1, 2, 3] }],
    ['too many bytes', { ...good, data: { byteLength: 1 } }],
    ['null', null],
  ])('refuses %s', (_label, input) => {
    expect(() => parseSavedFile(input)).toThrow(BadSavedFileError);
  });
});

describe('saveWithDialog', () => {
  it('writes where the admin chose, offering the name in the default folder', async () => {
    const written: [string, Uint8Array][] = [];
    const offered: string[] = [];
    const result = await saveWithDialog(good, {
      dialog: {
        showSaveDialog: async (options) => {
          offered.push(options.defaultPath);
          expect(options.filters).toEqual([{ name: 'CSV', extensions: ['csv'] }]);
          return { canceled: false, filePath: '/media/usb/export.csv' };
        },
      },
      defaultFolder: '/home/kiosk/Documents',
      writeFile: async (file, data) => {
        written.push([file, data]);
      },
    });
    expect(result).toBe('saved');
    expect(offered).toEqual(['/home/kiosk/Documents/presences-2026-11.csv']);
    expect(written).toEqual([['/media/usb/export.csv', bytes]]);
  });
  it('writes nothing when the admin cancels', async () => {
    let writes = 0;
    const result = await saveWithDialog(good, {
      dialog: { showSaveDialog: async () => ({ canceled: true }) },
      defaultFolder: '/tmp',
      writeFile: async () => {
        writes += 1;
      },
    });
    expect(result).toBe('cancelled');
    expect(writes).toBe(0);
  });
});

describe('the save-file and print channels', () => {
  type Handler = (event: InvokeEventLike, ...args: unknown[]) => unknown;
  const handlers = new Map<string, Handler>();
  const saved: unknown[] = [];
  let prints = 0;
  registerIpcHandlers(
    {
      handle: (channel, listener) => handlers.set(channel, listener),
      removeHandler: () => undefined,
    },
    {
      appOrigin: 'app://kiosk',
      handlers: {
        appVersion: () => '0',
        getConfig: () => ({ kioskName: 'x', defaultLanguage: 'fr' }),
        quit: () => undefined,
        cancelExit: () => undefined,
        crashReport: async () => ({ count: 0, lastAt: null, lastReason: null }),
        saveFile: async (file) => {
          saved.push(file);
          return 'saved' as const;
        },
        print: async () => {
          prints += 1;
        },
        loadDeviceToken: async () => null,
        storeDeviceToken: async () => undefined,
        setupState: () => 'missing',
        checkSetupCode: () => false,
      },
    },
  );
  const app: InvokeEventLike = { senderFrame: { url: 'app://kiosk/index.html', parent: null } };
  const foreign: InvokeEventLike = { senderFrame: { url: 'https://evil.example/', parent: null } };

  it('pass a validated file and a print request from the app', async () => {
    expect(await handlers.get(BRIDGE_CALLS.saveFile.channel)!(app, good)).toBe('saved');
    await handlers.get(BRIDGE_CALLS.print.channel)!(app);
    expect(saved).toEqual([good]);
    expect(prints).toBe(1);
  });
  it('refuse a foreign frame and a malformed file', () => {
    expect(() => handlers.get(BRIDGE_CALLS.saveFile.channel)!(foreign, good)).toThrow(/Refused/);
    expect(() => handlers.get(BRIDGE_CALLS.print.channel)!(foreign)).toThrow(/Refused/);
    expect(() =>
      handlers.get(BRIDGE_CALLS.saveFile.channel)!(app, { ...good, name: '/etc/x' }),
    ).toThrow(BadSavedFileError);
    expect(saved).toHaveLength(1);
  });
});
