// Sync benchmarks, PostgreSQL and PGlite side by side (the targets are PostgreSQL's; PGlite is
// reported and asserted only where it must hold too). The server runs in a child process
// (tests/bench/sync/server-main.ts), so neither the load generator nor the kiosk shares its
// event loop; on this two-core machine they still share the cores, with PostgreSQL too.
//   push:   one kiosk (real engine, fake-indexeddb) sends 10,000 pending events ≤ 10 s
//   ingest: 20 kiosks push at once ≥ 5,000 events/s (saturated: each pushes again as soon as
//           answered) and, offered 5,000 events/s steadily, keep up with p99 ≤ 200 ms (PostgreSQL)
//   pull:   a fresh kiosk in Chromium pulls 10,000 learners and 200,000 events ≤ 20 s
import 'fake-indexeddb/auto';
import { mkdir, writeFile } from 'node:fs/promises';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { appendEvents, ensureKiosk, type AppendBody } from '../../renderer/db/append';
import { KioskDatabase } from '../../renderer/db/schema';
import { createSyncEngine } from '../../renderer/sync/engine';
import { silentSyncLog } from '../../renderer/sync/log';
import { pushLoad, type IngestRun } from './sync/load';
import { freshKioskPull, type PullRun } from './sync/pull-chromium';
import {
  api,
  learnerId,
  median,
  PG_POOL,
  rosterCsv,
  round,
  startServer,
  type Backend,
  type BenchServer,
} from './sync/support';

// BENCH_SYNC_BACKENDS=pg, BENCH_PULL_EVENTS=40000: smaller runs while iterating.
const BACKENDS = (process.env.BENCH_SYNC_BACKENDS ?? 'pg,pglite').split(',') as Backend[];
const REPEATS = Number(process.env.BENCH_SYNC_REPEATS ?? 3);
const PUSH_EVENTS = 10_000;
const INGEST = {
  kiosks: 20,
  size: Number(process.env.BENCH_INGEST_BATCH ?? 50),
  batches: 40,
  learners: 10_000,
  days: 30,
};
const PULL = {
  learners: 10_000,
  events: Number(process.env.BENCH_PULL_EVENTS ?? 200_000),
  seeders: 4,
  days: 300,
};
const TARGET = { pushSeconds: 10, ingestPerSecond: 5_000, ingestP99Ms: 200, pullSeconds: 20 };
const baseUrl = inject('baseUrl');

const report: Record<string, unknown> = { date: new Date().toISOString(), pgPool: PG_POOL };
const rows: string[][] = [];

async function withServer<T>(backend: Backend, run: (server: BenchServer) => Promise<T>) {
  const server = await startServer(backend);
  try {
    return await run(server);
  } finally {
    await server.close();
  }
}

/** One kiosk with `count` check-ins and check-outs waiting in its outbox, then one syncOnce(). */
async function pushFromOneKiosk(server: BenchServer, run: number): Promise<number> {
  const db = new KioskDatabase(`bench-push-${server.backend}-${run}`);
  await db.open();
  const { kioskId } = await ensureKiosk(db);
  const bodies: AppendBody[] = Array.from({ length: PUSH_EVENTS }, (_, i) => ({
    type: i % 2 === 0 ? 'check-in' : 'check-out',
    learnerId: learnerId(i % 500),
    method: 'manual',
    reason: { code: 'forgot-badge' },
    actor: { kind: 'staff', staffId: 'S1' },
  })) as AppendBody[];
  for (let i = 0; i < bodies.length; i += 1_000) {
    await appendEvents(db, bodies.slice(i, i + 1_000));
  }
  const { code } = await api<{ code: string }>(server, '/admin/kiosks', {
    body: JSON.stringify({ name: `push ${run}` }),
  });
  const { token } = await api<{ token: string }>(server, '/enrol', {
    body: JSON.stringify({ code, kioskId, kioskName: 'bench' }),
  });
  const engine = createSyncEngine({
    db,
    fetch,
    serverUrl: server.url,
    getToken: async () => token,
    log: silentSyncLog,
  });
  const t0 = performance.now();
  const outcome = await engine.syncOnce();
  const seconds = (performance.now() - t0) / 1000;
  db.close();
  await KioskDatabase.delete(db.name);
  expect(outcome).toMatchObject({ ok: true, pushed: PUSH_EVENTS, rejected: 0 });
  return seconds;
}

/** The server's roster (10,000 learners with badges) and 200,000 scans from four kiosks. */
async function seedForPull(server: BenchServer): Promise<void> {
  const imported = await api<{ written: number }>(server, '/admin/roster?issueBadges=true', {
    body: rosterCsv(PULL.learners),
    type: 'text/csv',
  });
  expect(imported.written).toBe(PULL.learners * 2);
  const ids = Array.from({ length: PULL.seeders }, (_, i) => `seed-kiosk-${i + 1}`);
  const perKiosk = PULL.events / PULL.seeders;
  await pushLoad(server, ids, {
    size: 1_000,
    batches: perKiosk / 1_000,
    learners: PULL.learners,
    days: PULL.days,
  });
}

