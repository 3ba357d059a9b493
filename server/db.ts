// The database behind the server: one small interface, two engines. PostgreSQL (through a `pg`
// pool) for a real site; PGlite (PostgreSQL compiled to WebAssembly, in-process) as the default,
// so the server runs on a fresh machine with nothing installed. The SQL is the same for both.
import pg from 'pg';
import { MessageChannel, type MessagePort, type Transferable, Worker } from 'node:worker_threads';
import type { FromPglite, ToPglite } from './pglite-protocol';

export interface QueryResult<R> {
  rows: R[];
  rowCount: number;
}

/** Something that runs parameterised SQL: the database itself, or an open transaction. */
export interface Queryable {
  query<R = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<QueryResult<R>>;
  /** Several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface Database extends Queryable {
  readonly kind: 'pg' | 'pglite';
  /**
   * Runs `fn` in one transaction (READ COMMITTED, PostgreSQL's default): committed when it
   * resolves, rolled back when it throws (the error is rethrown).
   */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Waits for running queries, then releases the engine. Safe to call twice. */
  close(): Promise<void>;
  readonly closed: boolean;
  /**
   * A way into this database for another thread (`openLink` there): an admin worker reads its
   * pages itself, so they never cross the request thread.
   */
  link(): { link: DatabaseLink; transfer: Transferable[] };
}

type PgTarget = { url: string; schema?: string; max?: number } & Partial<DatabaseTimeouts>;

/**
 * What `link()` hands to another thread: PostgreSQL's settings (it connects itself), or a port
 * that takes statements (pglite-protocol.ts), answered by whoever holds its other end: PGlite's
 * thread.
 */
export type DatabaseLink = { kind: 'pg'; target: PgTarget } | { kind: 'port'; port: MessagePort };

/** The database behind a link, in this thread: a connection of its own, or PGlite's port. */
export async function openLink(link: DatabaseLink): Promise<Database> {
  if (link.kind === 'pg') return openPg({ ...link.target, max: 1 });
  return pgliteClient(portEnd(link.port), {
    close: async () => link.port.close(),
    link: () => {
      throw new Error('a linked PGlite is not linked further');
    },
  });
}

export type DatabaseTarget =
  | string // postgres://… or postgresql://…
  | 'memory'
  | { dataDir: string }
  | PgTarget;

/** PostgreSQL's limits on waiting: past them a request gets 503 instead of hanging. */
export interface DatabaseTimeouts {
  /** Opening a connection, or waiting for a free one in the pool. Default 5 s. */
  connectTimeoutMs: number;
  /**
   * One statement: cancelled by the database itself past this, and given up by the server a
   * second later when the database does not answer at all (frozen, unplugged). Default 15 s.
   */
  statementTimeoutMs: number;
}

export const DEFAULT_TIMEOUTS: DatabaseTimeouts = {
  connectTimeoutMs: 5_000,
  statementTimeoutMs: 15_000,
};

/**
 * The database cannot be reached, or did not answer in time: the request is worth trying again
 * later (503 with Retry-After), unlike an error in what was asked.
 */
export class DatabaseUnavailableError extends Error {
  constructor(cause: unknown) {
    super(
      `The database is unavailable: ${cause instanceof Error ? cause.message : String(cause)}`,
      {
        cause,
      },
    );
    this.name = 'DatabaseUnavailableError';
  }
}

// SQLSTATE classes and codes that mean "not now" rather than "not this": connection exceptions,
// a server shutting down or starting, too many connections, a statement cancelled by its timeout.
const UNAVAILABLE_SQLSTATE = /^(08|57P0[1-4]|53300|57014|55P03)/;
const UNAVAILABLE_ERRNO = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
// What pg and pg-pool throw without a code when a connection dies, times out or is closed.
const UNAVAILABLE_MESSAGE =
  /Connection terminated|Query read timeout|timeout exceeded when trying to connect|not queryable|Cannot use a pool after calling end|PGlite is clos(ed|ing)/i;

/** Is this error the database being out of reach (rather than a bad query)? */
export function isUnavailable(error: unknown): boolean {
  if (error instanceof DatabaseUnavailableError) return true;
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (UNAVAILABLE_SQLSTATE.test(code) || UNAVAILABLE_ERRNO.has(code)))
    return true;
  return UNAVAILABLE_MESSAGE.test(error.message);
}

/** Rethrows a database error, as DatabaseUnavailableError when it is one. */
function rethrow(error: unknown): never {
  throw isUnavailable(error) && !(error instanceof DatabaseUnavailableError)
    ? new DatabaseUnavailableError(error)
    : error;
}

