import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CRASH_FILE,
  CRASH_FILE_MAX_BYTES,
  createCrashLog,
  validateCrashReport,
  type CrashLogFs,
} from '../../../electron/crash-log';
import { recordingLogger } from './fakes';

const DIR = '/home/kiosk/.config/accueil';
const FILE = path.join(DIR, CRASH_FILE);

/** An in-memory folder; `fail` makes the named operation throw. */
function memoryFs(initial: Record<string, string> = {}) {
  const files = new Map(Object.entries(initial));
  const fail = new Set<'stat' | 'readFile' | 'writeFile' | 'rename'>();
  const enoent = () => Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
  const fs: CrashLogFs = {
    stat: async (file) => {
      if (fail.has('stat')) throw Object.assign(new Error('EACCES'), { code: 'EACCES' });
      const text = files.get(file);
      if (text === undefined) throw enoent();
      return { size: Buffer.byteLength(text) };
    },
    readFile: async (file) => {
      if (fail.has('readFile')) throw new Error('EIO');
      const text = files.get(file);
      if (text === undefined) throw enoent();
      return text;
    },
    writeFile: async (file, data) => {
      if (fail.has('writeFile')) throw Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' });
      files.set(file, data);
    },
    rename: async (from, to) => {
      if (fail.has('rename')) throw new Error('EXDEV');
      const text = files.get(from);
      if (text === undefined) throw enoent();
      files.delete(from);
      files.set(to, text);
    },
  };
  return { fs, files, fail };
}

function setup(initial: Record<string, string> = {}, now = 1_750_000_000_000) {
  const memory = memoryFs(initial);
  const log = recordingLogger();
  const crashLog = createCrashLog({ fs: memory.fs, userDataDir: DIR, now: () => now, log });
  return { ...memory, log, crashLog };
}

const zero = { count: 0, lastAt: null, lastReason: null };

describe('validateCrashReport', () => {
  it('keeps a good report and drops each bad field on its own', () => {
    const good = { count: 3, lastAt: 1_750_000_000_000, lastReason: 'oom' };
    expect(validateCrashReport(good)).toEqual(good);
    expect(validateCrashReport({ ...good, count: -1 })).toEqual({ ...good, count: 0 });
    expect(validateCrashReport({ ...good, count: 1.5 })).toEqual({ ...good, count: 0 });
    expect(validateCrashReport({ ...good, count: '3' })).toEqual({ ...good, count: 0 });
    expect(validateCrashReport({ ...good, lastAt: 'yesterday' })).toEqual({
      ...good,
      lastAt: null,
    });
    expect(validateCrashReport({ ...good, lastAt: Infinity })).toEqual({ ...good, lastAt: null });
    expect(validateCrashReport({ ...good, lastReason: '<img src=x>' })).toEqual({
      ...good,
      lastReason: null,
    });
    expect(validateCrashReport({ ...good, lastReason: 'x'.repeat(100) })).toEqual({
      ...good,
      lastReason: null,
    });
  });

  it('is zero for anything that is not an object', () => {
    for (const raw of [null, 3, 'text', [1, 2], true, undefined]) {
      expect(validateCrashReport(raw), JSON.stringify(raw)).toEqual(zero);
    }
  });
});

describe('createCrashLog', () => {
  it('reads zero when the file is missing, quietly', async () => {
    const { crashLog, log } = setup();
    expect(await crashLog.read()).toEqual(zero);
    expect(log.entries).toEqual([]);
  });

  it('reads zero from a broken file, and says so in the log', async () => {
    for (const text of ['{"count": 2,', '', 'null', '\u0000\u0001binary']) {
      const { crashLog, log } = setup({ [FILE]: text });
      expect(await crashLog.read(), JSON.stringify(text)).toEqual(zero);
      if (text !== 'null') expect(log.entries.at(-1)?.level).toBe('warn');
    }
  });

  it('does not read a huge file at all', async () => {
    const huge = JSON.stringify({ count: 5, padding: 'x'.repeat(CRASH_FILE_MAX_BYTES) });
    const { crashLog, log, fs } = setup({ [FILE]: huge });
    let reads = 0;
    const readFile = fs.readFile;
    fs.readFile = async (...args) => {
      reads += 1;
      return readFile(...args);
    };
    expect(await crashLog.read()).toEqual(zero);
    expect(reads).toBe(0);
    expect(log.entries.at(-1)?.message).toMatch(/not ours/);
  });

  it('reads zero when the file cannot be read (permissions, I/O)', async () => {
    const { crashLog, fail } = setup({ [FILE]: '{"count":1}' });
    fail.add('stat');
    expect(await crashLog.read()).toEqual(zero);
    const other = setup({ [FILE]: '{"count":1}' });
    other.fail.add('readFile');
    expect(await other.crashLog.read()).toEqual(zero);
  });

  it('counts crashes on top of what the file held, and writes them through a rename', async () => {
    const { crashLog, files } = setup({
      [FILE]: JSON.stringify({ count: 2, lastAt: 1, lastReason: 'crashed' }),
    });
    await crashLog.record('oom');
    expect(await crashLog.read()).toEqual({
      count: 3,
      lastAt: 1_750_000_000_000,
      lastReason: 'oom',
    });
    expect(JSON.parse(files.get(FILE) ?? '')).toEqual(await crashLog.read());
    expect(files.has(`${FILE}.tmp`)).toBe(false);
  });

  it('counts crashes in quick succession without losing one', async () => {
    const { crashLog, files } = setup();
    await Promise.all([
      crashLog.record('crashed'),
      crashLog.record('killed'),
      crashLog.record('oom'),
    ]);
    await crashLog.settled();
    expect(await crashLog.read()).toMatchObject({ count: 3, lastReason: 'oom' });
    expect(JSON.parse(files.get(FILE) ?? '')).toMatchObject({ count: 3 });
  });

  it('never rejects when the disk is full, and keeps counting in memory', async () => {
    const { crashLog, fail, log } = setup();
    fail.add('writeFile');
    await expect(crashLog.record('crashed')).resolves.toBeUndefined();
    await expect(crashLog.settled()).resolves.toBeUndefined();
    expect(await crashLog.read()).toMatchObject({ count: 1 });
    expect(log.entries.at(-1)?.level).toBe('error');
  });

  it('stores an odd reason as "unknown", never the text itself', async () => {
    const { crashLog } = setup();
    await crashLog.record('Crashed!\n<script>');
    expect((await crashLog.read()).lastReason).toBe('unknown');
  });

  it('a report handed out cannot change the log', async () => {
    const { crashLog } = setup();
    const report = await crashLog.read();
    report.count = 99;
    expect((await crashLog.read()).count).toBe(0);
  });
});
