// The attendance of the whole centre for the console: who is in the building now across every
// kiosk, and any day's arrivals and departures. The day's events are read through the
// attendance index (events_attendance_at_id) and folded by shared/attendance.ts, the kiosk's own
// rule; names and groups come from the roster view. The page polls GET /live with the ETag it
// got: while nothing was stored (the top server_seq has not moved and the day is the same) the
// answer is 304 after one index lookup, through any proxy and across a server restart.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { onRequestHookHandler } from 'fastify';
import { Type } from 'typebox';
import type { Queryable } from '../db';
import { ApiError } from '../errors';
import { attendancePage, topServerSeq } from '../store/events';
import type { RosterView } from './roster-view';
import { foldAttendance, type LearnerDay } from '../../shared/attendance';
import { dayAttendance, livePresence } from '../../shared/presence';
import { brusselsDay, dayBounds } from '../../shared/time';
import type { AttendanceEvent } from '../../shared/types';

export interface LiveRouteOptions {
  db: Queryable;
  now: () => number;
  guard: (role: 'admin' | 'reception') => onRequestHookHandler;
  roster: RosterView;
}

export const LIVE_PATH = '/v1/console/live';
/** Attendance events read per statement. */
const PAGE = 5_000;

/** The day's attendance events up to `top`, folded (`now` given: today, still open). */
async function foldDay(
  db: Queryable,
  day: string,
  top: number,
  now?: number,
): Promise<Map<string, LearnerDay>> {
  const range = { ...dayBounds(day), top };
  const events: AttendanceEvent[] = [];
  for (let after = null as Parameters<typeof attendancePage>[2]; ;) {
    const page = await attendancePage(db, range, after, PAGE);
    for (const body of page.bodies) events.push(JSON.parse(body) as AttendanceEvent);
    if (page.next === null) break;
    after = page.next;
  }
  return foldAttendance(events, now === undefined ? { closingAt: range.end } : {});
}

const DayParams = Type.Object({ day: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' }) });

export const liveRoutes: FastifyPluginAsyncTypebox<LiveRouteOptions> = async (app, options) => {
  const { db, now, guard, roster } = options;
  // Today's fold, kept for the next poll while nothing new was stored.
  let today: { key: string; days: Map<string, LearnerDay> } | null = null;

  app.get(
    LIVE_PATH,
    { onRequest: guard('reception'), schema: { hide: true } },
    async (request, reply) => {
      const at = now();
      const day = brusselsDay(at);
      const top = await topServerSeq(db);
      const key = `${day}.${top}`;
      const etag = `"live-${key}"`;
      reply.header('cache-control', 'private, no-cache').header('etag', etag);
      if (request.headers['if-none-match'] === etag) return reply.code(304).send();
      const [{ roster: current }, days] = await Promise.all([
        roster.read(),
        today?.key === key ? today.days : foldDay(db, day, top, at),
      ]);
      today = { key, days };
      return livePresence(day, key, days, current.learners);
    },
  );

  app.get(
    `${LIVE_PATH}/days/:day`,
    { onRequest: guard('admin'), schema: { hide: true, params: DayParams } },
    async (request) => {
      const { day } = request.params;
      try {
        dayBounds(day);
      } catch {
        throw new ApiError(400, 'bad-day', `${day} is not a calendar date`);
      }
      if (day > brusselsDay(now()))
        throw new ApiError(400, 'bad-day', `${day} has not happened yet`);
      const top = await topServerSeq(db);
      const [{ roster: current }, days] = await Promise.all([roster.read(), foldDay(db, day, top)]);
      return dayAttendance(day, days, current.learners);
    },
  );
};