// int8 (bigint) arrives as text by default because it can exceed 2^53. Ours are epoch
// milliseconds and sequence numbers, far below that, so numbers are what the code wants.
const INT8_OID = 20;
const toNumber = (value: string) => Number(value);

/**
 * Opens a database: a postgres:// URL (optionally `{ url, schema }` to work inside one schema,
 * which tests use to isolate themselves), a PGlite data folder, or an in-memory PGlite.
 * Migrations are not applied here: `migrate()` does it (createServer calls it at start).
 */
export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  if (target === 'memory') return openPglite(undefined);
  if (typeof target === 'string') {
    if (!/^postgres(ql)?:\/\//.test(target)) {
      throw new Error(`DATABASE_URL must start with postgres:// (got "${target.slice(0, 12)}…")`);
    }
    return openPg({ url: target });
  }
  if ('dataDir' in target) return openPglite(target.dataDir);
  return openPg(target);
}

// From the sources (tests) the worker is pglite-worker.ts; in the bundle, pglite-worker.js next to
// the code that starts it (server/vite.config.ts names it).
const PGLITE_WORKER = new URL(
  import.meta.url.endsWith('.ts') ? './pglite-worker.ts' : './pglite-worker.js',
  import.meta.url,
);

/** An error sent by the worker, as the engine threw it: its message and SQLSTATE fields. */
function revived(error: { message: string; fields: Record<string, string | number> }): Error {
  return Object.assign(new Error(error.message), error.fields);
}

/**
 * PGlite in a worker thread (pglite-worker.ts): its statements run there, one at a time, while the
 * request thread keeps answering; this side only ships SQL and rows.
 */
async function openPglite(dataDir: string | undefined): Promise<Database> {
  const worker = new Worker(PGLITE_WORKER, { workerData: { dataDir } });
  const opened = new Promise<void>((resolve, reject) => {
    const first = (message: FromPglite) => {
      worker.off('message', first);
      if (message.ok) resolve();
      else reject(revived(message.error));
    };
    worker.on('message', first);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`PGlite's thread exited (${code})`)));
  });
  await opened;
  let nextPort = 1;
  return pgliteClient(workerEnd(worker), {
    close: async (closeEngine) => {
      await closeEngine();
      await worker.terminate();
    },
    link: () => {
      const { port1, port2 } = new MessageChannel();
      worker.postMessage({ id: -nextPort++, op: 'attach', port: port2 }, [port2]);
      return { link: { kind: 'port', port: port1 }, transfer: [port1] };
    },
  });
}

/** Either end PGlite's statements go through: its worker thread, or a port linked to it. */
interface PgliteEnd {
  post(message: ToPglite): void;
  onMessage(listener: (message: FromPglite) => void): void;
  /** The thread or the port is gone: every statement waiting fails. */
  onGone(listener: (error: Error) => void): void;
  ref(): void;
  unref(): void;
}

function workerEnd(worker: Worker): PgliteEnd {
  return {
    post: (message) => worker.postMessage(message),
    onMessage: (listener) => worker.on('message', listener),
    onGone: (listener) => {
      worker.on('error', listener);
      worker.on('exit', (code) => listener(new Error(`its thread exited (${code})`)));
    },
    ref: () => worker.ref(),
    unref: () => worker.unref(),
  };
}

function portEnd(port: MessagePort): PgliteEnd {
  return {
    post: (message) => port.postMessage(message),
    onMessage: (listener) => port.on('message', listener),
    onGone: (listener) => port.on('close', () => listener(new Error('its link was closed'))),
    ref: () => port.ref(),
    unref: () => port.unref(),
  };
}

/** What differs between PGlite's own client and a linked one. */
interface PgliteOwn {
  /** Releases this client (`closeEngine` closes PGlite itself: its owner's to call). */
  close(closeEngine: () => Promise<void>): Promise<void>;
  link: Database['link'];
}

