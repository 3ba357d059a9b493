// The database behind the server: one small interface, two engines. PostgreSQL (through a `pg`
// pool) for a real site; PGlite (PostgreSQL compiled to WebAssembly, in-process) as the default,
// so the server runs on a fresh machine with nothing installed. The SQL is the same for both.
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';

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
}

export type DatabaseTarget =
  | string // postgres://… or postgresql://…
  | 'memory'
  | { dataDir: string }
  | { url: string; schema?: string; max?: number };

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

async function openPglite(dataDir: string | undefined): Promise<Database> {
  const engine = await PGlite.create(dataDir ?? 'memory://', {
    parsers: { [INT8_OID]: toNumber },
  });
  let closed = false;
  const run = async <R>(q: Pick<PGlite, 'query'>, sql: string, params?: unknown[]) => {
    const result = await q.query<R>(sql, params);
    return { rows: result.rows, rowCount: result.affectedRows ?? result.rows.length };
  };
  return {
    kind: 'pglite',
    get closed() {
      return closed;
    },
    query: (sql, params) => run(engine, sql, params),
    exec: async (sql) => void (await engine.exec(sql)),
    // PGlite is one connection: its own transaction() queues other work until this one ends.
    transaction: (fn) =>
      engine.transaction((tx) =>
        fn({ query: (sql, p) => run(tx, sql, p), exec: async (sql) => void (await tx.exec(sql)) }),
      ),
    async close() {
      if (closed) return;
      closed = true;
      await engine.close();
    },
  };
}

async function openPg(target: { url: string; schema?: string; max?: number }): Promise<Database> {
  if (target.schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(target.schema)) {
    throw new Error(`Invalid schema name "${target.schema}"`);
  }
  const pool = new pg.Pool({
    connectionString: target.url,
    max: target.max ?? 10,
    // Set at connection start-up, so every pooled connection works inside the schema.
    ...(target.schema ? { options: `-c search_path=${target.schema}` } : {}),
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
    const result = await client.query(sql, params);
    return { rows: result.rows as R[], rowCount: result.rowCount ?? result.rows.length };
  };
  return {
    kind: 'pg',
    get closed() {
      return closed;
    },
    query: (sql, params) => run(pool, sql, params),
    // Without parameters pg uses the simple protocol, which runs several statements.
    exec: async (sql) => void (await pool.query(sql)),
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn({
          query: (sql, params) => run(client, sql, params),
          exec: async (sql) => void (await client.query(sql)),
        });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}
