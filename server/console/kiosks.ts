// The console's Kiosks screen: every kiosk with its latest heartbeat and whether it has been
// heard from lately; a new kiosk's one-time code with the link its QR code carries; revoking a
// kiosk or withdrawing an unused code. Admins only; every change is audited.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { Type, type Static } from 'typebox';
import { latestHeartbeats } from '../store/heartbeats';
import { createEnrolment, listKiosks, revoke } from '../store/kiosks';
import {
  CreateKioskRequest,
  CreateKioskResponse,
  KioskHeartbeat,
  KioskParams,
  KioskSummary,
  RevokeResponse,
  errors,
} from '../schemas';
import { audit, ownOrigin } from './guard';
import type { ConsoleFeatureOptions } from './index';
import type * as P from '../../shared/console-kiosks';
import { DEFAULT_SILENT_AFTER_MS, kioskPresence } from '../../shared/console-kiosks';
import { formatEnrolLink, normaliseCode } from '../../shared/enrolment';
import { API_PREFIX } from '../../shared/sync-protocol';

export interface KioskOptions {
  /** A kiosk not heard from for this long is flagged silent. Default 10 minutes. */
  silentAfterMs?: number;
  /**
   * The address kiosks reach this server at (PUBLIC_URL), put in the enrolment QR code. Default:
   * the address the console was opened at.
   */
  publicUrl?: string | null;
}

// Flat objects, not intersections: the response serialiser does not take a union of one.
const ConsoleHeartbeat = Type.Object({ ...KioskHeartbeat.properties, receivedAt: Type.Integer() });
const ConsoleKiosk = Type.Object({
  ...KioskSummary.properties,
  presence: Type.Union([
    Type.Literal('online'),
    Type.Literal('silent'),
    Type.Literal('waiting'),
    Type.Literal('revoked'),
  ]),
  outbox: Type.Union([Type.Integer(), Type.Null()]),
  heartbeat: Type.Union([ConsoleHeartbeat, Type.Null()]),
});
const ConsoleKiosksResponse = Type.Object({
  kiosks: Type.Array(ConsoleKiosk),
  silentAfterMs: Type.Integer(),
  serverTime: Type.Integer(),
});
const ConsoleEnrolResponse = Type.Object({
  ...CreateKioskResponse.properties,
  serverUrl: Type.String(),
  link: Type.String(),
});

// Compile-time: each schema is exactly its wire type (a drift is a type error here).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Is<T extends true> = T;
export type KiosksSchemaChecks = [
  Is<Same<Static<typeof ConsoleKiosksResponse>, P.ConsoleKiosksResponse>>,
  Is<Same<Static<typeof ConsoleEnrolResponse>, P.ConsoleEnrolResponse>>,
];

const BASE = `${API_PREFIX}/console/kiosks`;
// Hidden from /openapi.json, as every console route: the page's API, not the scripts' one.

export const consoleKiosks: FastifyPluginAsyncTypebox<ConsoleFeatureOptions> = async (
  app,
  { db, now, guard, kiosks: options },
) => {
  const silentAfterMs = options.silentAfterMs ?? DEFAULT_SILENT_AFTER_MS;
  const serverUrlOf = (request: FastifyRequest) =>
    (options.publicUrl ?? ownOrigin(request)).replace(/\/+$/, '');

  app.get(
    BASE,
    {
      onRequest: guard('admin'),
      schema: {
        hide: true,
        summary: 'Kiosks with their latest heartbeat, and codes waiting to be used',
        response: { 200: ConsoleKiosksResponse, ...errors(401, 403) },
      },
    },
    async () => {
      const at = now();
      const [kiosks, heartbeats] = await Promise.all([listKiosks(db, at), latestHeartbeats(db)]);
      return {
        kiosks: kiosks.map((kiosk): P.ConsoleKiosk => {
          const heartbeat = kiosk.state === 'awaiting-enrolment' ? null : heartbeats.get(kiosk.id);
          return {
            ...kiosk,
            presence: kioskPresence(kiosk, at, silentAfterMs),
            outbox: heartbeat ? Math.max(0, heartbeat.lastSeq - kiosk.acked) : null,
            heartbeat: heartbeat ?? null,
          };
        }),
        silentAfterMs,
        serverTime: at,
      };
    },
  );

  app.post(
    BASE,
    {
      onRequest: guard('admin'),
      schema: {
        hide: true,
        summary: 'A new kiosk: its one-time code (shown once) and the link of its QR code',
        body: CreateKioskRequest,
        response: { 201: ConsoleEnrolResponse, ...errors(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const created = await createEnrolment(db, request.body.name, now());
      const serverUrl = serverUrlOf(request);
      await audit(db, request, 'kiosk.code-created', {
        enrolmentId: created.enrolmentId,
        name: created.name,
      });
      const link = formatEnrolLink({ serverUrl, code: normaliseCode(created.code)! });
      return reply.code(201).send({ ...created, serverUrl, link });
    },
  );

  app.post(
    `${BASE}/:id/revoke`,
    {
      onRequest: guard('admin'),
      schema: {
        hide: true,
        summary: 'Revoke a kiosk, or withdraw a code never used',
        params: KioskParams,
        response: { 200: RevokeResponse, ...errors(401, 403, 404) },
      },
    },
    async (request) => {
      const { id } = request.params;
      const revoked = await revoke(db, id, now());
      await audit(db, request, revoked === 'kiosk' ? 'kiosk.revoked' : 'kiosk.code-withdrawn', {
        id,
      });
      return { id, revoked };
    },
  );
};