/** A Database whose statements run in PGlite's thread, sent through `end`. */
function pgliteClient(end: PgliteEnd, own: PgliteOwn): Database {
  const waiting = new Map<
    number,
    { resolve: (m: FromPglite) => void; reject: (e: Error) => void }
  >();
  let nextId = 1;
  let gone: Error | null = null;
  end.onMessage((message) => {
    const waiter = waiting.get(message.id);
    waiting.delete(message.id);
    // The thread keeps the process alive only while a statement is under way, as an engine in
    // this thread would.
    if (waiting.size === 0) end.unref();
    waiter?.resolve(message);
  });
  end.unref();
  const fail = (error: Error) => {
    gone = new Error(`PGlite is closed: ${error.message}`);
    for (const waiter of waiting.values()) waiter.reject(gone);
    waiting.clear();
  };
  end.onGone(fail);
  const call = (message: DistributiveOmit<ToPglite, 'id'>) =>
    new Promise<{ rows: never[]; rowCount: number }>((resolve, reject) => {
      if (gone) return reject(gone);
      const id = nextId++;
      end.ref();
      waiting.set(id, {
        resolve: (m) =>
          m.ok
            ? resolve({ rows: (m.rows ?? []) as never[], rowCount: m.rowCount ?? 0 })
            : reject(revived(m.error)),
        reject,
      });
      end.post({ ...message, id } as ToPglite);
    }).catch(rethrow);
  let closed = false;
  const on = (tx?: number): Queryable => ({
    query: (sql, params) => call({ op: 'query', sql, params, tx }),
    exec: async (sql) => void (await call({ op: 'exec', sql, tx })),
  });
  return {
    kind: 'pglite',
    get closed() {
      return closed;
    },
    ...on(),
    async transaction(fn) {
      // The id of the begin message names the transaction.
      const tx = nextId;
      await call({ op: 'begin' });
      let result;
      try {
        result = await fn(on(tx));
      } catch (error) {
        await call({ op: 'end', tx, commit: false }).catch(() => {});
        throw error;
      }
      await call({ op: 'end', tx, commit: true });
      return result;
    },
    async close() {
      if (closed) return;
      closed = true;
      await own.close(async () => void (await call({ op: 'close' }).catch(() => {})));
    },
    link: own.link,
  };
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

async function openPg(target: PgTarget): Promise<Database> {
  if (target.schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(target.schema)) {
    throw new Error(`Invalid schema name "${target.schema}"`);
  }
  const connectTimeoutMs = target.connectTimeoutMs ?? DEFAULT_TIMEOUTS.connectTimeoutMs;
  const statementTimeoutMs = target.statementTimeoutMs ?? DEFAULT_TIMEOUTS.statementTimeoutMs;
  // Set at connection start-up, so every pooled connection has them: the schema to work in, and
  // the database's own limits (a statement, a transaction left idle by a dead client).
  // pg lets an `options` in the URL replace these: it is taken out and kept in front instead.
  const url = new URL(target.url);
  const given = url.searchParams.get('options');
  url.searchParams.delete('options');
  const settings = [
    ...(given ? [given] : []),
    ...(target.schema ? [`-c search_path=${target.schema}`] : []),
    `-c statement_timeout=${statementTimeoutMs}`,
    `-c idle_in_transaction_session_timeout=${Math.max(60_000, 2 * statementTimeoutMs)}`,
  ];
  const pool = new pg.Pool({
    connectionString: url.toString(),
    max: target.max ?? 10,
    options: settings.join(' '),
    connectionTimeoutMillis: connectTimeoutMs,
    // A frozen or unplugged database never cancels anything itself: the client gives up a
    // second after the database would have.
    query_timeout: statementTimeoutMs + 1_000,
    // TCP keep-alive notices a peer that vanished while a connection sits idle in the pool.
    keepAlive: true,
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === INT8_OID ? toNumber : pg.types.getTypeParser(oid, format)) as never,
    },
  });
  // An idle connection dropped by the server emits 'error' on the pool: without a listener that
  // would crash the process. The next query simply opens a new connection.
  pool.on('error', () => {});
  // Fail now, with the real reason, rather than on the first request.
  const probe = await pool.connect();
  probe.release();
  let closed = false;
  const run = async <R>(client: pg.Pool | pg.PoolClient, sql: string, params?: unknown[]) => {
    const result = await client.query(sql, params).catch(rethrow);
    return { rows: result.rows as R[], rowCount: result.rowCount ?? result.rows.length };
  };
  return {
    kind: 'pg',
    get closed() {
      return closed;
    },
    query: (sql, params) => run(pool, sql, params),
    // Without parameters pg uses the simple protocol, which runs several statements.
    exec: async (sql) => void (await pool.query(sql).catch(rethrow)),
    async transaction(fn) {
      const client = await pool.connect().catch(rethrow);
      let broken: unknown = undefined;
      try {
        await run(client, 'BEGIN');
        const result = await fn({
          query: (sql, params) => run(client, sql, params),
          exec: async (sql) => void (await client.query(sql).catch(rethrow)),
        });
        await run(client, 'COMMIT');
        return result;
      } catch (error) {
        // A connection that failed or timed out is in no state to roll back, nor to be reused.
        if (isUnavailable(error)) broken = error;
        else await client.query('ROLLBACK').catch((e: unknown) => (broken = e));
        throw error;
      } finally {
        client.release(broken as Error | undefined);
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      await pool.end();
    },
    link: () => ({ link: { kind: 'pg', target }, transfer: [] }),
  };
}
