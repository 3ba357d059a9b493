// JSON schemas of the routes (validation, response serialisation and the OpenAPI document). The
// wire types themselves live in shared/sync-protocol.ts; the assertions at the end make the
// compiler check that each schema describes exactly that type.
import type { Readable } from 'node:stream';
import { Type, type Static, type TSchema } from 'typebox';
import type * as P from '../shared/sync-protocol';
import {
  HEARTBEAT_DETAIL_MAX,
  HEARTBEAT_VERSION_MAX,
  MAX_PULL_LIMIT,
  MAX_PUSH_EVENTS,
  SYNC_PROBLEMS,
} from '../shared/sync-protocol';
import { KIOSK_ID_PATTERN } from './auth';

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
// No control characters in ids and names: they end up in logs, lists and exports.
const Text = (maxLength: number) =>
  Type.String({ minLength: 1, maxLength, pattern: '^[^\\u0000-\\u001f\\u007f]*$' });

export const ErrorResponse = Type.Object({ error: Type.String(), message: Type.String() });

export const HealthResponse = Type.Object({
  status: Type.Union([Type.Literal('ok'), Type.Literal('unavailable')]),
  database: Type.Union([Type.Literal('pg'), Type.Literal('pglite')]),
  serverTime: Type.Integer(),
});

// Sequence numbers and cursors are bigint in the database: a number past 2^53 is refused here
// (400), not by PostgreSQL (500).
const Count = (minimum: number) => Type.Integer({ minimum, maximum: Number.MAX_SAFE_INTEGER });

export const EnrolRequest = Type.Object(
  {
    code: Type.String({ minLength: 1, maxLength: 64 }),
    kioskId: Type.String({ pattern: KIOSK_ID_PATTERN.source }),
    kioskName: Text(64),
  },
  { additionalProperties: false },
);
export const EnrolResponse = Type.Object({
  token: Type.String(),
  name: Type.String(),
  serverTime: Type.Integer(),
});

