import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  defaultKioskConfig,
  loadKioskConfig,
  validateKioskConfig,
  type ConfigFs,
} from '../../../electron/config';
import { recordingLogger } from './fakes';

const userData = '/home/kiosk/.config/Accueil';
const app = {
  getPath: (name: string) => {
    if (name !== 'userData') throw new Error(`unexpected getPath(${name})`);
    return userData;
  },
};

function fsWith(files: Record<string, string | Error>): ConfigFs & { reads: string[] } {
  const reads: string[] = [];
  return {
    reads,
    readFileSync(file) {
      reads.push(file);
      const content = files[file];
      if (content instanceof Error) throw content;
      if (content === undefined) {
        throw Object.assign(new Error(`ENOENT: no such file, open '${file}'`), { code: 'ENOENT' });
      }
      return content;
    },
  };
}

const configPath = path.join(userData, 'config.json');
const load = (content?: string | Error) => {
  const log = recordingLogger();
  const fs = fsWith(content === undefined ? {} : { [configPath]: content });
  return { ...loadKioskConfig(app, fs, log), log, fs };
};

describe('loadKioskConfig', () => {
  it('reads config.json from userData', async () => {
    const {
      config,
      problems,
      fs,
      path: used,
    } = await load(JSON.stringify({ kioskName: 'Accueil 2e étage', defaultLanguage: 'nl' }));
    expect(fs.reads).toEqual([configPath]);
    expect(used).toBe(configPath);
    expect(problems).toEqual([]);
    expect(config).toEqual({
      kioskName: 'Accueil 2e étage',
      defaultLanguage: 'nl',
    });
  });

  it('uses the defaults, silently, when there is no file', async () => {
    const { config, problems, log } = await load();
    expect(config).toEqual({ kioskName: 'Accueil', defaultLanguage: 'fr' });
    expect(problems).toEqual([]);
    expect(log.entries).toEqual([]);
  });

  it('reports broken JSON and falls back to the defaults', async () => {
    const { config, problems, log } = await load('{ "kioskName": "Hall", ');
    expect(config).toEqual(defaultKioskConfig);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/not valid JSON/);
    expect(log.entries.map((e) => e.level)).toEqual(['warn']);
  });

  it('reports a file that cannot be read', async () => {
    const denied = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    const { config, problems } = await load(denied);
    expect(config).toEqual(defaultKioskConfig);
    expect(problems[0]).toMatch(/could not be read.*EACCES/);
  });

  it('accepts a UTF-8 byte-order mark (Windows Notepad)', async () => {
    const { config, problems } = await load('\uFEFF{"kioskName":"Hall"}');
    expect(problems).toEqual([]);
    expect(config.kioskName).toBe('Hall');
  });

  it('never enables the demo roster', async () => {
    const { config, problems } = await load('{"demoAllowed": true}');
    expect(config).not.toHaveProperty('demoAllowed');
    expect(problems).toEqual([
      'demoAllowed is ignored: the demo roster is never allowed on a kiosk.',
    ]);
  });

  it('carries the set-up code, and the fields to write one back, only from a usable file', () => {
    const withCode = load('{"kioskName":"Hall","setupCode":"abcde-fghjk"}');
    expect(withCode.setupCode).toBe('abcde-fghjk');
    expect(withCode.problems).toEqual([]);
    const without = load('{"kioskName":"Hall"}');
    expect(without.setupCode).toBeNull();
    expect(without.fields).toEqual({ kioskName: 'Hall' });
    expect(load().fields).toEqual({});
    expect(load('{ broken').fields).toBeNull();
    const bad = load('{"setupCode":"0000"}');
    expect(bad.setupCode).toBeNull();
    expect(bad.problems[0]).toMatch(/setupCode/);
  });

  it('never throws, whatever the file says', async () => {
    for (const content of ['', 'null', '[]', '42', '"x"', '{"__proto__": {"kioskName": 1}}']) {
      const { config } = await load(content);
      expect(config, content).not.toHaveProperty('demoAllowed');
      expect(typeof config.kioskName).toBe('string');
    }
  });
});

describe('validateKioskConfig', () => {
  it('replaces each invalid field with its default and keeps the valid ones', () => {
    const { config, problems } = validateKioskConfig({ kioskName: '', defaultLanguage: 'de' });
    expect(config).toEqual({ kioskName: 'Accueil', defaultLanguage: 'de' });
    expect(problems).toEqual([expect.stringMatching(/kioskName must be 1 to 64/)]);
  });

  it('checks the kiosk name length in characters, 1 to 64', () => {
    expect(validateKioskConfig({ kioskName: 'é'.repeat(64) }).problems).toEqual([]);
    expect(validateKioskConfig({ kioskName: 'x'.repeat(65) }).problems).toHaveLength(1);
    expect(validateKioskConfig({ kioskName: '   ' }).problems).toHaveLength(1);
    expect(validateKioskConfig({ kioskName: 'a\nb' }).problems).toHaveLength(1);
    expect(validateKioskConfig({ kioskName: 42 }).problems).toEqual([
      expect.stringMatching(/kioskName must be a string/),
    ]);
    expect(validateKioskConfig({ kioskName: '  Hall  ' }).config.kioskName).toBe('Hall');
  });

  it('accepts only fr, nl, de and en', () => {
    for (const lang of ['fr', 'nl', 'de', 'en']) {
      expect(validateKioskConfig({ defaultLanguage: lang }).config.defaultLanguage).toBe(lang);
    }
    for (const lang of ['FR', 'es', '', null, 1]) {
      const { config, problems } = validateKioskConfig({ defaultLanguage: lang });
      expect(config.defaultLanguage).toBe('fr');
      expect(problems).toEqual([
        expect.stringMatching(/defaultLanguage must be one of fr, nl, de, en/),
      ]);
    }
  });

  it('names unknown settings, so a typo does not go unnoticed', () => {
    expect(validateKioskConfig({ kioskname: 'Hall' }).problems).toEqual([
      expect.stringMatching(/Unknown setting "kioskname"/),
    ]);
  });
});
