// How many times the renderer crashed and was brought back, kept in <userData>/crash-report.json
// so staff see it across relaunches and reboots (a kiosk that quietly restarts every night looks
// fine to everyone until someone counts). The file is ours but lives on a disk anything can
// touch: reading it never throws, and whatever is unusable in it counts as zero.
import path from 'node:path';
import type { CrashReport } from '../shared/bridge';
import { silentLogger, type Logger } from './log';

export const CRASH_FILE = 'crash-report.json';
/** Our file is under 100 bytes; anything much bigger is not ours and is not read. */
export const CRASH_FILE_MAX_BYTES = 4_096;
/** Chromium's reasons are short kebab-case words ('crashed', 'oom', 'launch-failed'). */
const REASON_PATTERN = /^[a-z][a-z-]{0,31}$/;

export const emptyCrashReport: Readonly<CrashReport> = Object.freeze({
  count: 0,
  lastAt: null,
  lastReason: null,
});

export interface CrashLogFs {
  stat(file: string): Promise<{ size: number }>;
  readFile(file: string, encoding: 'utf8'): Promise<string>;
  writeFile(file: string, data: string, options: { mode: number }): Promise<void>;
  rename(from: string, to: string): Promise<void>;
}

export interface CrashLog {
  read(): Promise<CrashReport>;
  /** Counts one crash; never rejects (a full disk must not stop the recovery). */
  record(reason: string): Promise<void>;
  /** Resolves once every recorded crash is written (before the app exits to relaunch). */
  settled(): Promise<void>;
}

/** Field by field: a bad field falls back to its empty value, the others are kept. */
export function validateCrashReport(raw: unknown): CrashReport {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ...emptyCrashReport };
  const record = raw as Record<string, unknown>;
  const { count, lastAt, lastReason } = record;
  return {
    count: typeof count === 'number' && Number.isSafeInteger(count) && count >= 0 ? count : 0,
    lastAt:
      typeof lastAt === 'number' && Number.isSafeInteger(lastAt) && lastAt > 0 ? lastAt : null,
    lastReason:
      typeof lastReason === 'string' && REASON_PATTERN.test(lastReason) ? lastReason : null,
  };
}

export function createCrashLog(deps: {
  fs: CrashLogFs;
  userDataDir: string;
  now: () => number;
  log?: Logger;
}): CrashLog {
  const { fs } = deps;
  const log = deps.log ?? silentLogger;
  const file = path.join(deps.userDataDir, CRASH_FILE);

  const load = async (): Promise<CrashReport> => {
    try {
      const { size } = await fs.stat(file);
      if (size > CRASH_FILE_MAX_BYTES) {
        log.warn(`${CRASH_FILE} is ${size} bytes, not ours: counting from zero`);
        return { ...emptyCrashReport };
      }
      return validateCrashReport(JSON.parse(await fs.readFile(file, 'utf8')));
    } catch (error) {
      if ((error as { code?: unknown } | null)?.code !== 'ENOENT') {
        log.warn(`${CRASH_FILE} could not be read: counting from zero`, error);
      }
      return { ...emptyCrashReport };
    }
  };

  // One chain: the file is read once, and crashes in quick succession are counted in order
  // instead of racing two read-modify-writes.
  let current: Promise<CrashReport> | null = null;
  const latest = (): Promise<CrashReport> => (current ??= load());

  return {
    read: async () => ({ ...(await latest()) }),
    record(reason) {
      current = latest().then(async (before) => {
        const next: CrashReport = {
          count: Math.min(before.count + 1, Number.MAX_SAFE_INTEGER),
          lastAt: deps.now(),
          lastReason: REASON_PATTERN.test(reason) ? reason : 'unknown',
        };
        try {
          // Written beside, then renamed: a crash mid-write never leaves half a file.
          const temporary = `${file}.tmp`;
          await fs.writeFile(temporary, `${JSON.stringify(next)}\n`, { mode: 0o600 });
          await fs.rename(temporary, file);
        } catch (error) {
          log.error(`${CRASH_FILE} could not be written`, error);
        }
        return next;
      });
      return current.then(() => undefined);
    },
    settled: () => latest().then(() => undefined),
  };
}
