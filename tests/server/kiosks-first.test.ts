// Kiosks before admin work: an export's or an import's next statement waits for the kiosk
// requests received before it (server/store/kiosks-first.ts), and PGlite's statements run in a
// thread of their own (server/pglite-worker.ts), so the request thread keeps answering meanwhile.
import { expect, it } from 'vitest';
import { pageReader } from '../../server/jobs/reader';
import { kioskRequest, kiosksFirst } from '../../server/store/kiosks-first';
import { checkIn, enrolKiosk, forEachBackend, pushReq } from './harness';

/** Lets the event loop turn `n` times: whatever could run by then has run. */
async function turns(n: number) {
  for (let i = 0; i < n; i++) await new Promise((resolve) => setImmediate(resolve));
}

forEachBackend('kiosks before admin work', (ctx) => {
  it('reads an admin page only once the kiosk requests received before it are answered', async () => {
    const order: string[] = [];
    const answered = kioskRequest(ctx.db);
    const read = pageReader(ctx.db, async () => {
      order.push('page read');
      return { bodies: ['{}'], next: null };
    });
    const page = read();
    await turns(20);
    order.push('kiosk answered');
    answered();
    expect(await page).toEqual(['{}']);
    expect(order).toEqual(['kiosk answered', 'page read']);
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
