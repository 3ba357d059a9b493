// The sync server's device token, kept in userData encrypted by the OS key store (DPAPI on
// Windows, libsecret/kwallet on Linux) through Electron's safeStorage. Never in plain text: if
// encryption is unavailable the token is refused, and the kiosk keeps working offline.
import path from 'node:path';
import type { Logger } from './log';

export const DEVICE_TOKEN_FILE = 'device-token.bin';
/** A device token is `<kioskId>.<secret>`: short printable ASCII. */
const TOKEN_PATTERN = /^[\x21-\x7e]{1,512}$/;

/** The part of Electron's safeStorage this module uses. */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
  /** Linux only: 'basic_text' means a hard-coded key, i.e. no real protection. */
  getSelectedStorageBackend?(): string;
}

export interface TokenFs {
  readFile(file: string): Promise<Buffer>;
  writeFile(file: string, data: Buffer, options: { mode: number }): Promise<void>;
  rm(file: string, options: { force: boolean }): Promise<void>;
  rename(from: string, to: string): Promise<void>;
}

export class TokenEncryptionUnavailableError extends Error {
  constructor() {
    super('The device token cannot be kept: OS encryption (safeStorage) is unavailable');
    this.name = 'TokenEncryptionUnavailableError';
  }
}

export class BadDeviceTokenError extends Error {
  constructor() {
    super('Refused device token: expected 1 to 512 printable ASCII characters');
    this.name = 'BadDeviceTokenError';
  }
}

export interface DeviceTokenStore {
  load(): Promise<string | null>;
  store(token: unknown): Promise<void>;
}

/** Validates what came over IPC: a token of the expected shape, or null to forget it. */
export function parseDeviceToken(input: unknown): string | null {
  if (input === null) return null;
  if (typeof input !== 'string' || !TOKEN_PATTERN.test(input)) throw new BadDeviceTokenError();
  return input;
}

export function createDeviceTokenStore(deps: {
  safeStorage: SafeStorageLike;
  fs: TokenFs;
  userDataDir: string;
  log: Logger;
}): DeviceTokenStore {
  const { safeStorage, fs, log } = deps;
  const file = path.join(deps.userDataDir, DEVICE_TOKEN_FILE);

  const encryptionUsable = (): boolean => {
    if (!safeStorage.isEncryptionAvailable()) return false;
    // On Linux without a key ring Chromium falls back to a fixed key: that is plain text.
    return safeStorage.getSelectedStorageBackend?.() !== 'basic_text';
  };

  return {
    async load() {
      let data: Buffer;
      try {
        data = await fs.readFile(file);
      } catch (error) {
        if ((error as { code?: string }).code === 'ENOENT') return null;
        log.error('Device token could not be read: the kiosk syncs no more until re-enrolled', {
          error,
        });
        return null;
      }
      if (!encryptionUsable()) {
        log.error('Device token present but OS encryption is unavailable: it cannot be read');
        return null;
      }
      try {
        const token = safeStorage.decryptString(data);
        return TOKEN_PATTERN.test(token) ? token : null;
      } catch (error) {
        // A different OS user or a reset key ring: the token is lost, re-enrolment fixes it.
        log.error('Device token could not be decrypted: the kiosk must be enrolled again', {
          error,
        });
        return null;
      }
    },

    async store(input) {
      const token = parseDeviceToken(input);
      if (token === null) {
        await fs.rm(file, { force: true });
        log.info('Device token removed');
        return;
      }
      if (!encryptionUsable()) {
        log.error(
          'Refusing to store the device token in plain text: OS encryption (safeStorage) is unavailable. Install or unlock a key ring (Linux) and enrol again.',
        );
        throw new TokenEncryptionUnavailableError();
      }
      // Written beside, then renamed: a crash never leaves half a token behind.
      const temporary = `${file}.tmp`;
      await fs.writeFile(temporary, safeStorage.encryptString(token), { mode: 0o600 });
      await fs.rename(temporary, file);
      log.info('Device token stored (encrypted)');
    },
  };
}
