// The sync benchmarks' plumbing: the server bundled once and started in a child process on a
// fresh database (an in-memory PGlite, or a new schema of the PostgreSQL on 127.0.0.1:5432),
// kiosks enrolled through the admin API, realistic attendance events.
import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import pg from 'pg';
import { build } from 'vite';
import { serverBundle } from '../../../server/vite.config';
import { generateToken } from '../../../shared/badge';
import type { KioskEvent } from '../../../shared/types';
import { uuidv7 } from '../../../shared/uuid';

export type Backend = 'pg' | 'pglite';
export const PG_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const ADMIN_TOKEN = 'bench-admin-token-0123456789abcdef';
/** The pool of the server under test: PostgreSQL's default max_connections leaves room for it. */
export const PG_POOL = Number(process.env.BENCH_PG_POOL ?? 10);
const BUNDLE_DIR = 'node_modules/.cache/accueil-sync-bench';

let bundled: Promise<string> | null = null;

/** Bundles server-main.ts (and the real server code, its worker too) once per run. */
function bundle(): Promise<string> {
  bundled ??= build({
    configFile: false,
    ...serverBundle('tests/bench/sync/server-main.ts', BUNDLE_DIR),
  }).then(() => `${BUNDLE_DIR}/main.js`);
  return bundled;
}

export interface BenchServer {
  backend: Backend;
  url: string;
  /** Ad-hoc SQL on the server's database (PostgreSQL only; PGlite lives in the child). */
  pgQuery?: (sql: string) => Promise<Record<string, unknown>[]>;
  close(): Promise<void>;
}

export async function startServer(backend: Backend): Promise<BenchServer> {
  const main = await bundle();
  const schema = `bench_${crypto.randomBytes(5).toString('hex')}`;
  const admin = backend === 'pg' ? new pg.Client({ connectionString: PG_URL }) : null;
  if (admin) {
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    await admin.query(`SET search_path = ${schema}`);
  }
  const child: ChildProcess = spawn(process.execPath, [main], {
    env: {
      ...process.env,
      BENCH_DB: backend,
      BENCH_PG_URL: PG_URL,
      BENCH_PG_SCHEMA: schema,
      BENCH_PG_POOL: String(PG_POOL),
      BENCH_ADMIN_TOKEN: ADMIN_TOKEN,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout! });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`bench server exited (${code})`)));
    lines.on('line', (line) => {
      const match = /^listening (\d+)$/.exec(line);
      if (match) resolve(Number(match[1]));
    });
  });
  return {
    backend,
    url: `http://127.0.0.1:${port}`,
    ...(admin
      ? {
          pgQuery: async (sql: string) =>
            (await admin.query(sql)).rows as Record<string, unknown>[],
        }
      : {}),
    async close() {
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      await exited;
      if (admin) {
        await admin.query(`DROP SCHEMA ${schema} CASCADE`);
        await admin.end();
      }
    },
  };
}

export async function api<T>(
  server: BenchServer,
  path: string,
  init: { method?: string; token?: string; body?: string; type?: string } = {},
): Promise<T> {
  const response = await fetch(`${server.url}/v1${path}`, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers: {
      authorization: `Bearer ${init.token ?? ADMIN_TOKEN}`,
      ...(init.body === undefined ? {} : { 'content-type': init.type ?? 'application/json' }),
    },
    body: init.body,
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status} ${text.slice(0, 300)}`);
  return JSON.parse(text) as T;
}

/** A kiosk created on the server by the admin API and enrolled with its code: its token. */
export async function enrol(server: BenchServer, kioskId: string): Promise<string> {
  const { code } = await api<{ code: string }>(server, '/admin/kiosks', {
    body: JSON.stringify({ name: kioskId }),
  });
  const { token } = await api<{ token: string }>(server, '/enrol', {
    body: JSON.stringify({ code, kioskId, kioskName: kioskId }),
  });
  return token;
}

const randomBytes = (n: number) => new Uint8Array(crypto.randomBytes(n));

/** A scan at a desk: check-in or check-out of one of `learners`, as the kiosk records it. */
export function attendanceEvent(
  kioskId: string,
  seq: number,
  at: number,
  learnerId: string,
): KioskEvent {
  const base = {
    id: uuidv7(at, randomBytes),
    kioskId,
    seq,
    at,
    actor: { kind: 'learner' as const, learnerId },
    learnerId,
    method: 'scanner' as const,
  };
  return seq % 2 === 1
    ? { ...base, type: 'check-in', token: generateToken(randomBytes) }
    : { ...base, type: 'check-out' };
}

/** A roster of `count` learners as the admin exports it from the school's system. */
export function rosterCsv(count: number): string {
  const rows = Array.from(
    { length: count },
    (_, i) => `B${String(i + 1).padStart(5, '0')};Prénom${i};Nom${i % 997};atelier ${i % 12};fr`,
  );
  return `Matricule;Prénom;Nom;Groupes;Langue\n${rows.join('\n')}\n`;
}

export const learnerId = (i: number) => `B${String(i + 1).padStart(5, '0')}`;

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export const round = (x: number, digits = 0) => Math.round(x * 10 ** digits) / 10 ** digits;
