// The console's gate, for core and feature routes alike: guard(role) as a route's (or plugin's)
// onRequest hook, and audit() for what a console user or an admin script did.
import type { FastifyRequest, onRequestHookHandler } from 'fastify';
import type { AccueilServer } from '../app';
import { bearer } from '../auth';
import type { Queryable } from '../db';
import { ApiError } from '../errors';
import { authenticateAdmin } from '../store/kiosks';
import {
  BACKGROUND_HEADER,
  CONSOLE_COOKIE,
  CSRF_HEADER,
  roleAllows,
  type ConsoleRole,
} from '../../shared/console';
import { cookieValue, csrfMatches, endSession, findSession, touchSession } from './sessions';
import { SCRYPT_PARAMS, type ScryptParams } from './passwords';

export type { ConsoleRole };

/** Who a console request is: a signed-in account, or an admin token (a script). */
export type ConsoleCaller =
  { kind: 'console'; id: string; role: ConsoleRole; name: string } | { kind: 'admin'; id: string };

export interface ConsoleSettings {
  /** A session ends after this long without a request its person made, by role. */
  idleMs: Record<ConsoleRole, number>;
  /** scrypt's cost for new password hashes (tests pass the lightest allowed). */
  passwords: ScryptParams;
}

/** Admin 30 minutes; reception keeps the desk's page open through a shift. */
export const DEFAULT_CONSOLE_SETTINGS: ConsoleSettings = {
  idleMs: { admin: 30 * 60_000, reception: 4 * 60 * 60_000 },
  passwords: SCRYPT_PARAMS,
};

const STATE_CHANGES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export const signedOut = () =>
  new ApiError(401, 'signed-out', 'Sign in to the console first (no session, or it has ended)');

/** The page's own origin, as the browser names it (behind a trusted proxy, the proxy's). */
export function ownOrigin(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}`;
}

/** A state change from another site's page: refused even before its CSRF token is looked at. */
export function refuseForeignOrigin(request: FastifyRequest): void {
  const origin = request.headers.origin;
  if (origin !== undefined && origin !== ownOrigin(request)) {
    throw new ApiError(403, 'foreign-origin', 'Requests from another site are refused');
  }
}

async function authenticate(request: FastifyRequest): Promise<ConsoleCaller> {
  const { db, now, console: settings } = (request.server as AccueilServer).accueil;
  const token = bearer(request.headers.authorization);
  if (request.headers.authorization !== undefined) {
    return { kind: 'admin', id: await authenticateAdmin(db, token) };
  }
  const secret = cookieValue(request.headers.cookie, CONSOLE_COOKIE);
  const session = secret ? await findSession(db, secret) : null;
  if (!secret || !session) throw signedOut();
  const at = now();
  if (at - session.lastSeenAt > settings.idleMs[session.account.role]) {
    await endSession(db, session.id, at);
    throw new ApiError(401, 'session-expired', 'The session ended after a time without activity');
  }
  if (STATE_CHANGES.has(request.method)) {
    refuseForeignOrigin(request);
    if (!csrfMatches(secret, request.headers[CSRF_HEADER])) {
      throw new ApiError(403, 'csrf', `A state change needs the session's ${CSRF_HEADER} header`);
    }
  }
  if (request.headers[BACKGROUND_HEADER] === undefined) await touchSession(db, session, at);
  return { kind: 'console', ...session.account };
}

/**
 * onRequest hook: a console session (cookie; CSRF header on POST/PUT/PATCH/DELETE) whose role is
 * at least `role` (admin > reception), or an admin bearer token (counts as admin). Sets
 * request.caller = { kind: 'console', id: accountId, role, name } or { kind: 'admin', id }.
 * 401 without a credential, 403 for a missing/bad CSRF token or too low a role. A request is
 * authenticated once however many guards it passes (the console's own, then a route's).
 */
export function guard(role: ConsoleRole): onRequestHookHandler {
  return function consoleGuard(request, _reply, done) {
    const check = async () => {
      if (request.authError) return;
      const caller = request.caller ?? (await authenticate(request));
      if (caller.kind === 'kiosk') {
        throw new ApiError(403, 'forbidden', 'A kiosk token cannot use the console');
      }
      if (caller.kind === 'console' && !roleAllows(caller.role, role)) {
        throw new ApiError(403, 'forbidden', `This needs the ${role} role`);
      }
      request.caller = caller;
    };
    // Refused credentials are answered after the rate limit counted them (app.ts, preParsing).
    check().then(
      () => done(),
      (error: unknown) => {
        request.authError = error;
        done();
      },
    );
  };
}

/** Records a console action in the audit log (who, what, when, details). */
export async function audit(
  db: Queryable,
  request: FastifyRequest,
  action: string,
  details: Record<string, unknown> = {},
): Promise<void> {
  const caller = request.caller;
  if (caller === null || caller.kind === 'kiosk') {
    throw new Error(`audit(${action}) outside a console request`);
  }
  const { now } = (request.server as AccueilServer).accueil;
  await db.query(
    `INSERT INTO console_audit (at, actor_kind, actor_id, actor_name, action, details, address)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [
      now(),
      caller.kind,
      caller.id,
      caller.kind === 'console' ? caller.name : caller.id,
      action,
      JSON.stringify(details),
      request.ip,
    ],
  );
}
