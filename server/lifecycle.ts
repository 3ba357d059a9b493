// Start-up and shutdown around createServer(): configuration from the environment, the PGlite
// data-folder lock, and graceful shutdown on SIGTERM/SIGINT.
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import type { EventEmitter } from 'node:events';
import { DEFAULT_TIMEOUTS, openDatabase, type Database, type DatabaseTimeouts } from './db';
import type { AccueilServer } from './app';
import { DEFAULT_SILENT_AFTER_MS } from '../shared/console-kiosks';
import { DEFAULT_CONSOLE_SETTINGS, type ConsoleSettings } from './console/guard';

export interface Config {
  port: number;
  host: string;
  /** postgres://… selects PostgreSQL; null: PGlite in dataDir. */
  databaseUrl: string | null;
  dataDir: string;
  adminToken: string | null;
  logLevel: string;
  /** Whom to believe about a client's address (X-Forwarded-For): Fastify's trustProxy. */
  trustProxy: boolean | string[];
  /** PostgreSQL only (PGlite is in-process). */
  timeouts: DatabaseTimeouts;
  /** Console sessions end after this long without activity, by role. */
  console: ConsoleSettings;
  /** KIOSK_SILENT_AFTER_MIN, PUBLIC_URL: the console's Kiosks screen. */
  kiosks: { silentAfterMs: number; publicUrl: string | null };
}

export function readConfig(env: NodeJS.ProcessEnv): Config {
  const port = Number(env.PORT ?? 8787);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be an integer from 0 to 65535 (got "${env.PORT}")`);
  }
  const adminToken = env.ACCUEIL_ADMIN_TOKEN?.trim() || null;
  if (adminToken !== null && adminToken.length < 24) {
    throw new Error(
      'ACCUEIL_ADMIN_TOKEN must be at least 24 characters: it guards every admin action',
    );
  }
  return {
    port,
    host: env.HOST || '127.0.0.1',
    databaseUrl: env.DATABASE_URL || null,
    dataDir: path.resolve(env.DATA_DIR || './server-data'),
    adminToken,
    logLevel: env.LOG_LEVEL || 'info',
    trustProxy: readTrustProxy(env.TRUST_PROXY),
    console: {
      idleMs: {
        admin:
          60_000 *
          minutes(
            env,
            'CONSOLE_ADMIN_IDLE_MINUTES',
            DEFAULT_CONSOLE_SETTINGS.idleMs.admin / 60_000,
          ),
        reception:
          60_000 *
          minutes(
            env,
            'CONSOLE_RECEPTION_IDLE_MINUTES',
            DEFAULT_CONSOLE_SETTINGS.idleMs.reception / 60_000,
          ),
      },
      passwords: DEFAULT_CONSOLE_SETTINGS.passwords,
    },
    kiosks: readKioskOptions(env),
    timeouts: {
      connectTimeoutMs: milliseconds(
        env,
        'DB_CONNECT_TIMEOUT_MS',
        DEFAULT_TIMEOUTS.connectTimeoutMs,
      ),
      statementTimeoutMs: milliseconds(
        env,
        'DB_STATEMENT_TIMEOUT_MS',
        DEFAULT_TIMEOUTS.statementTimeoutMs,
      ),
    },
  };
}

/** KIOSK_SILENT_AFTER_MIN (whole minutes) and PUBLIC_URL (http or https, no query). */
function readKioskOptions(env: NodeJS.ProcessEnv): Config['kiosks'] {
  const silentAfterMs =
    60_000 * minutes(env, 'KIOSK_SILENT_AFTER_MIN', DEFAULT_SILENT_AFTER_MS / 60_000);
  const publicUrl = env.PUBLIC_URL?.trim() || null;
  if (publicUrl !== null && !/^https?:\/\/[^\s/?#@]+(\/[^\s?#]*)?$/i.test(publicUrl)) {
    throw new Error(
      `PUBLIC_URL must be the address kiosks reach the server at, like https://accueil.example.be (got "${publicUrl}")`,
    );
  }
  return { silentAfterMs, publicUrl: publicUrl?.replace(/\/+$/, '') ?? null };
}

/**
 * TRUST_PROXY: unset or "false", the client's address is the connection's (the default: a
 * client could otherwise choose its own rate-limit bucket); "true", whatever X-Forwarded-For
 * says (only when nothing but the proxy can reach the server); otherwise the proxies'
 * addresses or CIDR ranges, comma-separated, e.g. "127.0.0.1" for a proxy on the same host.
 */
function readTrustProxy(value: string | undefined): boolean | string[] {
  const text = (value ?? '').trim();
  if (text === '' || text === 'false') return false;
  if (text === 'true') return true;
  const entries = text.split(',').map((entry) => entry.trim());
  for (const entry of entries) {
    const [address = '', bits, extra] = entry.split('/');
    const family = net.isIP(address);
    const width = family === 4 ? 32 : 128;
    const badBits = bits !== undefined && !(/^\d+$/.test(bits) && Number(bits) <= width);
    if (family === 0 || badBits || extra !== undefined) {
      throw new Error(
        `TRUST_PROXY must be true, false, or IP addresses / CIDR ranges separated by commas (got "${entry}")`,
      );
    }
  }
  return entries;
}

