// The kiosk's one-time set-up code (shared/setup-code.ts). The installation's first start writes
// one into <userData>/config.json, where whoever installs the kiosk reads it (DEPLOY.md); creating
// the first admin requires it. The code stays in the main process: the page can only ask whether
// there is one and whether what was typed matches.
import { generateSetupCode } from '../shared/setup-code';
import type { LoadedConfig } from './config';
import type { Logger } from './log';

export interface SetupCodeFs {
  writeFile(path: string, data: string, options: { mode: number }): Promise<void>;
  rename(from: string, to: string): Promise<void>;
}

export class BadSetupCodeError extends Error {
  constructor() {
    super('A typed set-up code must be a string of at most 64 characters');
    this.name = 'BadSetupCodeError';
  }
}

/** What the page sent as a typed code: a short string, whatever it says. */
export function parseTypedSetupCode(input: unknown): string {
  if (typeof input !== 'string' || input.length > 64) throw new BadSetupCodeError();
  return input;
}

/**
 * The kiosk's set-up code: the one in config.json, or a new one written there (the rest of the
 * file kept, replaced in one rename). Null when the file cannot be used or written: then the
 * kiosk offers no staff area until someone fixes it, which the log says.
 */
export async function ensureSetupCode(
  loaded: LoadedConfig,
  deps: { fs: SetupCodeFs; randomBytes: (n: number) => Uint8Array; log: Logger },
): Promise<string | null> {
  const { fs, log } = deps;
  if (loaded.setupCode) return loaded.setupCode;
  if (!loaded.fields) {
    log.error('No set-up code: config.json is unreadable, so it is left as it is. Fix the file.', {
      path: loaded.path,
    });
    return null;
  }
  const code = generateSetupCode(deps.randomBytes);
  const text = `${JSON.stringify({ ...loaded.fields, setupCode: code }, null, 2)}\n`;
  const temporary = `${loaded.path}.tmp`;
  try {
    // Readable by the kiosk's account only: the code lets whoever holds it become admin.
    await fs.writeFile(temporary, text, { mode: 0o600 });
    await fs.rename(temporary, loaded.path);
  } catch (error) {
    log.error('No set-up code: config.json could not be written', error);
    return null;
  }
  log.info('A set-up code for the first admin was written to config.json', { path: loaded.path });
  return code;
}