const Time = Type.Integer({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER });
export const KioskHeartbeat = Type.Object(
  {
    appVersion: Text(HEARTBEAT_VERSION_MAX),
    lastSeq: Count(0),
    clockOffsetMs: Nullable(
      Type.Integer({ minimum: -Number.MAX_SAFE_INTEGER, maximum: Number.MAX_SAFE_INTEGER }),
    ),
    crashes: Type.Integer({ minimum: 0, maximum: 2 ** 31 - 1 }),
    lastCrashAt: Nullable(Time),
    lastError: Nullable(
      Type.Object(
        {
          problem: Type.Enum(SYNC_PROBLEMS),
          detail: Type.String({ maxLength: HEARTBEAT_DETAIL_MAX }),
          at: Nullable(Time),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);

/** The envelope minimum; the rest of each event is checked by validateEvent, one by one. */
export const PushRequest = Type.Object({
  events: Type.Array(Type.Object({ seq: Count(1) }, { additionalProperties: true }), {
    maxItems: MAX_PUSH_EVENTS,
  }),
  // Checked by the route (KioskHeartbeat): one a server cannot read is dropped, never the push.
  heartbeat: Type.Optional(Type.Unknown()),
});
const RejectedEvent = Type.Object({
  seq: Type.Integer(),
  id: Nullable(Type.String()),
  problems: Type.Array(Type.String()),
});
export const PushResponse = Type.Object({
  acked: Type.Integer(),
  rejected: Type.Array(RejectedEvent),
  serverTime: Type.Integer(),
});
export const PushGapResponse = Type.Object({
  error: Type.Literal('gap'),
  message: Type.String(),
  acked: Type.Integer(),
  serverTime: Type.Integer(),
});

export const PullQuery = Type.Object({
  since: Count(0),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_PULL_LIMIT })),
  attendanceSince: Type.Optional(Count(0)),
});
export const PullResponse = Type.Object({
  // Events as validated at push time (shared/types.ts KioskEvent); served as stored.
  events: Type.Array(Type.Unknown()),
  cursor: Type.Integer(),
  more: Type.Boolean(),
  kiosks: Type.Optional(Type.Record(Type.String(), Type.String())),
  serverTime: Type.Integer(),
});

export const CreateKioskRequest = Type.Object({ name: Text(64) }, { additionalProperties: false });
export const CreateKioskResponse = Type.Object({
  enrolmentId: Type.String(),
  name: Type.String(),
  code: Type.String(),
  expiresAt: Type.Integer(),
});
export const KioskSummary = Type.Object({
  id: Type.String(),
  name: Type.String(),
  state: Type.Union([
    Type.Literal('awaiting-enrolment'),
    Type.Literal('active'),
    Type.Literal('revoked'),
  ]),
  createdAt: Type.Integer(),
  enrolledAt: Nullable(Type.Integer()),
  revokedAt: Nullable(Type.Integer()),
  lastSeenAt: Nullable(Type.Integer()),
  acked: Type.Integer(),
  rejectedDropped: Type.Integer(),
});
export const ListKiosksResponse = Type.Object({ kiosks: Type.Array(KioskSummary) });
export const KioskParams = Type.Object({ id: Text(100) });
export const RevokeResponse = Type.Object({
  id: Type.String(),
  revoked: Type.Union([Type.Literal('kiosk'), Type.Literal('code')]),
});

export const RosterQuery = Type.Object({
  dryRun: Type.Optional(Type.Boolean()),
  issueBadges: Type.Optional(Type.Boolean()),
});
const ImportProblem = Type.Object({
  line: Type.Integer(),
  column: Nullable(Type.String()),
  problem: Type.String(),
  value: Type.Optional(Type.String()),
  severity: Type.Union([Type.Literal('error'), Type.Literal('warning')]),
  /** The kiosk's explanation, in the language of Accept-Language. */
  message: Type.String(),
});
export const RosterImportResponse = Type.Object({
  ok: Type.Boolean(),
  counts: Type.Object({
    added: Type.Integer(),
    updated: Type.Integer(),
    reactivated: Type.Integer(),
    unchanged: Type.Integer(),
    notInFile: Type.Integer(),
    errors: Type.Integer(),
    warnings: Type.Integer(),
  }),
  problems: Type.Array(ImportProblem),
  written: Type.Integer(),
  badgesIssued: Type.Integer(),
});

const Day = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
export const ExportQuery = Type.Object({
  kind: Type.Union([Type.Literal('events'), Type.Literal('summary'), Type.Literal('matrix')]),
  format: Type.Union([
    Type.Literal('csv-semicolon'),
    Type.Literal('csv-comma'),
    Type.Literal('xlsx'),
  ]),
  from: Day,
  to: Day,
  group: Type.Optional(Type.String({ maxLength: 200 })),
  language: Type.Optional(
    Type.Union([Type.Literal('fr'), Type.Literal('nl'), Type.Literal('de'), Type.Literal('en')]),
  ),
});

/** A file sent as a stream of bytes: described, never serialised. */
export const FileBody = (format?: 'binary') =>
  Type.Unsafe<Readable>(format ? { type: 'string', format } : { type: 'string' });

/** Error bodies for the statuses a route may answer besides its success. */
export const errors = (...statuses: number[]) =>
  Object.fromEntries(statuses.map((status) => [status, ErrorResponse]));

// Compile-time: each schema is exactly its wire type (a drift is a type error here).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Is<T extends true> = T;
export type SchemaChecks = [
  Is<Same<Static<typeof EnrolRequest>, P.EnrolRequest>>,
  Is<Same<Static<typeof EnrolResponse>, P.EnrolResponse>>,
  Is<Same<Static<typeof PushResponse>, P.PushResponse>>,
  Is<Same<Static<typeof PushGapResponse>, P.PushGapResponse>>,
  Is<Same<Static<typeof CreateKioskRequest>, P.CreateKioskRequest>>,
  Is<Same<Static<typeof CreateKioskResponse>, P.CreateKioskResponse>>,
  Is<Same<Static<typeof ListKiosksResponse>, P.ListKiosksResponse>>,
  Is<Same<Static<typeof RevokeResponse>, P.RevokeResponse>>,
  Is<Same<Static<typeof ExportQuery>, P.ExportQuery>>,
  Is<Same<Static<typeof HealthResponse>, P.HealthResponse>>,
  Is<Same<Static<typeof KioskHeartbeat>, P.KioskHeartbeat>>,
];