describe('sync benchmarks', () => {
  afterAll(async () => {
    console.log(formatTable(rows));
    await mkdir('bench-results', { recursive: true });
    await writeFile('bench-results/sync.json', JSON.stringify(report, null, 2) + '\n');
  });

  for (const backend of BACKENDS) {
    it(`[${backend}] one kiosk pushes ${PUSH_EVENTS} pending events`, async () => {
      const runs: number[] = [];
      for (let run = 0; run < REPEATS; run++) {
        runs.push(await withServer(backend, (server) => pushFromOneKiosk(server, run)));
      }
      const result = { runsSeconds: runs.map((s) => round(s, 2)), medianSeconds: median(runs) };
      report[`push.${backend}`] = result;
      rows.push([
        backend,
        `push ${PUSH_EVENTS} events, 1 kiosk`,
        `${round(result.medianSeconds, 2)} s`,
        `≤ ${TARGET.pushSeconds} s`,
      ]);
      expect(result.medianSeconds).toBeLessThanOrEqual(TARGET.pushSeconds);
    });
  }

  for (const backend of BACKENDS) {
    it(`[${backend}] ingest from ${INGEST.kiosks} kiosks at once`, async () => {
      const runs: IngestRun[] = [];
      const steady: IngestRun[] = [];
      await withServer(backend, async (server) => {
        // A first round warms the server (JIT, pool, caches); it is not counted.
        await pushLoad(server, kiosks('warm', INGEST.kiosks), { ...INGEST, batches: 5 });
        for (let run = 0; run < REPEATS; run++) {
          runs.push(await pushLoad(server, kiosks(`r${run}`, INGEST.kiosks), INGEST));
        }
        // The target rate offered steadily: each kiosk a batch every 20 × size / 5,000 s.
        const intervalMs = (INGEST.kiosks * INGEST.size * 1000) / TARGET.ingestPerSecond;
        for (let run = 0; run < REPEATS; run++) {
          const ids = kiosks(`s${run}`, INGEST.kiosks);
          steady.push(await pushLoad(server, ids, { ...INGEST, intervalMs }));
        }
      });
      const saturated = summariseIngest(runs);
      const atTarget = summariseIngest(steady);
      report[`ingest.${backend}`] = {
        kiosks: INGEST.kiosks,
        batchSize: INGEST.size,
        saturated,
        atTargetRate: atTarget,
      };
      const rate = (r: typeof saturated) => `${r.medianEventsPerSecond} events/s`;
      const latency = (r: typeof saturated) => `p50 ${r.medianP50Ms} / p99 ${r.medianP99Ms} ms`;
      const what = `${INGEST.kiosks} kiosks × batches of ${INGEST.size}`;
      rows.push([
        backend,
        `ingest, saturated, ${what}`,
        rate(saturated),
        `≥ ${TARGET.ingestPerSecond}`,
      ]);
      rows.push([backend, 'ingest, saturated: push latency', latency(saturated), 'reported']);
      rows.push([
        backend,
        `ingest at ${TARGET.ingestPerSecond}/s offered`,
        rate(atTarget),
        `≥ ${TARGET.ingestPerSecond * 0.98}`,
      ]);
      rows.push([
        backend,
        `ingest at ${TARGET.ingestPerSecond}/s: push latency`,
        latency(atTarget),
        `p99 ≤ ${TARGET.ingestP99Ms}`,
      ]);
      if (backend === 'pg') {
        expect(saturated.medianEventsPerSecond).toBeGreaterThanOrEqual(TARGET.ingestPerSecond);
        // Kept up with the offered rate (2 % for timer jitter), answering within the target.
        expect(atTarget.medianEventsPerSecond).toBeGreaterThanOrEqual(
          TARGET.ingestPerSecond * 0.98,
        );
        expect(atTarget.medianP99Ms).toBeLessThanOrEqual(TARGET.ingestP99Ms);
      }
    });
  }

  for (const backend of BACKENDS) {
    it(`[${backend}] a fresh kiosk (Chromium) pulls ${PULL.learners} learners and ${PULL.events} events`, async () => {
      const runs: PullRun[] = [];
      let seedSeconds = 0;
      await withServer(backend, async (server) => {
        const t0 = performance.now();
        await seedForPull(server);
        seedSeconds = (performance.now() - t0) / 1000;
        for (let run = 0; run < REPEATS; run++) runs.push(await freshKioskPull(baseUrl, server));
      });
      for (const run of runs) {
        expect(run.learners).toBe(PULL.learners);
        expect(run.events).toBeGreaterThanOrEqual(PULL.events + PULL.learners * 2);
      }
      const result = {
        seedSeconds: round(seedSeconds, 1),
        runsSeconds: runs.map((r) => round(r.seconds, 2)),
        medianSeconds: median(runs.map((r) => r.seconds)),
        eventsOnKiosk: runs[0]!.events,
      };
      report[`pull.${backend}`] = result;
      rows.push([
        backend,
        `fresh kiosk pull (${runs[0]!.events} events)`,
        `${round(result.medianSeconds, 2)} s`,
        `≤ ${TARGET.pullSeconds} s`,
      ]);
      expect(result.medianSeconds).toBeLessThanOrEqual(TARGET.pullSeconds);
    });
  }
});

function summariseIngest(runs: IngestRun[]) {
  return {
    runs: runs.map((r) => ({
      eventsPerSecond: round(r.eventsPerSecond),
      p50Ms: round(r.p50Ms, 1),
      p99Ms: round(r.p99Ms, 1),
    })),
    medianEventsPerSecond: round(median(runs.map((r) => r.eventsPerSecond))),
    medianP50Ms: round(median(runs.map((r) => r.p50Ms)), 1),
    medianP99Ms: round(median(runs.map((r) => r.p99Ms)), 1),
  };
}

function kiosks(prefix: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => `${prefix}-kiosk-${i + 1}`);
}

function formatTable(table: string[][]): string {
  const header = ['engine', 'benchmark (median of runs)', 'measured', 'target'];
  const all = [header, ...table];
  const widths = header.map((_, c) => Math.max(...all.map((row) => row[c]!.length)));
  const line = (row: string[]) => row.map((cell, c) => cell.padEnd(widths[c]!)).join(' | ');
  return ['', line(header), widths.map((w) => '-'.repeat(w)).join('-|-'), ...table.map(line)].join(
    '\n',
  );
}
