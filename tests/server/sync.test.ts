// Enrolment, push and pull through the HTTP API, on both engines.
import { expect, it } from 'vitest';
import {
  ADMIN_TOKEN,
  adminAuth,
  auth,
  checkIn,
  enrolKiosk,
  forEachBackend,
  learnerUpserted,
  pullReq,
  pushReq,
} from './harness';

forEachBackend('enrolment', (ctx) => {
  const createCode = async (name = 'Accueil 1') => {
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/v1/admin/kiosks',
      headers: adminAuth,
      payload: { name },
    });
    expect(res.statusCode).toBe(201);
    return res.json() as { code: string; enrolmentId: string; expiresAt: number };
  };
  const enrol = (code: string, kioskId: string) =>
    ctx.app.inject({
      method: 'POST',
      url: '/v1/enrol',
      payload: { code, kioskId, kioskName: 'Kiosk hall' },
    });

  it('trades a code for a token once; the token authenticates; serverTime is sent', async () => {
    const { code, expiresAt } = await createCode();
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){4}$/);
    expect(expiresAt).toBe(ctx.clock.now + 24 * 3_600_000);
    // Typed sloppily: lower case, no dashes.
    const first = await enrol(code.toLowerCase().replaceAll('-', ' '), 'K1');
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ name: 'Accueil 1', serverTime: ctx.clock.now });
    expect(first.json().token).toMatch(/^K1\.[A-Za-z0-9_-]{43}$/);
    const again = await enrol(code, 'K2');
    expect(again.statusCode).toBe(401);
    expect(again.json().error).toBe('code-used');
    const pulled = await pullReq(ctx.app, first.json().token, 'since=0');
    expect(pulled.statusCode).toBe(200);
    // Stored hashed: neither the code nor the secret is in the database.
    const rows = await ctx.db.query<{ token_hash: string }>(
      `SELECT token_hash FROM kiosks WHERE id = 'K1'`,
    );
    expect(rows.rows[0]!.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(rows.rows[0]!.token_hash).not.toContain(first.json().token.split('.')[1]);
  });

  it('refuses an expired code, an unknown code and a withdrawn code', async () => {
    const { code } = await createCode();
    ctx.clock.now += 24 * 3_600_000;
    expect((await enrol(code, 'K1')).json().error).toBe('code-expired');
    expect((await enrol('AAAA-BBBB-CCCC-DDDD-EEEE', 'K1')).statusCode).toBe(401);
    const other = await createCode('Accueil 2');
    const revoked = await ctx.app.inject({
      method: 'POST',
      url: `/v1/admin/kiosks/${other.enrolmentId}/revoke`,
      headers: adminAuth,
    });
    expect(revoked.json()).toEqual({ id: other.enrolmentId, revoked: 'code' });
    const res = await enrol(other.code, 'K1');
    expect(res.statusCode).toBe(401);
    expect(res.json().error).toBe('invalid-code');
  });

  it('does not let a code take over an active kiosk id, nor the server origin id', async () => {
    await enrolKiosk(ctx.app, 'K1');
    const { code } = await createCode();
    const res = await enrol(code, 'K1');
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toBe('kiosk-id-taken');
    expect((await enrol(code, ctx.app.accueil.serverId())).statusCode).toBe(409);
    // The refused attempt did not use the code up.
    expect((await enrol(code, 'K2')).statusCode).toBe(200);
  });

  it('revokes a kiosk (401 revoked); re-enrolling the same id keeps its high-water mark', async () => {
    const token = await enrolKiosk(ctx.app, 'K1');
    expect((await pushReq(ctx.app, token, [checkIn('K1', 1), checkIn('K1', 2)])).json().acked).toBe(
      2,
    );
    const revoked = await ctx.app.inject({
      method: 'POST',
      url: '/v1/admin/kiosks/K1/revoke',
      headers: adminAuth,
    });
    expect(revoked.json()).toEqual({ id: 'K1', revoked: 'kiosk' });
    const refused = await pushReq(ctx.app, token, [checkIn('K1', 3)]);
    expect(refused.statusCode).toBe(401);
    expect(refused.json().error).toBe('revoked');
    const fresh = await enrolKiosk(ctx.app, 'K1');
    expect(fresh).not.toBe(token);
    expect((await pushReq(ctx.app, token, [checkIn('K1', 3)])).statusCode).toBe(401);
    const gap = await pushReq(ctx.app, fresh, [checkIn('K1', 4)]);
    expect(gap.statusCode).toBe(409);
    expect(gap.json()).toMatchObject({ error: 'gap', acked: 2 });
    expect((await pushReq(ctx.app, fresh, [checkIn('K1', 3)])).json().acked).toBe(3);
  });
});

