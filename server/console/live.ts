// The attendance of the whole centre for the console: who is in the building now across every
// kiosk, and any day's arrivals and departures. The day's events are read through the
// attendance index (events_attendance_at_id) and folded by shared/attendance.ts, the kiosk's own
// rule; names and groups come from the roster view. The page polls GET /live?since=<the version
// it shows>: while nothing was stored (the top server_seq has not moved, the day is the same) the
// answer is 204 after one index lookup. Plain requests: through any proxy, and across a restart.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Queryable } from '../db';
import type { ConsoleFeatureOptions } from './index';
import { ApiError } from '../errors';
import { attendancePage, topServerSeq } from '../store/events';
import { foldAttendance, type LearnerDay } from '../../shared/attendance';
import { CONSOLE_API } from '../../shared/console';
import { dayAttendance, livePresence } from '../../shared/presence';
import { brusselsDay, dayBounds } from '../../shared/time';
import type { AttendanceEvent } from '../../shared/types';

export type LiveRouteOptions = Pick<ConsoleFeatureOptions, 'db' | 'now' | 'guard' | 'roster'>;

export const LIVE_PATH = `${CONSOLE_API}/live`;
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
const LiveQuery = Type.Object({ since: Type.Optional(Type.String({ maxLength: 40 })) });

export const liveRoutes: FastifyPluginAsyncTypebox<LiveRouteOptions> = async (app, options) => {
  const { db, now, guard, roster } = options;
  // Today's fold, kept for the next poll while nothing new was stored.
  let today: { version: string; days: Map<string, LearnerDay> } | null = null;

  // Reception and admin: the features' scope (index.ts) already asks for a reception session.
  app.get(LIVE_PATH, { schema: { hide: true, querystring: LiveQuery } }, async (request, reply) => {
    const at = now();
    const day = brusselsDay(at);
    const top = await topServerSeq(db);
    const version = `${day}.${top}`;
    if (request.query.since === version) return reply.code(204).send();
    const [{ roster: current }, days] = await Promise.all([
      roster.read(),
      today?.version === version ? today.days : foldDay(db, day, top, at),
    ]);
    today = { version, days };
    return livePresence(day, version, days, current.learners);
  });

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
