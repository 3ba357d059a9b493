// createServer(): the whole HTTP service as a Fastify instance, on a database it is given. No
// listening, no signals, no environment: main.ts does those, and tests inject requests directly.
import path from 'node:path';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import { TypeBoxValidatorCompiler, type TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { isUnavailable, type Database } from './db';
import { ApiError } from './errors';
import { DEFAULT_EXPORT_LIMITS, type ExportLimits } from './export';
import { AdminJobs } from './jobs/pool';
import { migrate } from './migrations';
import { ensureServerOrigin, setEnvAdminToken } from './store/kiosks';
import { GapError } from './store/events';
import { DEFAULT_REJECTED_BOUND, type RejectedBound } from './store/push';
import { HealthResponse } from './schemas';
import { syncRoutes } from './routes/sync';
import { adminRoutes } from './routes/admin';
import { consoleRoutes } from './console/index';
import type { KioskOptions } from './console/kiosks';
import { newSetupCode, needsSetup } from './console/accounts';
import {
  DEFAULT_CONSOLE_SETTINGS,
  guard,
  type ConsoleCaller,
  type ConsoleSettings,
} from './console/guard';
import { HEALTH_PATH, OPENAPI_PATH } from '../shared/sync-protocol';

export interface ServerOptions {
  db: Database;
  /** A pino logger, or Fastify's `logger` option (true, false, pino options). Default: off. */
  logger?: FastifyBaseLogger | boolean | Record<string, unknown>;
  /** The clock, for serverTime, expiries and stored times. Default Date.now. */
  now?: () => number;
  /**
   * Requests a window: `callerMax` per kiosk or admin token (its verified identity), `max` per
   * client address for the rest (health, enrolment, a bad token), `enrolMax` per address for
   * enrolment. false turns it off. Default a minute: 3,000 per caller, 600, 20.
   */
  rateLimit?: false | { max: number; timeWindow: number; enrolMax?: number; callerMax?: number };
  /**
   * Fastify's trustProxy: whom to believe about the client's address (X-Forwarded-For). Default
   * false: the address is the TCP peer's. Behind a reverse proxy, its address (TRUST_PROXY).
   */
  trustProxy?: boolean | string | string[];
  /** Exports: at most `concurrent` admin jobs at once, pages, range and XLSX caps. */
  exports?: Partial<ExportLimits>;
  /** /health answers 503 when the database has not answered within this. Default 1.5 s. */
  healthTimeoutMs?: number;
  /** Rejected events kept per kiosk, newest first (the rest are dropped and counted). */
  rejectedPerKiosk?: RejectedBound;
  /** Largest JSON body in bytes (413 above). Default 4 MiB: a full push batch is well under. */
  bodyLimit?: number;
  /** Largest roster CSV in bytes. Default 20 MiB, as on the kiosk. */
  rosterBodyLimit?: number;
  /** ACCUEIL_ADMIN_TOKEN: accepted as an admin token (stored hashed). null withdraws it. */
  envAdminToken?: string | null;
  /**
   * Fault injection for tests and simulations: runs inside a push's transaction, after its
   * inserts and before its commit (a delay there widens every race a push can have).
   */
  faults?: { beforeCommit?: (kioskId: string) => Promise<void> };
  /** Close the database when the server closes. Default true. */
  closeDatabase?: boolean;
  /** The console's Kiosks screen: silence limit (default 10 minutes), PUBLIC_URL. */
  kiosks?: KioskOptions;
  /** The centre's console: where its built page is, its sessions' inactivity limits. */
  console?: Partial<ConsoleSettings> & {
    /** Default dist/console of the working directory. */
    pageDir?: string;
    /**
     * Called at start-up with a new one-time set-up code while no admin account exists (main.ts
     * prints it). Without it no code is made: the CLI's `setup-code` makes one.
     */
    onSetupCode?: (code: string) => void;
  };
}

export type AccueilServer = FastifyInstance & {
  accueil: {
    db: Database;
    serverId: () => string;
    now: () => number;
    console: ConsoleSettings;
    /** Every route the server answers (method and URL pattern), as registered. */
    routes: readonly { method: string; url: string }[];
  };
};

/** Who a request is, once its credential is checked (push, pull, the admin API, the console). */
export type Caller = { kind: 'kiosk'; id: string } | ConsoleCaller | null;

declare module 'fastify' {
  interface FastifyRequest {
    caller: Caller;
    /** Why the request's credential was refused: answered after the rate limit counted it. */
    authError: unknown;
  }
}

/** Seconds a client is told to wait when the database is out of reach. */
export const UNAVAILABLE_RETRY_S = 5;
/** Shipped limits, a minute: per caller (kiosk, admin), per address, enrolments per address. */
export const DEFAULT_RATE_LIMIT = { max: 600, callerMax: 3_000, timeWindow: 60_000, enrolMax: 20 };

export async function createServer(options: ServerOptions): Promise<AccueilServer> {
  const { db } = options;
  const now = options.now ?? Date.now;
  const logger = options.logger ?? false;
  const app = Fastify({
    ...(typeof logger === 'object' && 'info' in logger
      ? { loggerInstance: logger as FastifyBaseLogger }
      : { logger }),
    bodyLimit: options.bodyLimit ?? 4 * 1024 * 1024,
    // Closing waits for requests in flight; idle keep-alive connections are closed at once.
    forceCloseConnections: 'idle',
    return503OnClosing: true,
    trustProxy: options.trustProxy ?? false,
  }).withTypeProvider<TypeBoxTypeProvider>();

  // TypeBox's validator converts query strings ("5" → 5) but never bodies: a push whose seq is
  // the string "3" is a bad envelope, not the number 3.
  app.setValidatorCompiler(TypeBoxValidatorCompiler);

  let serverId = '';
  const server = app as unknown as AccueilServer;
  const consoleSettings = { ...DEFAULT_CONSOLE_SETTINGS, ...options.console };
  const routes: { method: string; url: string }[] = [];
  server.decorate('accueil', {
    db,
    serverId: () => serverId,
    now,
    console: { idleMs: consoleSettings.idleMs, passwords: consoleSettings.passwords },
    routes,
  });
  // Kept so tests can hold every console route to its guard, including routes added later.
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) routes.push({ method, url: route.url });
  });
  app.decorateRequest('caller', null);
  app.decorateRequest('authError', null);
  const exportLimits = { ...DEFAULT_EXPORT_LIMITS, ...options.exports };
  const jobs = new AdminJobs(db, exportLimits.concurrent);

  // The schema first: routes may be registered before it, but no request runs before ready().
  app.addHook('onReady', async () => {
    const applied = await migrate(db);
    if (applied.length > 0) app.log.info({ applied }, 'database migrated');
    serverId = await ensureServerOrigin(db, now());
    if (options.envAdminToken !== undefined)
      await setEnvAdminToken(db, options.envAdminToken, now());
    const onSetupCode = options.console?.onSetupCode;
    if (onSetupCode && (await needsSetup(db))) onSetupCode(await newSetupCode(db));
  });
  // A request in flight when closing starts gets its answer with `Connection: close`, so its
  // keep-alive connection ends with it and close() does not wait on an idle client.
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
    jobs.stop();
  });
  app.addHook('onSend', async (_request, reply) => {
    if (closing) reply.header('connection', 'close');
  });
  app.addHook('onClose', async () => {
    jobs.stop(true);
    if (options.closeDatabase !== false) await db.close();
  });

  app.setErrorHandler(
    (
      error: Error & { statusCode?: number; validation?: unknown; code?: string },
      request,
      reply,
    ) => {
      if (error instanceof GapError) {
        request.log.info({ acked: error.acked }, 'push refused: gap');
        return reply
          .code(409)
          .send({ error: 'gap', message: error.message, acked: error.acked, serverTime: now() });
      }
      if (error instanceof ApiError) {
        request.log.info({ code: error.code }, error.message);
        return reply
          .code(error.status)
          .headers(error.headers)
          .send({ ...error.extra, error: error.code, message: error.message });
      }
      if (isUnavailable(error)) {
        request.log.warn({ err: error }, 'database unavailable');
        return reply
          .code(503)
          .header('retry-after', String(UNAVAILABLE_RETRY_S))
          .send({
            error: 'unavailable',
            message: `The database does not answer: try again in ${UNAVAILABLE_RETRY_S} s`,
          });
      }
      const status = error.statusCode ?? 500;
      const code = error.validation
        ? 'invalid-request'
        : status === 413
          ? 'body-too-large'
          : status === 415
            ? 'unsupported-media-type'
            : status === 429
              ? 'rate-limited'
              : status === 503
                ? 'unavailable'
                : status < 500
                  ? 'invalid-request'
                  : 'internal';
      if (status >= 500) request.log.error({ err: error }, 'request failed');
      else request.log.info({ code, reason: error.message }, 'request refused');
      const message = status >= 500 && status !== 503 ? 'Internal error' : error.message;
      return reply.code(status).send({ error: code, message });
    },
  );
  app.setNotFoundHandler((request, reply) =>
    reply
      .code(404)
      .send({ error: 'not-found', message: `No route ${request.method} ${request.url}` }),
  );

  // Kiosks call from other origins (app://… in Electron, http://127.0.0.1:PORT in a browser).
  // Bearer tokens, never cookies, so any origin may call.
  await app.register(cors, {
    origin: '*',
    methods: ['GET', 'POST', 'OPTIONS'],
    allowedHeaders: ['Authorization', 'Content-Type'],
    maxAge: 600,
  });
  if (options.rateLimit !== false) {
    const limits = { ...DEFAULT_RATE_LIMIT, ...options.rateLimit };
    await app.register(rateLimit, {
      // A verified kiosk or admin has a bucket of its own, however many share an address (a
      // centre's NAT, a reverse proxy); the rest are counted per address. The routes that
      // check a token do it in their onRequest hooks, which run before this one.
      keyGenerator: (request) =>
        request.caller ? `${request.caller.kind}:${request.caller.id}` : `ip:${request.ip}`,
      max: (_request, key) => (key.startsWith('ip:') ? limits.max : limits.callerMax),
      timeWindow: limits.timeWindow,
      // Thrown, so it goes through the error handler above like every other error.
      errorResponseBuilder: (_request, context) =>
        new ApiError(
          429,
          'rate-limited',
          `Too many requests: retry in ${Math.ceil(context.ttl / 1000)} s`,
        ),
    });
  }
  // A refused credential is answered once the rate limit has counted the request (per address),
  // and before its body is read.
  app.addHook('preParsing', async (request) => {
    if (request.authError) throw request.authError;
  });
  await app.register(swagger, {
    openapi: {
      info: { title: 'Accueil sync server', version: '1' },
      components: {
        securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      },
    },
  });

  app.get(
    HEALTH_PATH,
    {
      schema: {
        summary: 'Liveness and database check',
        response: { 200: HealthResponse, 503: HealthResponse },
      },
    },
    async (_request, reply) => {
      const timeoutMs = options.healthTimeoutMs ?? 1_500;
      let timer: NodeJS.Timeout | undefined;
      const up = await Promise.race([
        db.query('SELECT 1').then(
          () => true,
          (error: unknown) => {
            app.log.error({ err: error }, 'health check: the database does not answer');
            return false;
          },
        ),
        new Promise<boolean>((resolve) => {
          timer = setTimeout(() => {
            app.log.error({ timeoutMs }, 'health check: no answer from the database in time');
            resolve(false);
          }, timeoutMs);
        }),
      ]);
      clearTimeout(timer);
      if (!up) reply.header('retry-after', String(UNAVAILABLE_RETRY_S));
      return reply
        .code(up ? 200 : 503)
        .send({ status: up ? 'ok' : 'unavailable', database: db.kind, serverTime: now() });
    },
  );
  app.get(OPENAPI_PATH, { schema: { hide: true } }, async () => app.swagger());

  const enrolMax =
    options.rateLimit === false
      ? undefined
      : (options.rateLimit?.enrolMax ?? DEFAULT_RATE_LIMIT.enrolMax);
  await app.register(syncRoutes, {
    db,
    now,
    enrolMax,
    beforeCommit: options.faults?.beforeCommit,
    rejectedPerKiosk: options.rejectedPerKiosk ?? DEFAULT_REJECTED_BOUND,
  });
  await app.register(adminRoutes, {
    db,
    now,
    jobs,
    exportLimits,
    serverId: () => serverId,
    rosterBodyLimit: options.rosterBodyLimit ?? 20 * 1024 * 1024,
  });
  await app.register(consoleRoutes, {
    db,
    now,
    guard,
    jobs,
    exportLimits,
    serverId: () => serverId,
    rosterBodyLimit: options.rosterBodyLimit ?? 20 * 1024 * 1024,
    kiosks: options.kiosks ?? {},
    settings: { idleMs: consoleSettings.idleMs, passwords: consoleSettings.passwords },
    pageDir: options.console?.pageDir ?? path.resolve('dist/console'),
  });
  return server;
}
