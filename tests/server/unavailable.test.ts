// Clean answers when the database is slow or down, and when the input is hostile: 503
// "unavailable" with Retry-After whenever the database cannot be reached or does not answer in
// time (/health within its own limit), and 400 or a rejected event, never 500, for input past
// what the database or the server can hold.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type AccueilServer } from '../../server/app';
import { openDatabase, type Database } from '../../server/db';
import {
  ADMIN_TOKEN,
  PATIENT,
  auth,
  checkIn,
  enrolKiosk,
  forEachBackend,
  pullReq,
  pushReq,
} from './harness';
import { postgresBin, startCluster, type PgCluster } from './support/pg-cluster';

/** 503 with Retry-After: `{error: 'unavailable'}`, or /health's `{status: 'unavailable'}`. */
const expectUnavailable = (res: {
  statusCode: number;
  headers: Record<string, unknown>;
  json(): { error?: string; status?: string };
}) => {
  expect(res.statusCode).toBe(503);
  expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
  expect(res.json().error ?? res.json().status).toBe('unavailable');
};

// PostgreSQL's binaries missing: skipped locally, a failure with CI=true (as the harness does).
const BIN = postgresBin();
const CLUSTER_SKIP = BIN === null && process.env.CI !== 'true';

describe.skipIf(CLUSTER_SKIP)(
  'a PostgreSQL that hangs, then goes down [pg, a cluster of its own]',
  () => {
    let cluster: PgCluster;
    let db: Database;
    let app: AccueilServer;
    let token: string;
    let seq = 0;
    let freezeInCommit = false;

    beforeAll(async () => {
      if (BIN === null)
        throw new Error('PostgreSQL binaries (/usr/lib/postgresql/*/bin) are missing');
      cluster = await startCluster(BIN);
      // Shorter limits than production's (5 s and 15 s), so the test waits less.
      db = await openDatabase({
        url: cluster.url,
        max: 4,
        connectTimeoutMs: 2_000,
        statementTimeoutMs: 2_000,
      });
      app = await createServer({
        db,
        rateLimit: false,
        envAdminToken: ADMIN_TOKEN,
        healthTimeoutMs: 1_000,
        faults: {
          beforeCommit: async () => {
            if (freezeInCommit) await cluster.freeze();
          },
        },
      });
      token = await enrolKiosk(app, 'K1');
    }, 180_000);
    afterAll(async () => {
      await cluster?.thaw();
      await app?.close();
      await cluster?.destroy();
    });

    const pushNext = async () => pushReq(app, token, [checkIn('K1', seq + 1)]);
    const works = async () => {
      await expect.poll(async () => (await pushNext()).statusCode, PATIENT).toBe(200);
      seq++;
      await expect
        .poll(async () => (await app.inject({ method: 'GET', url: '/health' })).statusCode, PATIENT)
        .toBe(200);
    };

    it('hung (SIGSTOP): push, pull and /health answer 503 with Retry-After; then it works again', async () => {
      await works();
      await cluster.freeze();
      expectUnavailable(await pushNext());
      expectUnavailable(await pullReq(app, token, 'since=0'));
      expectUnavailable(await app.inject({ method: 'GET', url: '/health' }));
      await cluster.thaw();
      await works();
      // Hung between a push's inserts and its commit: 503, nothing half-stored, and the same
      // push later stores it once.
      freezeInCommit = true;
      const stuck = await pushNext();
      freezeInCommit = false;
      expectUnavailable(stuck);
      await cluster.thaw();
      await works();
      const stored = await pullReq(app, await enrolKiosk(app, 'K2'), 'since=0');
      expect(stored.json().events.map((e: { seq: number }) => e.seq)).toEqual([1, 2, 3]);
    });

    it('down (pg_ctl stop): push, pull and /health answer 503 with Retry-After; then it works again', async () => {
      await works();
      await cluster.stop();
      expectUnavailable(await pushNext());
      expectUnavailable(await pullReq(app, token, 'since=0'));
      expectUnavailable(await app.inject({ method: 'GET', url: '/health' }));
      await cluster.start();
      await works();
    });
  },
);

