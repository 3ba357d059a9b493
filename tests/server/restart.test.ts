// A server that always comes back. The PGlite folder's lock dies with its holder: a restart after
// a crash starts even when the lock names this very PID (a container's server is always PID 1)
// or a PID now another program's, and a second live server is still refused. After kill -9, on
// either engine, the server starts again with everything it had acknowledged.
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import { once } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { openConfiguredDatabase, readConfig } from '../../server/lifecycle';
import { ADMIN_TOKEN, PG_SKIP, PG_URL, checkIn } from './harness';
import { startServerProcess, type ServerProcess } from './support/server-process';

const folders: string[] = [];
const folder = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'accueil-restart-'));
  folders.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of folders) fs.rmSync(dir, { recursive: true, force: true });
});

/** Opens the folder as the server does, over a lock file left as `lock` says, `age` ms ago. */
async function openWithLock(dataDir: string, lock: string, age = 0) {
  const file = path.join(dataDir, 'accueil.pid');
  fs.writeFileSync(file, lock);
  const when = new Date(Date.now() - age);
  fs.utimesSync(file, when, when);
  const db = await openConfiguredDatabase(readConfig({ DATA_DIR: dataDir }));
  await db.close();
}

describe('the PGlite folder lock', () => {
  // One folder for these tests: creating a PGlite database takes seconds, opening it again less.
  const dataDir = folder();

  it('starts over a lock left by a crash that names this process’s own PID', async () => {
    await openWithLock(dataDir, `${process.pid} 123\n`);
    // As the previous version wrote it: the PID alone.
    await openWithLock(dataDir, `${process.pid}\n`);
    expect(fs.existsSync(path.join(dataDir, 'accueil.pid'))).toBe(false);
  });

  it('starts over a lock whose PID now belongs to another program', async () => {
    const other = spawn('sleep', ['60']);
    await once(other, 'spawn');
    try {
      // The program started after the server that wrote the lock died (an hour ago): as this
      // version writes a lock (PID and start time), and as the previous one did (PID only).
      await openWithLock(dataDir, `${other.pid} 1\n`, 3_600_000);
      await openWithLock(dataDir, `${other.pid}\n`, 3_600_000);
    } finally {
      other.kill();
    }
  });

  it('refuses a folder this process has open already', async () => {
    const config = readConfig({ DATA_DIR: dataDir });
    const db = await openConfiguredDatabase(config);
    try {
      await expect(openConfiguredDatabase(config)).rejects.toThrow(/in use by process/);
    } finally {
      await db.close();
    }
  });
});

/** A kiosk created and enrolled over HTTP: its token. */
async function enrol(server: ServerProcess, kioskId: string): Promise<string> {
  const call = async (url: string, body: unknown, token?: string) => {
    const res = await fetch(`${server.url}${url}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify(body),
    });
    return (await res.json()) as Record<string, unknown>;
  };
  const { code } = await call('/v1/admin/kiosks', { name: kioskId }, ADMIN_TOKEN);
  const { token } = await call('/v1/enrol', { code, kioskId, kioskName: kioskId });
  return token as string;
}

async function push(
  server: ServerProcess,
  token: string,
  kioskId: string,
  from: number,
  n: number,
) {
  const events = Array.from({ length: n }, (_, i) => checkIn(kioskId, from + i));
  const res = await fetch(`${server.url}/v1/push`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ events }),
  });
  return ((await res.json()) as { acked: number }).acked;
}

async function pulled(server: ServerProcess, token: string): Promise<number> {
  const res = await fetch(`${server.url}/v1/pull?since=0`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return ((await res.json()) as { events: unknown[] }).events.length;
}

const engines = [
  { name: 'pglite', skip: false },
  { name: 'pg', skip: PG_SKIP },
] as const;

for (const engine of engines) {
  describe.skipIf(engine.skip)(`a server killed with SIGKILL [${engine.name}]`, () => {
    const schema = `t_${crypto.randomBytes(6).toString('hex')}`;
    afterAll(async () => {
      if (engine.name !== 'pg') return;
      const admin = new pg.Client({ connectionString: PG_URL });
      await admin.connect();
      await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await admin.end();
    });

    it('starts again on the same data, with everything it had acknowledged', async () => {
      const dataDir = folder();
      let env: Record<string, string> = { DATA_DIR: dataDir, ACCUEIL_ADMIN_TOKEN: ADMIN_TOKEN };
      if (engine.name === 'pg') {
        const admin = new pg.Client({ connectionString: PG_URL });
        await admin.connect();
        await admin.query(`CREATE SCHEMA ${schema}`);
        await admin.end();
        const url = new URL(PG_URL);
        url.searchParams.set('options', `-c search_path=${schema}`);
        env = { DATABASE_URL: url.toString(), ACCUEIL_ADMIN_TOKEN: ADMIN_TOKEN };
      }
      let server = await startServerProcess(env);
      const token = await enrol(server, 'K1');
      expect(await push(server, token, 'K1', 1, 20)).toBe(20);
      if (engine.name === 'pglite') {
        // A second server on the folder is refused while this one runs.
        await expect(openConfiguredDatabase(readConfig({ DATA_DIR: dataDir }))).rejects.toThrow(
          new RegExp(`in use by process ${server.pid}`),
        );
      }
      await server.kill('SIGKILL');
      server = await startServerProcess(env);
      try {
        // It kept K1's mark and events: the next batch follows on.
        expect(await push(server, token, 'K1', 21, 10)).toBe(30);
        expect(await pulled(server, await enrol(server, 'K2'))).toBe(30);
      } finally {
        await server.kill('SIGTERM');
      }
    });
  });
}
