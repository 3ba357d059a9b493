// The wire protocol between a kiosk and the central server (server/). Both sides import these
// types, so a change to the protocol is a type error on the side that forgot it. JSON over HTTP;
// every kiosk call carries `Authorization: Bearer <device token>`.
import type { KioskEvent } from './types';

/** Path prefix of the versioned API. A breaking change gets /v2, never an edited /v1. */
export const API_PREFIX = '/v1';

/** The most events a kiosk sends in one push, and the most a pull page holds. */
export const MAX_PUSH_EVENTS = 1_000;
export const MAX_PULL_LIMIT = 5_000;
export const DEFAULT_PULL_LIMIT = 2_000;

/** Device tokens are `<kioskId>.<secret>`: the id finds the row, the secret is compared in constant time. */
export const DEVICE_TOKEN_SEPARATOR = '.';

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
  serverTime: number;
}

/** Error bodies of every route: a stable code for programs, a message for logs. */
export interface ErrorResponse {
  error: string;
  message: string;
}

/** Admin API (Authorization: Bearer <admin token>). */
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
}
