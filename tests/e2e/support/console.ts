// The centre's console in e2e tests: the real server (createServer, listening on a real port,
// serving dist/console) on PGlite or on PostgreSQL in a schema of its own, its first admin, and
// Playwright pages signed in as admin or as reception.
import crypto from 'node:crypto';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createServer, type AccueilServer, type ServerOptions } from '../../../server/app';
import { LIGHTEST_SCRYPT_PARAMS } from '../../../server/console/passwords';
import { openDatabase, type Database } from '../../../server/db';
import { CONSOLE_API, type ConsoleRole } from '../../../shared/console';
import { PG_SKIP, PG_URL } from '../../server/harness';
import { CHROMIUM, CHROMIUM_ARGS } from './kiosk';

export const CONSOLE_ADMIN_TOKEN = 'e2e-console-admin-token-0123456789';
export const ADMIN = { name: 'Camille Admin', password: 'correct horse battery' };
export const RECEPTION = { name: 'Sam Accueil', password: 'front desk phrase 42' };

export type Engine = 'pglite' | 'pg';
/** The engines e2e console tests run on: PostgreSQL is skipped (with a warning) when unreachable outside CI. */
export const ENGINES: { engine: Engine; skip: boolean }[] = [
  { engine: 'pglite', skip: false },
  { engine: 'pg', skip: PG_SKIP },
];

export interface ConsoleServer {
  app: AccueilServer;
  db: Database;
  /** http://127.0.0.1:<port> */
  url: string;
  /** The one-time set-up code the server printed when it started (no account yet). */
  setupCode: string;
  /** Stops the server and drops its database (the PostgreSQL schema too). */
  close(): Promise<void>;
}

/** The real server on `engine`, listening on 127.0.0.1 (port 0: any free one). */
export async function startConsoleServer(
  engine: Engine,
  options: Partial<ServerOptions> = {},
): Promise<ConsoleServer> {
  if (!existsSync('dist/console/index.html')) {
    throw new Error('dist/console is missing: run `npm run test:e2e`, which builds it first.');
  }
  let db: Database;
  let dropSchema = async () => {};
  if (engine === 'pg') {
    const schema = `e2e_${crypto.randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: PG_URL });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    await admin.end();
    db = await openDatabase({ url: PG_URL, schema, max: 8 });
    dropSchema = async () => {
      const client = new pg.Client({ connectionString: PG_URL });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await client.end();
    };
  } else {
    db = await openDatabase('memory');
  }
  let setupCode = '';
  const app = await createServer({
    db,
    rateLimit: false,
    envAdminToken: CONSOLE_ADMIN_TOKEN,
    ...options,
    console: {
      passwords: LIGHTEST_SCRYPT_PARAMS,
      ...options.console,
      onSetupCode: (code) => (setupCode = code),
    },
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  return {
    app,
    db,
    url: `http://127.0.0.1:${port}`,
    get setupCode() {
      return setupCode;
    },
    async close() {
      await app.close();
      await dropSchema();
    },
  };
}

/** The first admin, created with the set-up code (as the page does, without the page). */
export async function createFirstAdmin(server: ConsoleServer, who = ADMIN): Promise<void> {
  const answer = await server.app.inject({
    method: 'POST',
    url: `${CONSOLE_API}/auth/setup`,
    payload: { code: server.setupCode, ...who },
  });
  if (answer.statusCode !== 201) throw new Error(`setup: ${answer.statusCode} ${answer.body}`);
}

/** An account made by an admin script (the bearer token). */
export async function createAccount(
  server: ConsoleServer,
  who: { name: string; password: string },
  role: ConsoleRole,
): Promise<void> {
  const answer = await server.app.inject({
    method: 'POST',
    url: `${CONSOLE_API}/accounts`,
    headers: { authorization: `Bearer ${CONSOLE_ADMIN_TOKEN}` },
    payload: { ...who, role },
  });
  if (answer.statusCode !== 201) throw new Error(`account: ${answer.statusCode} ${answer.body}`);
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** A browser context of its own (its own cookies): one person at one desk. */
export async function openConsole(
  browser: Browser,
  server: ConsoleServer,
  options: { viewport?: { width: number; height: number }; locale?: string } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL: server.url,
    viewport: options.viewport ?? { width: 1280, height: 800 },
    locale: options.locale ?? 'fr-BE',
  });
  return { context, page: await context.newPage() };
}

/**
 * Signs `page` in as `who` (ADMIN or RECEPTION by default: create them first) through the sign-in
 * route, then opens the console at `path` (e.g. 'accounts') and waits for its navigation.
 */
export async function signIn(
  page: Page,
  server: ConsoleServer,
  who: { name: string; password: string } = ADMIN,
  path = '',
): Promise<void> {
  const answer = await page.request.post(`${server.url}${CONSOLE_API}/auth/sign-in`, {
    data: who,
    headers: { origin: server.url },
  });
  if (answer.status() !== 200)
    throw new Error(`sign-in: ${answer.status()} ${await answer.text()}`);
  await page.goto(`${server.url}/console/${path}`);
  await page.getByRole('navigation').waitFor();
}
