// The console's live presence and days: every kiosk's events folded by the kiosk's rule
// (shared/attendance.ts), named from the server's roster, polled cheaply; reception sees today,
// only an admin the days, nobody without a session.
import { beforeEach, expect, it } from 'vitest';
import type { AccueilServer } from '../../server/app';
import type { DayAttendance, LivePresence } from '../../shared/presence';
import type { CheckInEvent, KioskEvent } from '../../shared/types';
import {
  adminAuth,
  checkIn,
  enrolKiosk,
  forEachBackend,
  learnerUpserted,
  pushReq,
} from './harness';
import { addAccount, firstAdmin, RECEPTION, signIn } from './support/console';

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
  let app: AccueilServer;
  const cookies = { admin: '', reception: '' };
  beforeEach(async () => {
    app = ctx.app;
    cookies.admin = (await firstAdmin(app, ctx.db)).cookie;
    await addAccount(app, RECEPTION, 'reception');
    cookies.reception = (await signIn(app, RECEPTION)).cookie;
  });
  const get = (url: string, as: 'admin' | 'reception' | null = 'reception') =>
    app.inject({ method: 'GET', url, headers: as ? { cookie: cookies[as] } : {} });

  async function twoKiosks() {
    const k1 = await enrolKiosk(app, 'K1', 'Hall');
    const k2 = await enrolKiosk(app, 'K2', 'Étage');
    await pushReq(app, k1, [
      named('K1', 1, 'L1', 'Léa', 'Dupont', ['jeux']),
      named('K1', 2, 'L2', 'Noah', 'Bernard', ['jeux', '3d']),
      named('K1', 3, 'L3', 'Émile', 'Àlvarez', ['3d']),
    ]);
    return { k1, k2 };
  }

  it('shows who is inside across kiosks, by group, after check-outs and voids', async () => {
    const { k1, k2 } = await twoKiosks();
    const inL2 = checkIn('K1', 5, at(8, 10), 'L2');
    await pushReq(app, k1, [
      checkIn('K1', 4, at(8, 0), 'L1'),
      inL2,
      checkIn('K1', 6, at(8, 20), 'L9'),
    ]);
    await pushReq(app, k2, [checkIn('K2', 1, at(8, 5), 'L3')]);
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
    await pushReq(app, k2, [checkOut('K2', 2, at(9, 0), 'L1'), voidOf('K2', 3, at(9, 1), inL2)]);
    body = (await get('/v1/console/live')).json() as LivePresence;
    expect(body.inBuilding.map((e) => e.learner.id)).toEqual(['L3']);
    expect(body.groups).toEqual([['3d', 1]]);
    expect(body).toMatchObject({ present: 3, unlisted: 1 });
  });

  it('answers 204 to a poll while nothing was stored, and the news once a kiosk pushed', async () => {
    const { k1 } = await twoKiosks();
    const first = (await get('/v1/console/live')).json() as LivePresence;
    expect(first.inBuilding).toEqual([]);
    const since = (p: LivePresence) => `/v1/console/live?since=${encodeURIComponent(p.version)}`;
    const again = await get(since(first));
    expect(again.statusCode).toBe(204);
    expect(again.body).toBe('');
    await pushReq(app, k1, [checkIn('K1', 4, at(8), 'L1')]);
    const next = await get(since(first));
    expect(next.statusCode).toBe(200);
    const news = next.json() as LivePresence;
    expect(news.inBuilding.map((e) => e.learner.id)).toEqual(['L1']);
    // A new day, nothing stored: not the same answer.
    ctx.clock.now = at(23, 30);
    cookies.reception = (await signIn(app, RECEPTION)).cookie; // the last one ended meanwhile
    const tomorrow = await get(since(news));
    expect(tomorrow.statusCode).toBe(200);
    expect(tomorrow.json()).toMatchObject({ day: '2025-03-11', inBuilding: [], present: 0 });
  });

  it('gives a past day’s arrivals, departures and presence by group', async () => {
    const { k1, k2 } = await twoKiosks();
    await pushReq(app, k1, [
      checkIn('K1', 4, at(14, 0, 9), 'L1'),
      checkIn('K1', 5, at(14, 5, 9), 'L2'),
      checkIn('K1', 6, at(8, 0), 'L3'), // today: not that day
    ]);
    await pushReq(app, k2, [checkOut('K2', 1, at(17, 0, 9), 'L1')]);
    const res = await get('/v1/console/live/days/2025-03-09', 'admin');
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
      expect((await get(`/v1/console/live/days/${bad}`, 'admin')).statusCode, bad).toBe(400);
  });

  it('lets reception see today but not the days; nobody without a session', async () => {
    expect((await get('/v1/console/live')).statusCode).toBe(200);
    expect((await get('/v1/console/live/days/2025-03-09')).statusCode).toBe(403);
    expect((await get('/v1/console/live', null)).statusCode).toBe(401);
    expect((await get('/v1/console/live/days/2025-03-09', null)).statusCode).toBe(401);
    expect((await get('/v1/console/live/days/2025-03-09', 'admin')).statusCode).toBe(200);
    // A script with the admin token gets both.
    for (const url of ['/v1/console/live', '/v1/console/live/days/2025-03-09'])
      expect((await app.inject({ method: 'GET', url, headers: adminAuth })).statusCode, url).toBe(
        200,
      );
  });
});
