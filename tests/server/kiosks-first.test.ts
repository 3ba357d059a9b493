// Kiosks before admin work: an export's or an import's next statement waits for the kiosk
// requests received before it, and rests while kiosks are active (server/store/kiosks-first.ts);
// the admin worker reads its pages
// through a link of its own (server/db.ts), never through the request thread; and PGlite's
// statements run in a thread of their own (server/pglite-worker.ts), so the request thread keeps
// answering meanwhile.
import { expect, it } from 'vitest';
import { openLink, type Database } from '../../server/db';
import { pages, type JobContext } from '../../server/jobs/protocol';
import {
  ACTIVE_MS,
  REST_MAX_MS,
  REST_PER_HELD,
  kioskRequest,
  kiosksFirst,
  type Clock,
} from '../../server/store/kiosks-first';
import { adminAuth, checkIn, enrolKiosk, forEachBackend, pushReq } from './harness';
import { HISTORY_RANGE, seedHistory } from './support/history';

/** Lets the event loop turn `n` times: whatever could run by then has run. */
async function turns(n: number) {
  for (let i = 0; i < n; i++) await new Promise((resolve) => setImmediate(resolve));
}

it('rests after an admin statement in proportion to how long it held the database, while kiosks are active', async () => {
  let now = 1_000;
  const rests: number[] = [];
  const clock: Clock = {
    now: () => now,
    sleep: async (ms) => {
      rests.push(ms);
      now += ms;
    },
  };
  const db = {} as Database;
  // No kiosk yet: the admin work runs at full speed.
  await kiosksFirst(db, 30, clock);
  expect(rests).toEqual([]);
  kioskRequest(db, clock)(); // a push, answered
  now += 100;
  await kiosksFirst(db, 0, clock); // the first statement: nothing held yet
  await kiosksFirst(db, 30, clock);
  await kiosksFirst(db, 60_000, clock); // a statement that waited on a lock: a bounded rest
  expect(rests).toEqual([30 * REST_PER_HELD, REST_MAX_MS]);
  // The kiosks went quiet: full speed again.
  now += ACTIVE_MS;
  await kiosksFirst(db, 30, clock);
  expect(rests).toEqual([30 * REST_PER_HELD, REST_MAX_MS]);
});

forEachBackend('kiosks before admin work', (ctx) => {
  it('reads an admin page only once the kiosk requests received before it are answered', async () => {
    const order: string[] = [];
    const answered = kioskRequest(ctx.db);
    // A job's context as the admin worker has it, its gate the request thread's.
    const job: JobContext = {
      db: ctx.db,
      kiosksFirst: (heldMs) => kiosksFirst(ctx.db, heldMs),
      call: () => Promise.reject(new Error('no call here')),
      emit: async () => {},
      flush: async () => {},
    };
    const read = pages(job, async (_db, after: number | null) => {
      order.push(`page ${after ?? 0} read`);
      return { bodies: [`{"page":${after ?? 0}}`], next: after === null ? 1 : null };
    });
    const first = read.next();
    await turns(20);
    order.push('kiosk answered');
    answered();
    expect((await first).value).toEqual(['{"page":0}']);
    expect((await read.next()).value).toEqual(['{"page":1}']);
    expect((await read.next()).done).toBe(true);
    expect(order).toEqual(['kiosk answered', 'page 0 read', 'page 1 read']);
  });

  it('reads an export’s pages in its worker thread, never on the request thread', async () => {
    const events = await seedHistory(ctx.app, 300);
    let reads = 0;
    const db: Database = {
      ...ctx.db,
      query: async (sql, params) => {
        if (/\bbody\b/.test(sql) && /FROM events/.test(sql)) reads++;
        return ctx.db.query(sql, params);
      },
    };
    const app = await ctx.makeApp({ db, exports: { pageRows: 7 } });
    const res = await app.inject({
      method: 'GET',
      url: `/v1/admin/export?kind=events&format=csv-semicolon&from=${HISTORY_RANGE.from}&to=${HISTORY_RANGE.to}`,
      headers: adminAuth,
    });
    expect(res.statusCode, res.body).toBe(200);
    // A header, then a line an event (the unknown badges' scans included).
    expect(res.body.trimEnd().split('\r\n')).toHaveLength(events.length + 1);
    expect(reads).toBe(0);
  });

  it('links another thread to the same database, its statements beside this thread’s', async () => {
    await ctx.db.exec(`CREATE TABLE linked (n integer PRIMARY KEY)`);
    const { link } = ctx.db.link();
    const other = await openLink(link);
    try {
      // A transaction on each side at once: each its own, both committed.
      let inside!: () => void;
      const opened = new Promise<void>((resolve) => (inside = resolve));
      let finish!: () => void;
      const held = new Promise<void>((resolve) => (finish = resolve));
      const mine = ctx.db.transaction(async (tx) => {
        await tx.query(`INSERT INTO linked VALUES (1)`);
        inside();
        await held;
      });
      await opened;
      const theirs = other.transaction(async (tx) => {
        await tx.query(`INSERT INTO linked VALUES (2)`);
      });
      finish();
      await Promise.all([mine, theirs]);
      const { rows } = await other.query<{ n: number }>(`SELECT n FROM linked ORDER BY n`);
      expect(rows).toEqual([{ n: 1 }, { n: 2 }]);
      await expect(other.query('SELECT 1 / 0')).rejects.toMatchObject({ code: '22012' });
    } finally {
      await other.close();
    }
    // Closing the link leaves the database open for this thread.
    await expect(ctx.db.query(`SELECT count(*)::int AS n FROM linked`)).resolves.toMatchObject({
      rows: [{ n: 2 }],
    });
  });

  it('counts a push from its arrival to its answer', async () => {
    let reached!: () => void;
    const inCommit = new Promise<void>((resolve) => (reached = resolve));
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const app = await ctx.makeApp({
      faults: {
        beforeCommit: async () => {
          reached();
          await held;
        },
      },
    });
    const token = await enrolKiosk(app, 'K1');
    const pushed = pushReq(app, token, [checkIn('K1', 1)]);
    let admitted = false;
    try {
      await inCommit;
      const admin = kiosksFirst(ctx.db).then(() => (admitted = true));
      await turns(20);
      expect(admitted).toBe(false);
      release();
      expect((await pushed).statusCode).toBe(200);
      await admin;
      expect(admitted).toBe(true);
    } finally {
      // A failed expectation must not leave the push, and the server's close, waiting.
      release();
      await pushed;
    }
  });

  it('runs statements off the request thread, which keeps turning meanwhile', async () => {
    let turned = 0;
    let running = true;
    const spin = () => {
      turned++;
      if (running) setImmediate(spin);
    };
    spin();
    await ctx.db.query('SELECT count(*) FROM generate_series(1, 3000000)');
    running = false;
    expect(turned).toBeGreaterThan(100);
  });

  it('keeps a failed statement’s SQLSTATE, in and out of a transaction', async () => {
    await expect(ctx.db.query('SELECT 1 / 0')).rejects.toMatchObject({ code: '22012' });
    await expect(
      ctx.db.transaction(async (tx) => {
        await tx.query(`CREATE TEMP TABLE t (id integer PRIMARY KEY)`);
        await tx.query(`INSERT INTO t VALUES (1), (1)`);
      }),
    ).rejects.toMatchObject({ code: '23505' });
    // Rolled back, and the engine takes the next statement.
    await expect(ctx.db.query(`SELECT 1 AS one`)).resolves.toMatchObject({ rows: [{ one: 1 }] });
  });
});
