import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LoadedConfig } from '../../../electron/config';
import { ensureSetupCode } from '../../../electron/setup-code';
import { applyAppLocale } from '../../../electron/locale';
import { isSetupCode } from '../../../shared/setup-code';
import { recordingLogger } from './fakes';

const configPath = path.join('/home/kiosk/.config/Accueil', 'config.json');
const loaded = (over: Partial<LoadedConfig>): LoadedConfig => ({
  config: { kioskName: 'Hall', defaultLanguage: 'fr' },
  setupCode: null,
  fields: {},
  problems: [],
  path: configPath,
  ...over,
});

function fakeFs(failWrite = false) {
  const files = new Map<string, { data: string; mode: number }>();
  return {
    files,
    writeFile: async (file: string, data: string, options: { mode: number }) => {
      if (failWrite) throw Object.assign(new Error('EACCES'), { code: 'EACCES' });
      files.set(file, { data, mode: options.mode });
    },
    rename: async (from: string, to: string) => {
      const entry = files.get(from);
      if (!entry) throw new Error(`ENOENT ${from}`);
      files.delete(from);
      files.set(to, entry);
    },
  };
}
const counter = () => {
  let next = 0;
  return (n: number) => Uint8Array.from({ length: n }, () => next++ % 256);
};

describe('ensureSetupCode', () => {
  it('keeps the code config.json already has, writing nothing', async () => {
    const fs = fakeFs();
    const code = await ensureSetupCode(loaded({ setupCode: 'ABCDE-FGHJK' }), {
      fs,
      randomBytes: counter(),
      log: recordingLogger(),
    });
    expect(code).toBe('ABCDE-FGHJK');
    expect(fs.files.size).toBe(0);
  });

  it('writes a new code into config.json, keeping the other fields, readable by the kiosk only', async () => {
    const fs = fakeFs();
    const log = recordingLogger();
    const code = await ensureSetupCode(
      loaded({ fields: { kioskName: 'Hall', defaultLanguage: 'nl' } }),
      { fs, randomBytes: counter(), log },
    );
    expect(isSetupCode(code)).toBe(true);
    const written = fs.files.get(configPath)!;
    expect(JSON.parse(written.data)).toEqual({
      kioskName: 'Hall',
      defaultLanguage: 'nl',
      setupCode: code,
    });
    expect(written.mode).toBe(0o600);
    expect([...fs.files.keys()]).toEqual([configPath]); // the temporary file was renamed
    expect(log.entries.map((e) => e.level)).toEqual(['info']);
  });

  it('leaves an unreadable file alone and has no code', async () => {
    const fs = fakeFs();
    const log = recordingLogger();
    const code = await ensureSetupCode(loaded({ fields: null }), {
      fs,
      randomBytes: counter(),
      log,
    });
    expect(code).toBeNull();
    expect(fs.files.size).toBe(0);
    expect(log.entries.map((e) => e.level)).toEqual(['error']);
  });

  it('has no code when config.json cannot be written', async () => {
    const log = recordingLogger();
    const code = await ensureSetupCode(loaded({}), {
      fs: fakeFs(true),
      randomBytes: counter(),
      log,
    });
    expect(code).toBeNull();
    expect(log.entries.map((e) => e.level)).toEqual(['error']);
  });
});

describe('applyAppLocale', () => {
  it('puts the kiosk language on Chromium’s command line', () => {
    for (const [language, locale] of [
      ['fr', 'fr-BE'],
      ['nl', 'nl-BE'],
      ['de', 'de-BE'],
      ['en', 'en-GB'],
    ] as const) {
      const switches: [string, string | undefined][] = [];
      applyAppLocale({ appendSwitch: (name, value) => switches.push([name, value]) }, language);
      expect(switches).toEqual([['lang', locale]]);
    }
  });
});
