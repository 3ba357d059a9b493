// The wire protocol between a kiosk and the central server (server/). Both sides import these
// types, so a change to the protocol is a type error on the side that forgot it. JSON over HTTP;
// every kiosk call carries `Authorization: Bearer <device token>`.
import type { BadgeProblem } from './badge-actions';
import type { RosterReadProblem } from './roster-file';
import type { ImportCounts } from './roster-import';
import type { ExplainedProblem } from './roster-messages';
import type { KioskEvent, LanguageCode } from './types';

/** Path prefix of the versioned API. A breaking change gets /v2, never an edited /v1. */
export const API_PREFIX = '/v1';

/** Health check, outside the versioned API (load balancers and scripts call it). */
export const HEALTH_PATH = '/health';
/** The OpenAPI document of every route, made from the route schemas. */
export const OPENAPI_PATH = '/openapi.json';

/** The most events a kiosk sends in one push, and the most a pull page holds. */
export const MAX_PUSH_EVENTS = 1_000;
export const MAX_PULL_LIMIT = 5_000;
export const DEFAULT_PULL_LIMIT = 2_000;

/** POST /v1/enrol: a kiosk trades the one-time code an admin got from the server for a token. */
export interface EnrolRequest {
  code: string;
  /** The kiosk's own id (the `kioskId` of every event it makes). */
  kioskId: string;
  /** Its name in the kiosk's settings, shown in the server's kiosk list. */
  kioskName: string;
}
export interface EnrolResponse {
  token: string;
  /** The name the admin gave the kiosk on the server. */
  name: string;
  serverTime: number;
}

/**
 * POST /v1/push: this kiosk's own events, in sequence order, contiguous. The server stores each
 * once (by id), advances the kiosk's high-water mark of sequence numbers and answers it. The
 * same batch sent again gets the same answer.
 */
export interface PushRequest {
  events: unknown[];
  /** How the kiosk is doing, once a sync (its first push); older kiosks send none. */
  heartbeat?: KioskHeartbeat;
}

/** Why a kiosk's sync attempt failed, as its staff are told (and the console). */
export const SYNC_PROBLEMS = [
  'not-enrolled',
  'offline',
  'timeout',
  'server',
  'unauthorized',
  'protocol',
  'storage',
] as const;
export type SyncProblem = (typeof SYNC_PROBLEMS)[number];

/** Bounds of a heartbeat's texts: a kiosk cuts longer ones, the server refuses them. */
export const HEARTBEAT_VERSION_MAX = 64;
export const HEARTBEAT_DETAIL_MAX = 500;

/**
 * A kiosk's health, sent with its push; the server keeps the latest one per kiosk for the
 * console's list of kiosks.
 */
export interface KioskHeartbeat {
  /** The app's version (package.json of the build it runs). */
  appVersion: string;
  /**
   * The highest sequence number it has made. Against the server's acked mark, after this very
   * push, it gives the events still waiting in its outbox.
   */
  lastSeq: number;
  /** Its clock minus the server's, in ms, as last measured; null before the first answer. */
  clockOffsetMs: number | null;
  /** Renderer crashes the kiosk's shell recovered from (shared/bridge.ts CrashReport). */
  crashes: number;
  lastCrashAt: number | null;
  /** The last sync attempt's failure, if the last attempt failed. */
  lastError: { problem: SyncProblem; detail: string; at: number | null } | null;
}
export interface PushResponse {
  /** Every sequence number up to this one is on the server (stored, or rejected below). */
  acked: number;
  /** Events of this batch that were malformed: skipped for good, never blocking the queue. */
  rejected: RejectedEvent[];
  serverTime: number;
}
export interface RejectedEvent {
  seq: number;
  /** The event id when it could be read. */
  id: string | null;
  problems: string[];
}
/** 409 on push: the batch does not start right after what the server holds. */
export interface PushGapResponse {
  error: 'gap';
  message: string;
  /** The kiosk's high-water mark on the server: send from acked + 1. */
  acked: number;
  serverTime: number;
}

/**
 * GET /v1/pull?since=<cursor>&limit=<n>&attendanceSince=<ms>: events made elsewhere (other
 * kiosks, the server's admin API) in server order. `attendanceSince` leaves out attendance
 * older than the kiosk's retention, so a fresh kiosk bootstraps the roster and recent attendance.
 */
export interface PullResponse {
  events: KioskEvent[];
  /** Give it back as `since`: everything up to it has been served (or filtered out). */
  cursor: number;
  /** More events wait after `cursor`. */
  more: boolean;
  /** On the last page (more: false): kiosk id → the name an admin gave it, every kiosk. */
  kiosks?: Record<string, string>;
  serverTime: number;
}

