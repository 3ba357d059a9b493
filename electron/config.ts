// The kiosk's local settings: <userData>/config.json, written by whoever installs the kiosk (and
// given its set-up code by the kiosk's first start, setup-code.ts). A kiosk must start whatever
// is in that file, so this never throws: anything unusable falls back to its default and is
// reported as a problem (logged here, shown to staff later). Read synchronously: the shell's
// language must be on Chromium's command line before the app is ready (locale.ts).
import nodePath from 'node:path';
import type { App } from 'electron';
import type { KioskConfig } from '../shared/bridge';
import { isSetupCode } from '../shared/setup-code';
import { LANGUAGES, type LanguageCode } from '../shared/types';
import { silentLogger, type Logger } from './log';

export const CONFIG_FILE_NAME = 'config.json';
export const KIOSK_NAME_MAX = 64;

export const defaultKioskConfig: Readonly<KioskConfig> = Object.freeze({
  kioskName: 'Accueil',
  defaultLanguage: 'fr',
});

export interface ConfigFs {
  readFileSync(path: string, encoding: 'utf8'): string;
}

export interface LoadedConfig {
  config: KioskConfig;
  /** The one-time set-up code of a fresh kiosk (shared/setup-code.ts), or null: none valid. */
  setupCode: string | null;
  /**
   * The file's fields as read ({} when there is no file), to write back with a set-up code; null
   * when the file could not be read or parsed: then nothing may overwrite it.
   */
  fields: Record<string, unknown> | null;
  /** Human-readable, one per problem; empty when the file was absent or fully valid. */
  problems: string[];
  path: string;
}

const KNOWN_KEYS = new Set(['kioskName', 'defaultLanguage', 'setupCode']);

function isLanguage(value: unknown): value is LanguageCode {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u001f\u007f]/;

/** Validates parsed JSON; each bad field falls back to its own default, the rest are kept. */
export function validateKioskConfig(raw: unknown): { config: KioskConfig; problems: string[] } {
  const config: KioskConfig = { ...defaultKioskConfig };
  const problems: string[] = [];
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    problems.push('config.json must contain a JSON object; using the defaults.');
    return { config, problems };
  }
  const record = raw as Record<string, unknown>;

  if ('kioskName' in record) {
    const name = record['kioskName'];
    const trimmed = typeof name === 'string' ? name.trim() : '';
    const length = [...trimmed].length; // code points, so accented names count as typed
    if (typeof name !== 'string') {
      problems.push(`kioskName must be a string; using "${defaultKioskConfig.kioskName}".`);
    } else if (length < 1 || length > KIOSK_NAME_MAX || CONTROL_CHARS.test(trimmed)) {
      problems.push(
        `kioskName must be 1 to ${KIOSK_NAME_MAX} printable characters; using "${defaultKioskConfig.kioskName}".`,
      );
    } else {
      config.kioskName = trimmed;
    }
  }

  if ('defaultLanguage' in record) {
    const language = record['defaultLanguage'];
    if (isLanguage(language)) {
      config.defaultLanguage = language;
    } else {
      problems.push(
        `defaultLanguage must be one of ${LANGUAGES.join(', ')}; using "${defaultKioskConfig.defaultLanguage}".`,
      );
    }
  }

  if ('setupCode' in record && !isSetupCode(record['setupCode'])) {
    problems.push('setupCode is not a set-up code (10 letters and digits); a new one is written.');
  }

  for (const key of Object.keys(record)) {
    if (KNOWN_KEYS.has(key)) continue;
    problems.push(
      key === 'demoAllowed'
        ? 'demoAllowed is ignored: the demo roster is never allowed on a kiosk.'
        : `Unknown setting "${key}" ignored (known: ${[...KNOWN_KEYS].join(', ')}).`,
    );
  }
  return { config, problems };
}

function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const { code } = error;
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}

export function loadKioskConfig(
  app: Pick<App, 'getPath'>,
  fs: ConfigFs,
  log: Logger = silentLogger,
): LoadedConfig {
  let path = CONFIG_FILE_NAME;
  const result = (
    problems: string[],
    fields: Record<string, unknown> | null,
    config: KioskConfig = { ...defaultKioskConfig },
  ): LoadedConfig => {
    for (const problem of problems) log.warn(problem, { path });
    const code = fields?.['setupCode'];
    return { config, setupCode: isSetupCode(code) ? code : null, fields, problems, path };
  };

  let text: string;
  try {
    path = nodePath.join(app.getPath('userData'), CONFIG_FILE_NAME);
    text = fs.readFileSync(path, 'utf8');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return result([], {});
    const reason = error instanceof Error ? error.message : String(error);
    return result([`config.json could not be read (${reason}); using the defaults.`], null);
  }

  let parsed: unknown;
  try {
    // Windows Notepad saves UTF-8 with a byte-order mark, which JSON.parse rejects.
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return result([`config.json is not valid JSON (${reason}); using the defaults.`], null);
  }
  const { config, problems } = validateKioskConfig(parsed);
  const fields =
    typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : null;
  return result(problems, fields, config);
}
