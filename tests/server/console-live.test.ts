// The console's live presence and days: every kiosk's events folded by the kiosk's rule
// (shared/attendance.ts), named from the server's roster, polled cheaply by ETag.
import Fastify, { type FastifyInstance } from 'fastify';
import { TypeBoxValidatorCompiler } from '@fastify/type-provider-typebox';
import { afterEach, expect, it } from 'vitest';
import { liveRoutes } from '../../server/console/live';
import { RosterView } from '../../server/console/roster-view';
import { ApiError, unauthorized } from '../../server/errors';
import type { DayAttendance, LivePresence } from '../../shared/presence';
import type { CheckInEvent, KioskEvent } from '../../shared/types';
import { checkIn, enrolKiosk, forEachBackend, learnerUpserted, pushReq } from './harness';

const at = (hour: number, minute = 0, date = 10) => Date.UTC(2025, 2, date, hour, minute);

const named = (
  kioskId: string,
  seq: number,
  id: string,
  first: string,
  last: string,
  groups: string[],
) => {
  const e = learnerUpserted(kioskId, seq, id, at(6)) as Extract<
    KioskEvent,
    { type: 'learner-upserted' }
  >;
  return { ...e, learner: { ...e.learner, firstName: first, lastName: last, groups } };
};
const checkOut = (kioskId: string, seq: number, when: number, learnerId: string): KioskEvent => ({
  ...(checkIn(kioskId, seq, when, learnerId) as CheckInEvent),
  type: 'check-out',
});
const voidOf = (kioskId: string, seq: number, when: number, target: KioskEvent): KioskEvent => {
  const { id } = checkIn(kioskId, seq, when);
  const { learnerId } = target as CheckInEvent;
  return {
    id,
    kioskId,
    seq,
    at: when,
    actor: { kind: 'staff', staffId: 'S1' },
    type: 'void',
    targetId: target.id,
    learnerId,
    staffId: 'S1',
    reason: 'erreur',
  };
};

