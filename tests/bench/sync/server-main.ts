// The sync server as the benchmark runs it: a child process of its own (bundled by vite like
// dist-server/main.js), so the load generator and the kiosk never share its event loop. The real
// createServer on the real database layer, with the rate limits it ships with (every client here
// comes from 127.0.0.1, as kiosks behind one proxy do), except enrolment's: the benchmark enrols
// 140 kiosks within minutes, which the shipped 20 a minute an address would only slow down. No
// logging (a log line per push would measure pino).
import { DEFAULT_RATE_LIMIT, createServer } from '../../../server/app';
import { openDatabase, type DatabaseTarget } from '../../../server/db';

async function main(): Promise<void> {
  const env = process.env;
  const target: DatabaseTarget =
    env.BENCH_DB === 'pg'
      ? { url: env.BENCH_PG_URL!, schema: env.BENCH_PG_SCHEMA!, max: Number(env.BENCH_PG_POOL) }
      : 'memory';
  const db = await openDatabase(target);
  const app = await createServer({
    db,
    rateLimit: { ...DEFAULT_RATE_LIMIT, enrolMax: 10_000 },
    envAdminToken: env.BENCH_ADMIN_TOKEN!,
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  process.stdout.write(`listening ${address.port}\n`);
  process.on('SIGTERM', () => {
    void app.close().then(() => process.exit(0));
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
