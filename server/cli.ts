// `npm run server [-- command …]`: with no command, the server; otherwise one admin command on
// the configured database, then exit.
import { createServer } from './app';
import { closeOnSignals, openConfiguredDatabase, readConfig, type Config } from './lifecycle';
import { migrate } from './migrations';
import { needsSetup, newSetupCode } from './console/accounts';
import {
  createAdminToken,
  createEnrolment,
  ensureServerOrigin,
  listKiosks,
  revoke,
} from './store/kiosks';

const USAGE = `Usage: npm run server [-- <command>]
  (no command)           start the server (PORT, HOST, DATABASE_URL or DATA_DIR, ACCUEIL_ADMIN_TOKEN,
                         TRUST_PROXY, DB_CONNECT_TIMEOUT_MS, DB_STATEMENT_TIMEOUT_MS,
                         CONSOLE_ADMIN_IDLE_MINUTES, CONSOLE_RECEPTION_IDLE_MINUTES)
  kiosk create <name>    a one-time enrolment code for a new kiosk (valid 24 h)
  kiosk list             kiosks and codes waiting to be used
  kiosk revoke <id>      revoke a kiosk, or withdraw an unused code
  admin-token [label]    a new admin token, printed once
  setup-code             a new one-time code to create the console's first admin (while none exists)
`;

type Out = (line: string) => void;

export async function runCli(
  argv: string[],
  env: NodeJS.ProcessEnv,
  out: Out = console.log,
): Promise<number> {
  const config = readConfig(env);
  const [command, sub, ...rest] = argv;
  if (command === undefined || command === 'serve') return serve(config, out);
  if (command === 'help' || command === '--help') {
    out(USAGE);
    return 0;
  }
  const known =
    (command === 'kiosk' && ['create', 'list', 'revoke'].includes(sub ?? '')) ||
    command === 'admin-token' ||
    command === 'setup-code';
  if (!known) {
    out(USAGE);
    return 2;
  }
  const db = await openConfiguredDatabase(config);
  try {
    await migrate(db);
    await ensureServerOrigin(db, Date.now());
    if (command === 'setup-code') {
      if (!(await needsSetup(db))) {
        out(
          'The console has an admin account already: an admin signs in and creates or resets accounts in it.',
        );
        return 1;
      }
      const host = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
      out(setupCodeText(await newSetupCode(db), `http://${host}:${config.port}/console`));
    } else if (command === 'admin-token') {
      const token = await createAdminToken(
        db,
        [sub, ...rest].filter(Boolean).join(' ') || 'cli',
        Date.now(),
      );
      out(`Admin token (shown once, keep it safe):\n${token}`);
    } else if (sub === 'create') {
      const name = rest.join(' ').trim();
      if (!name || name.length > 64) {
        out('kiosk create: give the kiosk a name of 1 to 64 characters');
        return 2;
      }
      const created = await createEnrolment(db, name, Date.now());
      out(`Kiosk "${created.name}": enrolment code ${created.code}`);
      out(
        `Valid until ${new Date(created.expiresAt).toISOString()}; enrolment id ${created.enrolmentId}`,
      );
    } else if (sub === 'list') {
      for (const k of await listKiosks(db, Date.now())) {
        const seen = k.lastSeenAt ? new Date(k.lastSeenAt).toISOString() : 'never';
        out(`${k.id}\t${k.state}\t${k.name}\tacked ${k.acked}\tlast seen ${seen}`);
      }
    } else {
      const id = rest[0];
      if (!id) {
        out('kiosk revoke: give the kiosk id or the enrolment id');
        return 2;
      }
      out(`${id}: ${await revoke(db, id, Date.now())} revoked`);
    }
    return 0;
  } finally {
    await db.close();
  }
}

/** What the person setting up the centre reads: where to go, and the code to type there. */
function setupCodeText(code: string, consoleUrl: string): string {
  return [
    '',
    'No console account yet. Open the console and create the first admin with this one-time code:',
    `  ${consoleUrl}`,
    `  set-up code: ${code}`,
    '',
  ].join('\n');
}

/**
 * The server's log never holds a secret: credentials in headers, passwords and codes in bodies
 * (Fastify logs neither by default; this keeps it so if a serializer or a log call changes).
 */
export const LOG_REDACT = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.current',
];

async function serve(config: Config, out: Out): Promise<number> {
  const db = await openConfiguredDatabase(config);
  let setupCode: string | null = null;
  const app = await createServer({
    db,
    logger: { level: config.logLevel, redact: LOG_REDACT },
    envAdminToken: config.adminToken,
    trustProxy: config.trustProxy,
    console: {
      ...config.console,
      onSetupCode: (code) => (setupCode = code),
    },
  });
  const address = await app.listen({ port: config.port, host: config.host });
  // Printed, not logged: the code is for the person at the server's window, not for log storage.
  if (setupCode) out(setupCodeText(setupCode, `${address}/console`));
  app.log.info(
    { database: db.kind, where: config.databaseUrl ? 'DATABASE_URL' : config.dataDir },
    'Accueil sync server ready',
  );
  return new Promise((resolve) => {
    closeOnSignals(app, process, (error) => resolve(error ? 1 : 0));
  });
}
