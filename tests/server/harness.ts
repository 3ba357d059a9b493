// One set of test bodies for both engines. forEachBackend() runs a suite against an in-memory
// PGlite and against the PostgreSQL on 127.0.0.1:5432 (database `test`), each test file in its own
// schema (dropped after), each test on an empty schema.
//
// PostgreSQL missing: with CI=true the pg suite FAILS (CI must prove both engines); locally it is
// skipped with a message saying why.
import crypto from 'node:crypto';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect } from 'vitest';
import { createServer, type AccueilServer, type ServerOptions } from '../../server/app';
import { LIGHTEST_SCRYPT_PARAMS } from '../../server/console/passwords';
import { openDatabase, type Database, type Queryable } from '../../server/db';
import { generateToken } from '../../shared/badge';
import type { KioskEvent } from '../../shared/types';
import { uuidv7 } from '../../shared/uuid';

export const PG_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const ADMIN_TOKEN = 'test-admin-token-0123456789abcdef';
const inCi = process.env.CI === 'true';

async function probePg(): Promise<string | null> {
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return null;
  } catch (error) {
    return (error as Error).message || String(error);
  } finally {
    await client.end().catch(() => {});
  }
}

const pgProblem = await probePg();
/** PostgreSQL is unreachable and this is not CI: its tests are skipped (with a warning). */
export const PG_SKIP = pgProblem !== null && !inCi;
if (PG_SKIP) {
  console.warn(
    `PostgreSQL tests skipped: ${PG_URL} is not reachable (${pgProblem}). CI=true makes this a failure.`,
  );
}

interface Backend {
  name: 'pglite' | 'pg';
  skip: boolean;
  open(): Promise<Database>;
  /** Empties the schema (the next createServer migrates it again). */
  reset(db: Database): Promise<void>;
  close(db: Database): Promise<void>;
}

const schema = `t_${crypto.randomBytes(6).toString('hex')}`;

const BACKENDS: Backend[] = [
  {
    name: 'pglite',
    skip: false,
    open: () => openDatabase('memory'),
    reset: (db) => db.exec('DROP SCHEMA public CASCADE; CREATE SCHEMA public;'),
    close: (db) => db.close(),
  },
  {
    name: 'pg',
    skip: PG_SKIP,
    async open() {
      if (pgProblem !== null) {
        throw new Error(
          `PostgreSQL is not reachable at ${PG_URL} and CI=true requires it: ${pgProblem}`,
        );
      }
      const admin = new pg.Client({ connectionString: PG_URL });
      await admin.connect();
      await admin.query(`CREATE SCHEMA ${schema}`);
      await admin.end();
      return openDatabase({ url: PG_URL, schema, max: 12 });
    },
    reset: (db) => db.exec(`DROP SCHEMA ${schema} CASCADE; CREATE SCHEMA ${schema};`),
    async close(db) {
      await db.close();
      const admin = new pg.Client({ connectionString: PG_URL });
      await admin.connect();
      await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await admin.end();
    },
  },
];

export interface Ctx {
  backend: 'pglite' | 'pg';
  db: Database;
  app: AccueilServer;
  /** The server's clock: tests move it. */
  clock: { now: number };
  /** A fresh server on the same (already migrated) database, with other options. */
  makeApp(options?: Partial<ServerOptions>): Promise<AccueilServer>;
}

/** Declares `body` once per engine, with a fresh schema and server for every test. */
export function forEachBackend(title: string, body: (ctx: Ctx) => void): void {
  for (const backend of BACKENDS) {
    describe.skipIf(backend.skip)(`${title} [${backend.name}]`, () => {
      const ctx = { backend: backend.name, clock: { now: Date.UTC(2025, 2, 10, 9) } } as Ctx;
      const extra: AccueilServer[] = [];
      ctx.makeApp = async (options = {}) => {
        const app = await createServer({
          db: ctx.db,
          closeDatabase: false,
          rateLimit: false,
          now: () => ctx.clock.now,
          envAdminToken: ADMIN_TOKEN,
          ...options,
          // Sign-ins by the dozen: the lightest hashes allowed (console-passwords tests the default).
          console: { passwords: LIGHTEST_SCRYPT_PARAMS, ...options.console },
        });
        extra.push(app);
        await app.ready();
        return app;
      };
      // An engine that cannot open fails every test (not just the suite), so the failure is
      // counted in the run's totals.
      let openError: unknown = null;
      beforeAll(async () => {
        try {
          ctx.db = await backend.open();
        } catch (error) {
          openError = error;
        }
      }, 180_000);
      afterAll(async () => {
        if (ctx.db) await backend.close(ctx.db);
      });
      beforeEach(async () => {
        if (openError !== null) throw openError;
        ctx.clock.now = Date.UTC(2025, 2, 10, 9);
        await backend.reset(ctx.db);
        ctx.app = await ctx.makeApp();
      });
      afterEach(async () => {
        if (openError !== null) return;
        await Promise.all(extra.splice(0).map((app) => app.close()));
      });
      body(ctx);
    });
  }
}

