// `npm run server [-- command …]`: with no command, the server; otherwise one admin command on
// the configured database, then exit.
import { createServer } from './app';
import { closeOnSignals, openConfiguredDatabase, readConfig, type Config } from './lifecycle';
import { migrate } from './migrations';
import {
  createAdminToken,
  createEnrolment,
  ensureServerOrigin,
  listKiosks,
  revoke,
} from './store/kiosks';

const USAGE = `Usage: npm run server [-- <command>]
  (no command)           start the server (PORT, HOST, DATABASE_URL or DATA_DIR, ACCUEIL_ADMIN_TOKEN,
                         TRUST_PROXY, DB_CONNECT_TIMEOUT_MS, DB_STATEMENT_TIMEOUT_MS)
  kiosk create <name>    a one-time enrolment code for a new kiosk (valid 24 h)
  kiosk list             kiosks and codes waiting to be used
  kiosk revoke <id>      revoke a kiosk, or withdraw an unused code
  admin-token [label]    a new admin token, printed once
`;

type Out = (line: string) => void;

export async function runCli(
  argv: string[],
  env: NodeJS.ProcessEnv,
  out: Out = console.log,
): Promise<number> {
  const config = readConfig(env);
  const [command, sub, ...rest] = argv;
  if (command === undefined || command === 'serve') return serve(config);
  if (command === 'help' || command === '--help') {
    out(USAGE);
    return 0;
  }
  const known =
    (command === 'kiosk' && ['create', 'list', 'revoke'].includes(sub ?? '')) ||
    command === 'admin-token';
  if (!known) {
    out(USAGE);
    return 2;
  }
  const db = await openConfiguredDatabase(config);
  try {
    await migrate(db);
    await ensureServerOrigin(db, Date.now());
    if (command === 'admin-token') {
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

async function serve(config: Config): Promise<number> {
  const db = await openConfiguredDatabase(config);
  const app = await createServer({
    db,
    logger: { level: config.logLevel },
    envAdminToken: config.adminToken,
    trustProxy: config.trustProxy,
    kiosks: config.kiosks,
  });
  await app.listen({ port: config.port, host: config.host });
  app.log.info(
    { database: db.kind, where: config.databaseUrl ? 'DATABASE_URL' : config.dataDir },
    'Accueil sync server ready',
  );
  return new Promise((resolve) => {
    closeOnSignals(app, process, (error) => resolve(error ? 1 : 0));
  });
}
