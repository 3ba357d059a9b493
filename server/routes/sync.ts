// The kiosk routes: enrol, push, pull. Every answer carries serverTime (kiosks measure their
// clock skew with it).
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Value } from 'typebox/value';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { bearer } from '../auth';
import type { Database } from '../db';
import { authenticateKiosk, enrol, kioskNames, touchKiosk } from '../store/kiosks';
import { pull } from '../store/events';
import { storeHeartbeat } from '../store/heartbeats';
import { kioskRequest } from '../store/kiosks-first';
import { push, type RejectedBound } from '../store/push';
import {
  EnrolRequest,
  EnrolResponse,
  KioskHeartbeat,
  PullQuery,
  PullResponse,
  PushGapResponse,
  PushRequest,
  PushResponse,
  errors,
} from '../schemas';
import { API_PREFIX, DEFAULT_PULL_LIMIT } from '../../shared/sync-protocol';

export interface SyncRouteOptions {
  db: Database;
  now: () => number;
  /** Enrolment attempts per client and window (codes are guessed nowhere near, but still). */
  enrolMax: number | undefined;
  beforeCommit: ((kioskId: string) => Promise<void>) | undefined;
  rejectedPerKiosk: RejectedBound;
}

const security = [{ bearer: [] }];

export const syncRoutes: FastifyPluginAsyncTypebox<SyncRouteOptions> = async (
  app,
  { db, now, enrolMax, beforeCommit, rejectedPerKiosk },
) => {
  // The kiosk is known before the rate limit counts the request (its own bucket); a refused
  // token is answered after (counted per address), by the preParsing hook in app.ts.
  const authenticate = async (request: FastifyRequest) => {
    try {
      const id = await authenticateKiosk(db, bearer(request.headers.authorization));
      request.caller = { kind: 'kiosk', id };
    } catch (error) {
      request.authError = error;
    }
  };
  const kioskOf = (request: FastifyRequest) => request.caller!.id;
  // Counted from its first byte to its answer: admin work lets it go first (kiosks-first.ts).
  const kioskFirst = async (_request: FastifyRequest, reply: FastifyReply) => {
    reply.raw.once('close', kioskRequest(db));
  };

  app.post(
    `${API_PREFIX}/enrol`,
    {
      ...(enrolMax === undefined ? {} : { config: { rateLimit: { max: enrolMax } } }),
      schema: {
        summary: 'Trade a one-time code for a device token',
        body: EnrolRequest,
        response: { 200: EnrolResponse, ...errors(400, 401, 409, 413, 429) },
      },
    },
    async (request) => {
      const { token, name } = await enrol(db, request.body, now());
      request.log.info({ kioskId: request.body.kioskId }, 'kiosk enrolled');
      return { token, name, serverTime: now() };
    },
  );

  app.post(
    `${API_PREFIX}/push`,
    {
      onRequest: [kioskFirst, authenticate],
      schema: {
        summary: "Store a batch of the kiosk's own events (contiguous, in seq order)",
        security,
        body: PushRequest,
        response: { 200: PushResponse, 409: PushGapResponse, ...errors(400, 401, 413, 429) },
      },
    },
    async (request) => {
      const kioskId = kioskOf(request);
      const { heartbeat } = request.body;
      // Before the push: a push refused for a gap still tells how the kiosk is doing. A
      // heartbeat this server cannot read (a newer kiosk's) is dropped: the events go on.
      if (heartbeat !== undefined) {
        if (Value.Check(KioskHeartbeat, heartbeat))
          await storeHeartbeat(db, kioskId, heartbeat, now());
        else request.log.warn({ kioskId }, 'heartbeat not understood: not stored');
      }
      const result = await push(db, kioskId, request.body.events, now(), {
        beforeCommit,
        rejectedPerKiosk,
      });
      request.log.info(
        {
          kioskId,
          events: request.body.events.length,
          acked: result.acked,
          rejected: result.rejected.length,
        },
        'push stored',
      );
      return { ...result, serverTime: now() };
    },
  );

  app.get(
    `${API_PREFIX}/pull`,
    {
      onRequest: [kioskFirst, authenticate],
      schema: {
        summary: 'Events made elsewhere, in server order, after a cursor',
        security,
        querystring: PullQuery,
        response: { 200: PullResponse, ...errors(400, 401, 429) },
      },
    },
    async (request) => {
      const kioskId = kioskOf(request);
      await touchKiosk(db, kioskId, now());
      const { since, limit, attendanceSince } = request.query;
      const page = await pull(
        db,
        kioskId,
        since,
        limit ?? DEFAULT_PULL_LIMIT,
        attendanceSince ?? null,
      );
      // The names go with the last page only: a kiosk catching up pulls many pages.
      if (page.more) return { ...page, serverTime: now() };
      return { ...page, kiosks: await kioskNames(db), serverTime: now() };
    },
  );
};
