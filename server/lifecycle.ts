// Start-up and shutdown around createServer(): configuration from the environment, the PGlite
// data-folder lock, and graceful shutdown on SIGTERM/SIGINT.
import fs from 'node:fs';
import path from 'node:path';
import type { EventEmitter } from 'node:events';
import { openDatabase, type Database } from './db';
import type { AccueilServer } from './app';

export interface Config {
  port: number;
  host: string;
  /** postgres://… selects PostgreSQL; null: PGlite in dataDir. */
  databaseUrl: string | null;
  dataDir: string;
  adminToken: string | null;
  logLevel: string;
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
  };
}

/**
 * Opens the configured database. A PGlite folder is one process's: a lock file holding our pid
 * keeps a second server, or an admin command, from opening it while the server runs.
 */
export async function openConfiguredDatabase(config: Config): Promise<Database> {
  if (config.databaseUrl) return openDatabase(config.databaseUrl);
  fs.mkdirSync(config.dataDir, { recursive: true });
  const lock = path.join(config.dataDir, 'accueil.pid');
  takeLock(lock);
  try {
    const db = await openDatabase({ dataDir: path.join(config.dataDir, 'pglite') });
    const close = db.close.bind(db);
    return Object.assign(db, {
      async close() {
        await close();
        fs.rmSync(lock, { force: true });
      },
    });
  } catch (error) {
    fs.rmSync(lock, { force: true });
    throw error;
  }
}

function takeLock(lock: string): void {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lock, String(process.pid), { flag: 'wx' });
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number(fs.readFileSync(lock, 'utf8'));
      if (Number.isInteger(pid) && pid > 0 && alive(pid)) {
        throw new Error(
          `The data folder ${path.dirname(lock)} is in use by process ${pid} (PGlite is single-process): ` +
            'stop it, or use the admin API while it runs',
          { cause: error },
        );
      }
      fs.rmSync(lock, { force: true }); // left by a process that died
    }
  }
  throw new Error(`Could not lock ${lock}`);
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
