import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BadDeviceTokenError,
  createDeviceTokenStore,
  DEVICE_TOKEN_FILE,
  TokenEncryptionUnavailableError,
  type SafeStorageLike,
  type TokenFs,
} from '../../../electron/device-token';
import { recordingLogger } from './fakes';

/** A reversible stand-in for the OS key store: never the plain text on "disk". */
function fakeSafeStorage(options: { available?: boolean; backend?: string } = {}) {
  const storage: SafeStorageLike = {
    isEncryptionAvailable: () => options.available ?? true,
    encryptString: (text) => Buffer.from(`enc:${[...text].reverse().join('')}`),
    decryptString: (data) => {
      const text = data.toString();
      if (!text.startsWith('enc:')) throw new Error('Error while decrypting the ciphertext');
      return [...text.slice(4)].reverse().join('');
    },
    getSelectedStorageBackend: () => options.backend ?? 'gnome_libsecret',
  };
  return storage;
}

function fakeFs() {
  const files = new Map<string, Buffer>();
  const fs: TokenFs = {
    readFile: async (file) => {
      const data = files.get(file);
      if (!data) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      return data;
    },
    writeFile: async (file, data) => {
      files.set(file, data);
    },
    rm: async (file) => {
      files.delete(file);
    },
    rename: async (from, to) => {
      const data = files.get(from);
      if (!data) throw new Error('missing');
      files.delete(from);
      files.set(to, data);
    },
  };
  return { fs, files };
}

const userDataDir = '/var/lib/accueil';
const file = path.join(userDataDir, DEVICE_TOKEN_FILE);

describe('device token store', () => {
  it('keeps the token encrypted in userData and reads it back', async () => {
    const { fs, files } = fakeFs();
    const log = recordingLogger();
    const store = createDeviceTokenStore({ safeStorage: fakeSafeStorage(), fs, userDataDir, log });
    expect(await store.load()).toBeNull();
    await store.store('kiosk-1.s3cret');
    expect([...files.keys()]).toEqual([file]);
    expect(files.get(file)?.toString()).not.toContain('s3cret');
    expect(await store.load()).toBe('kiosk-1.s3cret');
    await store.store(null);
    expect(files.size).toBe(0);
    expect(await store.load()).toBeNull();
  });

  it('refuses to store in plain text when encryption is unavailable, and says so', async () => {
    for (const safeStorage of [
      fakeSafeStorage({ available: false }),
      fakeSafeStorage({ backend: 'basic_text' }),
    ]) {
      const { fs, files } = fakeFs();
      const log = recordingLogger();
      const store = createDeviceTokenStore({ safeStorage, fs, userDataDir, log });
      await expect(store.store('kiosk-1.s3cret')).rejects.toThrow(TokenEncryptionUnavailableError);
      expect(files.size).toBe(0);
      expect(log.entries.some((e) => e.level === 'error' && /plain text/.test(e.message))).toBe(
        true,
      );
    }
  });

  it('refuses what is not a token (the renderer is not trusted)', async () => {
    const { fs, files } = fakeFs();
    const store = createDeviceTokenStore({
      safeStorage: fakeSafeStorage(),
      fs,
      userDataDir,
      log: recordingLogger(),
    });
    for (const bad of ['', 'a b', 'x'.repeat(513), 42, {}, undefined, 'é']) {
      await expect(store.store(bad), String(bad)).rejects.toThrow(BadDeviceTokenError);
    }
    expect(files.size).toBe(0);
  });

  it('treats an undecryptable file as not enrolled, and logs why', async () => {
    const { fs, files } = fakeFs();
    files.set(file, Buffer.from('garbage'));
    const log = recordingLogger();
    const store = createDeviceTokenStore({ safeStorage: fakeSafeStorage(), fs, userDataDir, log });
    expect(await store.load()).toBeNull();
    expect(log.entries.map((e) => e.level)).toContain('error');
  });
});
