// Concurrent pushes from several kiosks while another kiosk pulls: server sequence values must
// never commit out of order in a way that lets a cursor pass an event (server/store/events.ts).
import { expect, it } from 'vitest';
import type { KioskEvent } from '../../shared/types';
import {
  checkIn,
  enrolKiosk,
  forEachBackend,
  pullReq,
  pushReq,
  untilAuthenticated,
  watchStatements,
} from './harness';

const PUSHERS = 4;
/** The page query of a pull (server/store/events.ts). */
const PAGE = /FROM events\s+WHERE server_seq >/;
const BATCHES = 12;
const BATCH = 5;

forEachBackend('concurrency', (ctx) => {
  it('no event is skipped or served twice by a pull running during concurrent pushes', async () => {
    // A stress run: each push waits a random while between its inserts and its commit. Timing
    // makes it a weak detector of the race; the next test provokes it deterministically (and
    // fails on PostgreSQL when the insert lock is removed: checked by hand).
    const delay = () => new Promise<void>((resolve) => setTimeout(resolve, Math.random() * 15));
    ctx.app = await ctx.makeApp({ faults: { beforeCommit: delay } });
    const tokens = await Promise.all(
      Array.from({ length: PUSHERS }, (_, i) => enrolKiosk(ctx.app, `K${i + 1}`)),
    );
    const puller = await enrolKiosk(ctx.app, 'P');
    const pushed: KioskEvent[] = [];
    let pushing = true;

    const pushAll = async (kiosk: number) => {
      const kioskId = `K${kiosk + 1}`;
      for (let b = 0; b < BATCHES; b++) {
        const batch = Array.from({ length: BATCH }, (_, i) => checkIn(kioskId, b * BATCH + i + 1));
        const res = await pushReq(ctx.app, tokens[kiosk]!, batch);
        expect(res.statusCode).toBe(200);
        expect(res.json().acked).toBe((b + 1) * BATCH);
        pushed.push(...batch);
      }
    };

    const seen: KioskEvent[] = [];
    let cursor = 0;
    let pages = 0;
    const pullOnce = async () => {
      const res = await pullReq(ctx.app, puller, `since=${cursor}&limit=7`);
      expect(res.statusCode).toBe(200);
      const page = res.json() as { events: KioskEvent[]; cursor: number; more: boolean };
      expect(page.cursor).toBeGreaterThanOrEqual(cursor);
      seen.push(...page.events);
      cursor = page.cursor;
      pages++;
      return page.more;
    };
    // PGlite answers a GET without ever leaving the microtask queue, which would starve the POSTs
    // (their bodies arrive as stream events): the puller yields between pages, as a network would.
    const tick = () => new Promise((resolve) => setImmediate(resolve));
    const pullWhilePushing = async () => {
      while (pushing) {
        await pullOnce();
        await tick();
      }
      while (await pullOnce()); // then drain
    };

    const pulling = pullWhilePushing();
    try {
      await Promise.all(Array.from({ length: PUSHERS }, (_, k) => pushAll(k)));
    } finally {
      pushing = false; // also when a push failed: the puller must stop
    }
    await pulling;

    expect(pages).toBeGreaterThan(3);
    const ids = seen.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(ids)).toEqual(new Set(pushed.map((e) => e.id)));
    // Each kiosk's events arrive in its own order.
    for (let k = 1; k <= PUSHERS; k++) {
      const seqs = seen.filter((e) => e.kioskId === `K${k}`).map((e) => e.seq);
      expect(seqs).toEqual(Array.from({ length: BATCHES * BATCH }, (_, i) => i + 1));
    }
  });

  it('a push that commits after a later one is still served: the cursor never passes it', async () => {
    // K1's push stops between its inserts and its commit; K2 pushes meanwhile, and P pulls.
    // Without the insert lock K2 would commit a higher server_seq first and P's cursor would pass
    // K1's event for good.
    let entered!: () => void;
    const atGate = new Promise<void>((resolve) => (entered = resolve));
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const statements = watchStatements(ctx.db);
    const app = await ctx.makeApp({
      db: statements.db,
      faults: {
        beforeCommit: async (kioskId) => {
          if (kioskId !== 'K1') return;
          entered();
          await gate;
        },
      },
    });
    const [k1, k2, p] = [
      await enrolKiosk(app, 'K1'),
      await enrolKiosk(app, 'K2'),
      await enrolKiosk(app, 'P'),
    ];
    const first = checkIn('K1', 1);
    const second = checkIn('K2', 1);
    const pushing1 = pushReq(app, k1, [first]);
    await atGate;
    const pushing2 = pushReq(app, k2, [second]);
    // K2 waits behind K1 (in the push writer, or on PGlite for the one connection).
    await untilAuthenticated(ctx, statements, 2);
    const pulling = pullReq(app, p, 'since=0');
    // P has read its page while K1 is held (on PGlite it waits for the connection).
    if (ctx.backend === 'pg') {
      await expect.poll(() => statements.answered(PAGE), { timeout: 30_000 }).toBe(1);
    } else await untilAuthenticated(ctx, statements, 3);
    release();
    expect((await pushing1).statusCode).toBe(200);
    expect((await pushing2).statusCode).toBe(200);
    const page1 = (await pulling).json() as { events: KioskEvent[]; cursor: number };
    const page2 = (await pullReq(app, p, `since=${page1.cursor}`)).json() as {
      events: KioskEvent[];
    };
    const ids = [...page1.events, ...page2.events].map((e) => e.id);
    expect(ids.sort()).toEqual([first.id, second.id].sort());
  });
});
