// The console's Kiosks screen: every kiosk with its latest heartbeat and whether it has been
// heard from lately; a new kiosk's one-time code with the link its QR code carries; revoking a
// kiosk or withdrawing an unused code. Admins only; every change is audited.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest, onRequestHookHandler } from 'fastify';
import { Type } from 'typebox';
import type { Database, Queryable } from '../db';
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
import {
  DEFAULT_SILENT_AFTER_MS,
  kioskPresence,
  type ConsoleKiosk,
} from '../../shared/console-kiosks';
import { formatEnrolLink, normaliseCode } from '../../shared/enrolment';
import { API_PREFIX } from '../../shared/sync-protocol';

export interface ConsoleKiosksOptions {
  db: Database;
  now: () => number;
  guard: (role: 'admin' | 'reception') => onRequestHookHandler;
  audit: (
    db: Queryable,
    request: FastifyRequest,
    action: string,
    details?: Record<string, unknown>,
  ) => Promise<void>;
  /** A kiosk not heard from for this long is flagged silent. Default 10 minutes. */
  silentAfterMs?: number;
  /**
   * The address kiosks reach this server at (PUBLIC_URL), put in the enrolment QR code. Default:
   * the address the console was opened at.
   */
  publicUrl?: string | null;
}

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Union([schema, Type.Null()]);
const ConsoleKiosk = Type.Intersect([
  KioskSummary,
  Type.Object({
    presence: Type.Union([
      Type.Literal('online'),
      Type.Literal('silent'),
      Type.Literal('waiting'),
      Type.Literal('revoked'),
    ]),
    outbox: Nullable(Type.Integer()),
    heartbeat: Nullable(
      Type.Intersect([KioskHeartbeat, Type.Object({ receivedAt: Type.Integer() })]),
    ),
  }),
]);
const ConsoleKiosksResponse = Type.Object({
  kiosks: Type.Array(ConsoleKiosk),
  silentAfterMs: Type.Integer(),
  serverTime: Type.Integer(),
});
const ConsoleEnrolResponse = Type.Intersect([
  CreateKioskResponse,
  Type.Object({ serverUrl: Type.String(), link: Type.String() }),
]);

const BASE = `${API_PREFIX}/console/kiosks`;

export const consoleKiosks: FastifyPluginAsyncTypebox<ConsoleKiosksOptions> = async (
  app,
  options,
) => {
  const { db, now, guard, audit } = options;
  const silentAfterMs = options.silentAfterMs ?? DEFAULT_SILENT_AFTER_MS;
  const serverUrlOf = (request: FastifyRequest) =>
    (options.publicUrl ?? `${request.protocol}://${request.host}`).replace(/\/+$/, '');

  app.get(
    BASE,
    {
      onRequest: guard('admin'),
      schema: {
        summary: 'Kiosks with their latest heartbeat, and codes waiting to be used',
        response: { 200: ConsoleKiosksResponse, ...errors(401, 403) },
      },
    },
    async () => {
      const at = now();
      const [kiosks, heartbeats] = await Promise.all([listKiosks(db, at), latestHeartbeats(db)]);
      return {
        kiosks: kiosks.map((kiosk): ConsoleKiosk => {
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