forEachBackend('console live presence', (ctx) => {
  let live: FastifyInstance;
  afterEach(async () => live?.close());

  /** The routes alone, behind a stand-in guard: the role is the x-role header. */
  async function liveApp() {
    live = Fastify();
    live.setValidatorCompiler(TypeBoxValidatorCompiler);
    live.setErrorHandler(
      (error: Error & { status?: number; statusCode?: number; code?: string }, _request, reply) =>
        reply
          .code(error.status ?? error.statusCode ?? 500)
          .send({ error: error.code, message: error.message }),
    );
    await live.register(liveRoutes, {
      db: ctx.db,
      now: () => ctx.clock.now,
      roster: new RosterView(ctx.db),
      guard: (role) => async (request) => {
        const given = request.headers['x-role'];
        if (given === undefined) throw unauthorized();
        if (role === 'admin' && given !== 'admin')
          throw new ApiError(403, 'forbidden', 'admin only');
      },
    });
    return live;
  }
  const get = (url: string, headers: Record<string, string> = { 'x-role': 'reception' }) =>
    live.inject({ method: 'GET', url, headers });

  async function twoKiosks() {
    const k1 = await enrolKiosk(ctx.app, 'K1', 'Hall');
    const k2 = await enrolKiosk(ctx.app, 'K2', 'Étage');
    await pushReq(ctx.app, k1, [
      named('K1', 1, 'L1', 'Léa', 'Dupont', ['jeux']),
      named('K1', 2, 'L2', 'Noah', 'Bernard', ['jeux', '3d']),
      named('K1', 3, 'L3', 'Émile', 'Àlvarez', ['3d']),
    ]);
    return { k1, k2 };
  }

  it('shows who is inside across kiosks, by group, after check-outs and voids', async () => {
    const { k1, k2 } = await twoKiosks();
    await liveApp();
    const inL2 = checkIn('K1', 5, at(8, 10), 'L2');
    await pushReq(ctx.app, k1, [
      checkIn('K1', 4, at(8, 0), 'L1'),
      inL2,
      checkIn('K1', 6, at(8, 20), 'L9'),
    ]);
    await pushReq(ctx.app, k2, [checkIn('K2', 1, at(8, 5), 'L3')]);
    let body = (await get('/v1/console/live')).json() as LivePresence;
    expect(body.day).toBe('2025-03-10');
    expect(body.inBuilding.map((e) => [e.learner.id, e.arrivedAt])).toEqual([
      ['L3', at(8, 5)],
      ['L2', at(8, 10)],
      ['L1', at(8, 0)],
    ]);
    expect(body.groups).toEqual([
      ['3d', 2],
      ['jeux', 2],
    ]);
    expect(body).toMatchObject({ present: 4, unlisted: 1 });

    // L1 leaves by the other kiosk; L2's check-in was a mistake.
    await pushReq(ctx.app, k2, [
      checkOut('K2', 2, at(9, 0), 'L1'),
      voidOf('K2', 3, at(9, 1), inL2),
    ]);
    body = (await get('/v1/console/live')).json() as LivePresence;
    expect(body.inBuilding.map((e) => e.learner.id)).toEqual(['L3']);
    expect(body.groups).toEqual([['3d', 1]]);
    expect(body).toMatchObject({ present: 3, unlisted: 1 });
  });

  it('answers 304 to a poll while nothing was stored, and the news once a kiosk pushed', async () => {
    const { k1 } = await twoKiosks();
    await liveApp();
    const first = await get('/v1/console/live');
    const etag = first.headers.etag as string;
    expect(first.json().inBuilding).toEqual([]);
    const again = await get('/v1/console/live', { 'x-role': 'reception', 'if-none-match': etag });
    expect(again.statusCode).toBe(304);
    await pushReq(ctx.app, k1, [checkIn('K1', 4, at(8), 'L1')]);
    const next = await get('/v1/console/live', { 'x-role': 'reception', 'if-none-match': etag });
    expect(next.statusCode).toBe(200);
    expect(next.json().inBuilding.map((e: { learner: { id: string } }) => e.learner.id)).toEqual([
      'L1',
    ]);
    // A new day, nothing stored: not the same answer.
    ctx.clock.now = at(23, 30);
    const tomorrow = await get('/v1/console/live', {
      'x-role': 'reception',
      'if-none-match': next.headers.etag as string,
    });
    expect(tomorrow.statusCode).toBe(200);
    expect(tomorrow.json()).toMatchObject({ day: '2025-03-11', inBuilding: [], present: 0 });
  });

  it('gives a past day’s arrivals, departures and presence by group', async () => {
    const { k1, k2 } = await twoKiosks();
    await liveApp();
    await pushReq(ctx.app, k1, [
      checkIn('K1', 4, at(14, 0, 9), 'L1'),
      checkIn('K1', 5, at(14, 5, 9), 'L2'),
      checkIn('K1', 6, at(8, 0), 'L3'), // today: not that day
    ]);
    await pushReq(ctx.app, k2, [checkOut('K2', 1, at(17, 0, 9), 'L1')]);
    const res = await get('/v1/console/live/days/2025-03-09', { 'x-role': 'admin' });
    expect(res.statusCode, res.body).toBe(200);
    const day = res.json() as DayAttendance;
    expect(day.entries).toEqual([
      {
        learner: expect.objectContaining({ id: 'L2' }),
        firstArrival: at(14, 5, 9),
        lastDeparture: null,
        noDeparture: true,
      },
      {
        learner: expect.objectContaining({ id: 'L1' }),
        firstArrival: at(14, 0, 9),
        lastDeparture: at(17, 0, 9),
        noDeparture: false,
      },
    ]);
    expect(day).toMatchObject({
      arrivals: 2,
      departures: 1,
      unlisted: 0,
      groups: [
        ['3d', 1],
        ['jeux', 2],
      ],
    });
    for (const bad of ['2025-02-30', '2025-03-11', 'hier'])
      expect(
        (await get(`/v1/console/live/days/${bad}`, { 'x-role': 'admin' })).statusCode,
        bad,
      ).toBe(400);
  });

  it('lets reception see today but not the days; nobody without a session', async () => {
    await liveApp();
    expect((await get('/v1/console/live')).statusCode).toBe(200);
    expect((await get('/v1/console/live/days/2025-03-09')).statusCode).toBe(403);
    expect((await get('/v1/console/live', {})).statusCode).toBe(401);
    expect((await get('/v1/console/live/days/2025-03-09', {})).statusCode).toBe(401);
  });
});