/** For expect.poll on the server's progress: on a loaded machine it can take seconds. */
export const PATIENT = { timeout: 30_000, interval: 50 };

export const auth = (token: string) => ({ authorization: `Bearer ${token}` });
export const adminAuth = auth(ADMIN_TOKEN);

/** Creates a kiosk on the server and enrols it: its device token. */
export async function enrolKiosk(
  app: AccueilServer,
  kioskId: string,
  name = kioskId,
): Promise<string> {
  const created = await app.inject({
    method: 'POST',
    url: '/v1/admin/kiosks',
    headers: adminAuth,
    payload: { name },
  });
  if (created.statusCode !== 201)
    throw new Error(`create kiosk: ${created.statusCode} ${created.body}`);
  const enrolled = await app.inject({
    method: 'POST',
    url: '/v1/enrol',
    payload: { code: created.json().code, kioskId, kioskName: name },
  });
  if (enrolled.statusCode !== 200)
    throw new Error(`enrol: ${enrolled.statusCode} ${enrolled.body}`);
  return enrolled.json().token as string;
}

const randomBytes = (n: number) => new Uint8Array(crypto.randomBytes(n));

/** A valid check-in of `kioskId` with sequence `seq`. */
export function checkIn(
  kioskId: string,
  seq: number,
  at = Date.UTC(2025, 2, 10, 8),
  learnerId = 'L1',
): KioskEvent {
  return {
    id: uuidv7(at, randomBytes),
    kioskId,
    seq,
    at,
    actor: { kind: 'learner', learnerId },
    type: 'check-in',
    learnerId,
    method: 'scanner',
    token: generateToken(randomBytes),
  };
}

/** A valid learner-upserted (roster, never filtered by attendanceSince). */
export function learnerUpserted(
  kioskId: string,
  seq: number,
  id: string,
  at = Date.UTC(2025, 2, 10, 8),
): KioskEvent {
  return {
    id: uuidv7(at, randomBytes),
    kioskId,
    seq,
    at,
    actor: { kind: 'staff', staffId: 'S1' },
    type: 'learner-upserted',
    learner: {
      id,
      firstName: 'Léa',
      lastName: 'Dupont',
      groups: ['jeux'],
      language: 'fr',
      status: 'active',
    },
  };
}

export function pushReq(app: AccueilServer, token: string, events: unknown[]) {
  return app.inject({ method: 'POST', url: '/v1/push', headers: auth(token), payload: { events } });
}

export function pullReq(app: AccueilServer, token: string, query: string) {
  return app.inject({ method: 'GET', url: `/v1/pull?${query}`, headers: auth(token) });
}

/** The statement that authenticates a kiosk's push or pull (server/store/kiosks.ts). */
export const KIOSK_AUTH = /FROM kiosks WHERE id = \$1 AND role = 'kiosk'/;

/**
 * The database, with a record of the statements sent through it (transactions included) and
 * whether each was answered: tests wait on how far requests got instead of sleeping.
 */
export function watchStatements(db: Database) {
  const log: { sql: string; answered: boolean }[] = [];
  const watch =
    (q: Queryable): Queryable['query'] =>
    async (sql, params) => {
      const entry = { sql, answered: false };
      log.push(entry);
      try {
        return await q.query(sql, params);
      } finally {
        entry.answered = true;
      }
    };
  const watched: Database = {
    ...db,
    kind: db.kind,
    query: watch(db),
    transaction: (fn) => db.transaction((tx) => fn({ ...tx, query: watch(tx) })),
  };
  const count = (pattern: RegExp, answered: boolean) =>
    log.filter((e) => pattern.test(e.sql) && (!answered || e.answered)).length;
  return {
    db: watched,
    sent: (pattern: RegExp) => count(pattern, false),
    answered: (pattern: RegExp) => count(pattern, true),
  };
}

/**
 * Waits until `count` kiosk requests got past authentication while a push is held before its
 * commit: on PostgreSQL they are then queued in the push writer (server/store/push.ts) or
 * running; PGlite has one connection, which the held transaction keeps, so there they wait for
 * it with their first statement sent.
 */
export async function untilAuthenticated(
  ctx: Ctx,
  statements: ReturnType<typeof watchStatements>,
  count: number,
): Promise<void> {
  await expect
    .poll(
      () => (ctx.backend === 'pg' ? statements.answered(KIOSK_AUTH) : statements.sent(KIOSK_AUTH)),
      { timeout: 30_000 },
    )
    .toBeGreaterThanOrEqual(count);
}