forEachBackend('push', (ctx) => {
  it('is idempotent: the same batch twice gets the same answer and is stored once', async () => {
    const token = await enrolKiosk(ctx.app, 'K1');
    const batch = [checkIn('K1', 1), checkIn('K1', 2), checkIn('K1', 3)];
    const first = await pushReq(ctx.app, token, batch);
    const second = await pushReq(ctx.app, token, batch);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({ acked: 3, rejected: [], serverTime: ctx.clock.now });
    expect(second.json()).toEqual(first.json());
    const count = await ctx.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM events WHERE kiosk_id = 'K1'`,
    );
    expect(count.rows[0]!.n).toBe(3);
    // An overlapping batch stores only the new part.
    const overlap = await pushReq(ctx.app, token, [...batch.slice(1), checkIn('K1', 4)]);
    expect(overlap.json().acked).toBe(4);
    const after = await ctx.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM events WHERE kiosk_id = 'K1'`,
    );
    expect(after.rows[0]!.n).toBe(4);
  });

  it('answers 409 with the mark on a gap and on a non-contiguous batch, storing nothing', async () => {
    const token = await enrolKiosk(ctx.app, 'K1');
    const gap = await pushReq(ctx.app, token, [checkIn('K1', 2)]);
    expect(gap.statusCode).toBe(409);
    expect(gap.json()).toEqual({
      error: 'gap',
      message: expect.any(String),
      acked: 0,
      serverTime: ctx.clock.now,
    });
    const holes = await pushReq(ctx.app, token, [checkIn('K1', 1), checkIn('K1', 3)]);
    expect(holes.statusCode).toBe(409);
    const backwards = await pushReq(ctx.app, token, [checkIn('K1', 2), checkIn('K1', 1)]);
    expect(backwards.statusCode).toBe(409);
    const count = await ctx.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM events`);
    expect(count.rows[0]!.n).toBe(0);
    expect((await pushReq(ctx.app, token, [])).json()).toMatchObject({ acked: 0, rejected: [] });
  });

  it('reports a malformed event, skips it, advances past it, keeps it raw, and reports it again', async () => {
    const token = await enrolKiosk(ctx.app, 'K1');
    const bad = { ...checkIn('K1', 2), method: 'telepathy', extra: 'x' };
    const foreign = checkIn('K2', 3);
    const batch = [checkIn('K1', 1), bad, foreign, checkIn('K1', 4)];
    const first = await pushReq(ctx.app, token, batch);
    expect(first.statusCode).toBe(200);
    const body = first.json();
    expect(body.acked).toBe(4);
    expect(body.rejected.map((r: { seq: number }) => r.seq)).toEqual([2, 3]);
    expect(body.rejected[0]).toMatchObject({
      id: bad.id,
      problems: expect.arrayContaining([expect.stringMatching(/method/)]),
    });
    expect(body.rejected[1].problems[0]).toMatch(/kioskId/);
    expect((await pushReq(ctx.app, token, batch)).json()).toEqual(body);
    const raw = await ctx.db.query<{ raw: string }>(
      `SELECT raw FROM rejected_events WHERE kiosk_id = 'K1' AND seq = 2`,
    );
    expect(JSON.parse(raw.rows[0]!.raw)).toEqual(bad);
    const stored = await ctx.db.query<{ seq: number }>(`SELECT seq FROM events ORDER BY seq`);
    expect(stored.rows.map((r) => r.seq)).toEqual([1, 4]);
    // The queue is not blocked: the next batch goes on from 5.
    expect((await pushReq(ctx.app, token, [checkIn('K1', 5)])).json().acked).toBe(5);
  });

  it('rejects an event whose id is already on the server under another sequence', async () => {
    const token = await enrolKiosk(ctx.app, 'K1');
    const one = checkIn('K1', 1);
    await pushReq(ctx.app, token, [one]);
    const res = await pushReq(ctx.app, token, [{ ...one, seq: 2 }]);
    expect(res.json().rejected).toEqual([
      { seq: 2, id: one.id, problems: [expect.stringMatching(/already/)] },
    ]);
  });

  it('answers 400 when the envelope minimum is missing', async () => {
    const token = await enrolKiosk(ctx.app, 'K1');
    for (const events of [
      [{ id: 'x' }],
      [{ seq: 0 }],
      [{ seq: '1' }],
      [{ seq: 1.5 }],
      ['event'],
      'nope',
    ]) {
      const res = await ctx.app.inject({
        method: 'POST',
        url: '/v1/push',
        headers: auth(token),
        payload: { events },
      });
      expect(res.statusCode, JSON.stringify(events)).toBe(400);
      expect(res.json().error).toBe('invalid-request');
    }
    const tooMany = Array.from({ length: 1_001 }, (_, i) => ({ seq: i + 1 }));
    expect((await pushReq(ctx.app, token, tooMany)).statusCode).toBe(400);
  });

  it('answers 401 without a token, with an unknown one and with a wrong secret of any length', async () => {
    const token = await enrolKiosk(ctx.app, 'K1');
    expect(
      (await ctx.app.inject({ method: 'POST', url: '/v1/push', payload: { events: [] } }))
        .statusCode,
    ).toBe(401);
    for (const bad of [
      'K9.secret',
      'K1.',
      'K1.x',
      `K1.${'A'.repeat(43)}`,
      `K1.${'A'.repeat(500)}`,
      'nodot',
      ADMIN_TOKEN,
    ]) {
      const res = await pushReq(ctx.app, bad, []);
      expect(res.statusCode, bad).toBe(401);
      expect(res.json().error).toBe('unauthorized');
    }
    expect((await pushReq(ctx.app, token, [])).statusCode).toBe(200);
  });
});

forEachBackend('pull', (ctx) => {
  it('serves others’ events in server order, pages with limit and cursor, skips the caller’s own', async () => {
    const a = await enrolKiosk(ctx.app, 'KA');
    const b = await enrolKiosk(ctx.app, 'KB');
    const fromA = [1, 2, 3, 4, 5].map((s) => checkIn('KA', s));
    await pushReq(ctx.app, a, fromA.slice(0, 2));
    await pushReq(ctx.app, b, [checkIn('KB', 1), checkIn('KB', 2)]);
    await pushReq(ctx.app, a, fromA.slice(2));

    const page1 = (await pullReq(ctx.app, b, 'since=0&limit=2')).json();
    expect(page1.events.map((e: { id: string }) => e.id)).toEqual([fromA[0]!.id, fromA[1]!.id]);
    expect(page1).toMatchObject({ more: true, serverTime: ctx.clock.now });
    expect(page1.events[0]).toEqual(fromA[0]);
    const page2 = (await pullReq(ctx.app, b, `since=${page1.cursor}&limit=2`)).json();
    expect(page2.events.map((e: { id: string }) => e.id)).toEqual([fromA[2]!.id, fromA[3]!.id]);
    const page3 = (await pullReq(ctx.app, b, `since=${page2.cursor}&limit=2`)).json();
    expect(page3.events.map((e: { id: string }) => e.id)).toEqual([fromA[4]!.id]);
    expect(page3.more).toBe(false);
    const top = await ctx.db.query<{ top: number }>('SELECT max(server_seq) AS top FROM events');
    expect(page3.cursor).toBe(top.rows[0]!.top);
    const empty = (await pullReq(ctx.app, b, `since=${page3.cursor}`)).json();
    expect(empty).toMatchObject({ events: [], cursor: page3.cursor, more: false });

    // KA sees only KB's two events, and its cursor passes its own five.
    const forA = (await pullReq(ctx.app, a, 'since=0')).json();
    expect(forA.events.map((e: { kioskId: string }) => e.kioskId)).toEqual(['KB', 'KB']);
    expect(forA.cursor).toBe(top.rows[0]!.top);
  });

  it('leaves out attendance older than attendanceSince, never roster events', async () => {
    const a = await enrolKiosk(ctx.app, 'KA');
    const b = await enrolKiosk(ctx.app, 'KB');
    const old = Date.UTC(2024, 0, 5);
    const recent = Date.UTC(2025, 2, 1);
    const events = [
      checkIn('KA', 1, old),
      learnerUpserted('KA', 2, 'L1', old),
      checkIn('KA', 3, recent),
    ];
    await pushReq(ctx.app, a, events);
    const res = (
      await pullReq(ctx.app, b, `since=0&attendanceSince=${Date.UTC(2025, 0, 1)}`)
    ).json();
    expect(res.events.map((e: { seq: number }) => e.seq)).toEqual([2, 3]);
    const all = (await pullReq(ctx.app, b, 'since=0')).json();
    expect(all.events).toHaveLength(3);
    expect(res.cursor).toBe(all.cursor);
  });

  it('names every enrolled kiosk on the last page, for the exports’ “Poste” column', async () => {
    const a = await enrolKiosk(ctx.app, 'KA', 'Accueil hall');
    const b = await enrolKiosk(ctx.app, 'KB', 'Bibliothèque');
    await pushReq(ctx.app, a, [checkIn('KA', 1), checkIn('KA', 2)]);
    const first = (await pullReq(ctx.app, b, 'since=0&limit=1')).json();
    expect(first.more).toBe(true);
    expect(first.kiosks).toBeUndefined();
    const last = (await pullReq(ctx.app, b, `since=${first.cursor}&limit=1`)).json();
    expect(last.more).toBe(false);
    expect(last.kiosks).toMatchObject({ KA: 'Accueil hall', KB: 'Bibliothèque' });
  });

  it('validates its query (400) and needs a kiosk token (401)', async () => {
    const b = await enrolKiosk(ctx.app, 'KB');
    for (const q of ['', 'since=-1', 'since=abc', 'since=0&limit=0', 'since=0&limit=5001']) {
      expect((await pullReq(ctx.app, b, q)).statusCode, q).toBe(400);
    }
    expect((await pullReq(ctx.app, ADMIN_TOKEN, 'since=0')).statusCode).toBe(401);
  });
});