forEachBackend('hostile input and a database that does not answer', (ctx) => {
  it('answers /health with 503 when the database does not answer at all', async () => {
    let answering = true;
    const never = new Promise<never>(() => {});
    const query: Database['query'] = (sql, params) =>
      answering ? ctx.db.query(sql, params) : never;
    const app = await ctx.makeApp({ db: { ...ctx.db, query } as Database, healthTimeoutMs: 200 });
    answering = false;
    const res = await app.inject({ method: 'GET', url: '/health' });
    expect(res.statusCode).toBe(503);
    expect(res.json()).toMatchObject({ status: 'unavailable', database: ctx.backend });
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('rejects an event nested 10,000 levels deep alone; the pushes committed with it go in', async () => {
    const tokens = await Promise.all(['K0', 'K1', 'K2', 'K3'].map((k) => enrolKiosk(ctx.app, k)));
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let holding = 0;
    const app = await ctx.makeApp({
      faults: {
        beforeCommit: async (kioskId) => {
          if (kioskId !== 'K0') return;
          holding++;
          await held;
        },
      },
    });
    // K0's commit is held: the next pushes queue and go together in the next group.
    const first = pushReq(app, tokens[0]!, [checkIn('K0', 1)]);
    await expect.poll(() => holding, PATIENT).toBe(1);
    const deep = `{"seq":2,"deep":${'{"a":'.repeat(10_000)}0${'}'.repeat(10_000)}}`;
    const payload = `{"events":[${JSON.stringify(checkIn('K1', 1))},${deep},${JSON.stringify(checkIn('K1', 3))}]}`;
    const group = [
      app.inject({
        method: 'POST',
        url: '/v1/push',
        headers: { ...auth(tokens[1]!), 'content-type': 'application/json' },
        payload,
      }),
      pushReq(app, tokens[2]!, [checkIn('K2', 1)]),
      pushReq(app, tokens[3]!, [checkIn('K3', 1)]),
    ];
    release();
    expect((await first).statusCode).toBe(200);
    const [k1, k2, k3] = await Promise.all(group);
    expect(k1!.statusCode, k1!.body).toBe(200);
    expect(k1!.json()).toMatchObject({
      acked: 3,
      rejected: [
        { seq: 2, id: null, problems: [expect.stringMatching(/nested deeper than 16 levels/)] },
      ],
    });
    expect(k2!.json()).toMatchObject({ acked: 1, rejected: [] });
    expect(k3!.json()).toMatchObject({ acked: 1, rejected: [] });
    const kept = await ctx.db.query<{ raw: string }>(
      `SELECT raw FROM rejected_events WHERE kiosk_id = 'K1' AND seq = 2`,
    );
    expect(JSON.parse(kept.rows[0]!.raw)).toEqual({
      omitted: 'event: nested deeper than 16 levels',
    });
  });

  it('rejects an event of megabytes, and keeps only its start', async () => {
    const token = await enrolKiosk(ctx.app, 'K1');
    const big = { ...checkIn('K1', 1), note: 'x'.repeat(3_000_000) };
    const res = await pushReq(ctx.app, token, [big]);
    expect(res.json()).toMatchObject({
      acked: 1,
      rejected: [{ seq: 1, problems: [expect.stringMatching(/larger than 65536 characters/)] }],
    });
    const kept = await ctx.db.query<{ raw: string }>(`SELECT raw FROM rejected_events`);
    expect(kept.rows[0]!.raw.length).toBeLessThan(200);
  });

  it('answers 400 to numbers past the database’s range, and to a kiosk id no token can carry', async () => {
    const token = await enrolKiosk(ctx.app, 'K1');
    for (const query of ['since=1e30', 'since=0&attendanceSince=1e30', 'since=9007199254740993']) {
      const res = await pullReq(ctx.app, token, query);
      expect(res.statusCode, query).toBe(400);
      expect(res.json().error).toBe('invalid-request');
    }
    const push = await pushReq(ctx.app, token, [{ ...checkIn('K1', 1), seq: 1e30 }]);
    expect(push.statusCode).toBe(400);
    // An id with a space: refused before the code is used, so the same code still works.
    const created = await ctx.app.inject({
      method: 'POST',
      url: '/v1/admin/kiosks',
      headers: auth(ADMIN_TOKEN),
      payload: { name: 'Hall' },
    });
    const enrol = (kioskId: string) =>
      ctx.app.inject({
        method: 'POST',
        url: '/v1/enrol',
        payload: { code: created.json().code, kioskId, kioskName: 'Hall' },
      });
    const spaced = await enrol('Hall 1');
    expect(spaced.statusCode).toBe(400);
    expect(spaced.json().error).toBe('invalid-request');
    const ok = await enrol('Hall-1');
    expect(ok.statusCode).toBe(200);
    expect((await pullReq(ctx.app, ok.json().token, 'since=0')).statusCode).toBe(200);
  });
});