/** Error bodies of every route: a stable code for programs, a message for logs. */
export interface ErrorResponse {
  error: ErrorCode;
  message: string;
}

/**
 * Every `error` a route answers. 400 invalid-request, bad-range; 401 unauthorized (no, unknown or
 * wrong token), revoked, invalid-code, code-used, code-expired; 403 forbidden (a kiosk token on
 * the admin API); 404 not-found; 409 gap (push), kiosk-id-taken (enrol); 413 body-too-large;
 * 400 export-too-large (range or rows over the server's caps); 400 empty, not-text, xls,
 * too-large (a roster upload that is no CSV file: RosterReadProblem); 409 roster-changed (an import
 * the roster kept changing under); 415 unsupported-media-type; 422 import-refused; 429
 * rate-limited, busy (too many exports and imports at once, with Retry-After); 500 internal;
 * 503 unavailable (the database does not answer, with Retry-After). The console's roster: 400
 * invalid-learner (an edit the kiosk's form would refuse); 409 already-active, no-active,
 * archived, unknown-learner (a badge action refused: BadgeProblem).
 */
export type ErrorCode =
  | 'invalid-request'
  | 'bad-range'
  | 'unauthorized'
  | 'revoked'
  | 'invalid-code'
  | 'code-used'
  | 'code-expired'
  | 'forbidden'
  | 'not-found'
  | 'gap'
  | 'kiosk-id-taken'
  | 'body-too-large'
  | 'unsupported-media-type'
  | 'import-refused'
  | 'rate-limited'
  | 'busy'
  | 'export-too-large'
  | 'roster-changed'
  | 'internal'
  | 'unavailable'
  | 'invalid-learner'
  | BadgeProblem
  | RosterReadProblem;

/** GET /health: 200 when the database answers, 503 otherwise. */
export interface HealthResponse {
  status: 'ok' | 'unavailable';
  database: 'pg' | 'pglite';
  serverTime: number;
}

/**
 * Admin API (Authorization: Bearer <admin token>), under /v1/admin:
 * GET kiosks → ListKiosksResponse; POST kiosks (CreateKioskRequest) → 201 CreateKioskResponse;
 * POST kiosks/:id/revoke → RevokeResponse; POST roster (text/csv body) → RosterImportResponse;
 * GET export (ExportQuery) → a CSV or XLSX file (the kiosk's export).
 */
export interface CreateKioskRequest {
  name: string;
}
export interface CreateKioskResponse {
  /** The enrolment's id, for revoking a code that was never used. */
  enrolmentId: string;
  name: string;
  /** One-time code, shown once: typed on the kiosk in its admin settings. */
  code: string;
  expiresAt: number;
}
export interface KioskSummary {
  /** The kiosk's own id once enrolled; the enrolment id while the code is unused. */
  id: string;
  name: string;
  state: 'awaiting-enrolment' | 'active' | 'revoked';
  createdAt: number;
  enrolledAt: number | null;
  revokedAt: number | null;
  lastSeenAt: number | null;
  /** Highest sequence number received from it. */
  acked: number;
  /** Its rejected events no longer kept (a kiosk keeps its newest ones only). */
  rejectedDropped: number;
}

export interface ListKiosksResponse {
  kiosks: KioskSummary[];
}

export interface RevokeResponse {
  id: string;
  /** What the id named: an enrolled kiosk, or a code never used (now withdrawn). */
  revoked: 'kiosk' | 'code';
}

/**
 * POST /v1/admin/roster?dryRun=&issueBadges=, body: the CSV file as text/csv. Planned exactly as
 * the kiosk plans an import (shared/roster-import.ts); written all or nothing as the server's own
 * learner-upserted (and, with issueBadges, badge-issued) events. 422 when the plan has errors.
 */
export interface RosterImportResponse {
  ok: boolean;
  counts: ImportCounts;
  /** The plan's problems, each with the kiosk's explanation in the admin's language. */
  problems: ExplainedProblem[];
  /** Events written; 0 for a dry run or a refused plan. */
  written: number;
  badgesIssued: number;
}

/** GET /v1/admin/export: the kiosk's attendance exports, over every kiosk's events. */
export interface ExportQuery {
  kind: 'events' | 'summary' | 'matrix';
  format: 'csv-semicolon' | 'csv-comma' | 'xlsx';
  /** Inclusive Brussels days, YYYY-MM-DD. */
  from: string;
  to: string;
  group?: string;
  language?: LanguageCode;
}