function minutes(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value <= 0 || value > 24 * 60) {
    throw new Error(`${name} must be a whole number of minutes from 1 to 1440 (got "${text}")`);
  }
  return value;
}

function milliseconds(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value <= 0) {
    throw new Error(`${name} must be a positive number of milliseconds (got "${text}")`);
  }
  return value;
}

/**
 * Opens the configured database. A PGlite folder is one process's: a lock file naming the process
 * (its PID and start time) keeps a second server, or an admin command, from opening it while the
 * server runs.
 */
export async function openConfiguredDatabase(config: Config): Promise<Database> {
  if (config.databaseUrl) return openDatabase({ url: config.databaseUrl, ...config.timeouts });
  fs.mkdirSync(config.dataDir, { recursive: true });
  const lock = path.join(config.dataDir, 'accueil.pid');
  takeLock(lock);
  const release = () => {
    held.delete(lock);
    fs.rmSync(lock, { force: true });
  };
  try {
    const db = await openDatabase({ dataDir: path.join(config.dataDir, 'pglite') });
    const close = db.close.bind(db);
    return Object.assign(db, {
      async close() {
        await close();
        release();
      },
    });
  } catch (error) {
    release();
    throw error;
  }
}

/** Lock files this process holds: its own PID in a lock is not enough to tell. */
const held = new Set<string>();

/**
 * Takes the lock, or throws when a live process holds it. A lock dies with its holder: the file
 * names a PID and that process's start time, and counts only while a process with that PID and
 * that start time runs. So a restart after a crash, a kill or a power cut always starts, even
 * when the new process got the old one's PID (a container's server is always PID 1), or the
 * PID now belongs to another program.
 */
function takeLock(lock: string): void {
  if (held.has(lock)) throw inUse(lock, process.pid);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lock, `${process.pid} ${startTicks(process.pid) ?? ''}\n`, { flag: 'wx' });
      held.add(lock);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const [pidText = '', started = ''] = fs.readFileSync(lock, 'utf8').trim().split(/\s+/);
      const pid = Number(pidText);
      if (Number.isInteger(pid) && pid > 0 && holds(pid, started || null, lock)) {
        throw inUse(lock, pid, error);
      }
      fs.rmSync(lock, { force: true }); // left by a process that is gone
    }
  }
  throw new Error(`Could not lock ${lock}`);
}

const inUse = (lock: string, pid: number, cause?: unknown) =>
  new Error(
    `The data folder ${path.dirname(lock)} is in use by process ${pid} (PGlite is single-process): ` +
      'stop it, or use the admin API while it runs',
    { cause },
  );

/** Is the process that wrote `lock` (`pid`, started at `started` ticks) still running? */
function holds(pid: number, started: string | null, lock: string): boolean {
  // Not this process (it would be in `held`): a former one that had the same PID.
  if (pid === process.pid) return false;
  if (!alive(pid)) return false;
  const ticks = startTicks(pid);
  if (ticks === null) return true; // no /proc: the PID is all there is to go by
  if (started !== null) return ticks === started;
  // A lock without a start time (an earlier version's): a process that started after the lock
  // was written did not write it.
  const startedAt = startEpochMs(ticks);
  return startedAt === null || startedAt <= fs.statSync(lock).mtimeMs;
}

/** A process's start time in clock ticks since boot (Linux /proc), or null when unknown. */
function startTicks(pid: number): string | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 22; the name (field 2) is in parentheses and may hold spaces, so count after it.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

/** Ticks since boot → epoch ms (boot time from /proc/stat; Linux's USER_HZ is 100). */
function startEpochMs(ticks: string): number | null {
  try {
    const boot = /^btime (\d+)$/m.exec(fs.readFileSync('/proc/stat', 'utf8'));
    return boot ? Number(boot[1]) * 1000 + Number(ticks) * 10 : null;
  } catch {
    return null;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * On SIGTERM or SIGINT: stop accepting connections, let requests in flight finish, close the
 * database (createServer's onClose), then call `done`. A second signal does not start a second
 * shutdown. `signals` is `process` in production, an EventEmitter in tests.
 */
export function closeOnSignals(
  app: AccueilServer,
  signals: Pick<EventEmitter, 'once'>,
  done: (error?: unknown) => void = () => {},
): void {
  let closing = false;
  const stop = (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info(
      { signal },
      'shutting down: finishing requests in flight, then closing the database',
    );
    app.close().then(
      () => {
        app.log.info('stopped');
        done();
      },
      (error: unknown) => {
        app.log.error({ err: error }, 'shutdown failed');
        done(error);
      },
    );
  };
  signals.once('SIGTERM', () => stop('SIGTERM'));
  signals.once('SIGINT', () => stop('SIGINT'));
}
