// The console's own routes: the first admin (with the set-up code), sign-in and sign-out, the
// session, one's own password, and the accounts (admin).
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Database } from '../db';
import { ApiError } from '../errors';
import {
  CONSOLE_API,
  CONSOLE_COOKIE,
  NAME_MAX,
  PASSWORD_MAX,
  checkNewPassword,
  nameKey,
  type ConsoleAccount,
  type ConsoleSession,
} from '../../shared/console';
import {
  LOCK_AFTER,
  accountById,
  accountByName,
  clearFailures,
  countFailure,
  createAccount,
  disableAccount,
  forgetSetupCode,
  listAccounts,
  lockedUntil,
  needsSetup,
  setPassword,
  setupCodeMatches,
} from './accounts';
import { audit, refuseForeignOrigin, type ConsoleSettings, type guard } from './guard';
import { hashPassword, verifyPassword } from './passwords';
import {
  cookieValue,
  csrfToken,
  endSession,
  findSession,
  sessionCookie,
  startSession,
} from './sessions';

export interface ConsoleAuthOptions {
  db: Database;
  now: () => number;
  guard: typeof guard;
  settings: ConsoleSettings;
}

/** Reached without a session: what a signed-out page needs. Every other console route is guarded. */
export const PUBLIC_CONSOLE_ROUTES = [
  `GET ${CONSOLE_API}/auth/state`,
  `POST ${CONSOLE_API}/auth/setup`,
  `POST ${CONSOLE_API}/auth/sign-in`,
];

// No control characters in names: they end up in lists and the audit log.
const Name = Type.String({
  minLength: 1,
  maxLength: NAME_MAX,
  pattern: '^[^\\u0000-\\u001f\\u007f]*\\S[^\\u0000-\\u001f\\u007f]*$',
});
// Bounded in characters here, in bytes by checkNewPassword (scrypt's work per request).
const Password = Type.String({ minLength: 1, maxLength: PASSWORD_MAX });
const Role = Type.Union([Type.Literal('admin'), Type.Literal('reception')]);
const Account = Type.Object({ id: Type.String(), name: Type.String(), role: Role });
const Session = Type.Object({ account: Account, csrf: Type.String(), idleMs: Type.Integer() });
const AccountRow = Type.Object({
  id: Type.String(),
  name: Type.String(),
  role: Role,
  disabled: Type.Boolean(),
  createdAt: Type.Integer(),
});
// Errors carry the end of a lock-out, or what a refused password lacks.
const ConsoleError = Type.Object({
  error: Type.String(),
  message: Type.String(),
  lockedUntil: Type.Optional(Type.Integer()),
  problem: Type.Optional(Type.String()),
});
const errors = (...statuses: number[]) =>
  Object.fromEntries(statuses.map((status) => [status, ConsoleError]));
const Id = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }) });
const strict = { additionalProperties: false };

function locked(until: number, at: number): ApiError {
  const seconds = String(Math.max(1, Math.ceil((until - at) / 1000)));
  return new ApiError(
    429,
    'locked',
    `Too many failed attempts: try again after ${new Date(until).toISOString()}`,
    { 'retry-after': seconds },
    { lockedUntil: until },
  );
}

function weak(password: string, name: string): void {
  const problem = checkNewPassword(password, name);
  if (problem) {
    throw new ApiError(
      400,
      'weak-password',
      `The password is not accepted: ${problem}`,
      {},
      { problem },
    );
  }
}

export const consoleAuthRoutes: FastifyPluginAsyncTypebox<ConsoleAuthOptions> = async (
  app,
  options,
) => {
  const { db, now, guard, settings } = options;

  /** Starts a session for `account`: its cookie, and what the page needs. */
  async function signIn(
    request: FastifyRequest,
    reply: FastifyReply,
    row: ConsoleAccount,
  ): Promise<ConsoleSession> {
    // Only these three fields: a row may carry its password hash.
    const account: ConsoleAccount = { id: row.id, name: row.name, role: row.role };
    const secret = await startSession(db, account.id, now());
    reply.header('set-cookie', sessionCookie(CONSOLE_COOKIE, secret, request.protocol === 'https'));
    request.caller = { kind: 'console', ...account };
    return { account, csrf: csrfToken(secret), idleMs: settings.idleMs[account.role] };
  }

  /** Checks the locks on `keys`, runs `attempt`, counts a failure on each key when it fails. */
  async function attempt<T>(
    keys: { key: string; lockAfter: number }[],
    run: () => Promise<T | null>,
    refusal: () => ApiError,
  ): Promise<T> {
    const names = keys.map((k) => k.key);
    const until = await lockedUntil(db, names, now());
    if (until !== null) throw locked(until, now());
    const result = await run();
    if (result !== null) return result;
    for (const { key, lockAfter } of keys) await countFailure(db, key, lockAfter, now());
    const after = await lockedUntil(db, names, now());
    throw after !== null ? locked(after, now()) : refusal();
  }

  app.get(
    `${CONSOLE_API}/auth/state`,
    { schema: { hide: true, response: { 200: Type.Object({ setup: Type.Boolean() }) } } },
    async () => ({ setup: await needsSetup(db) }),
  );

  app.post(
    `${CONSOLE_API}/auth/setup`,
    {
      schema: {
        hide: true,
        body: Type.Object(
          { code: Type.String({ maxLength: 64 }), name: Name, password: Password },
          strict,
        ),
        response: { 201: Session, ...errors(400, 401, 403, 409, 429) },
      },
    },
    async (request, reply) => {
      refuseForeignOrigin(request);
      const { code, name, password } = request.body;
      if (!(await needsSetup(db))) {
        throw new ApiError(409, 'setup-done', 'The first admin exists already: sign in');
      }
      weak(password, name);
      const passwordHash = await hashPassword(password, settings.passwords);
      const account = await attempt(
        [
          { key: 'setup', lockAfter: LOCK_AFTER.account },
          { key: `address:${request.ip}`, lockAfter: LOCK_AFTER.address },
        ],
        () =>
          db.transaction(async (tx) => {
            if (!(await setupCodeMatches(tx, code))) return null;
            const created = await createAccount(tx, { name, role: 'admin', passwordHash }, now());
            await forgetSetupCode(tx);
            return created;
          }),
        () =>
          new ApiError(401, 'wrong-setup-code', 'This is not the set-up code the server printed'),
      );
      const session = await signIn(request, reply, account);
      await audit(db, request, 'account.setup', { account: account.id });
      return reply.code(201).send(session);
    },
  );

  app.post(
    `${CONSOLE_API}/auth/sign-in`,
    {
      schema: {
        hide: true,
        body: Type.Object(
          { name: Type.String({ maxLength: NAME_MAX }), password: Password },
          strict,
        ),
        response: { 200: Session, ...errors(400, 401, 403, 429) },
      },
    },
    async (request, reply) => {
      refuseForeignOrigin(request);
      const { name, password } = request.body;
      const accountKey = `account:${nameKey(name)}`;
      const account = await attempt(
        [
          { key: accountKey, lockAfter: LOCK_AFTER.account },
          { key: `address:${request.ip}`, lockAfter: LOCK_AFTER.address },
        ],
        async () => {
          const row = await accountByName(db, name);
          return (await verifyPassword(password, row?.passwordHash ?? null, settings.passwords))
            ? row
            : null;
        },
        () => new ApiError(401, 'wrong-credentials', 'Unknown name or wrong password'),
      );
      await clearFailures(db, accountKey);
      // Only someone who knows the password learns that the account is disabled.
      if (account.disabledAt !== null) {
        throw new ApiError(403, 'account-disabled', 'This account is disabled: ask an admin');
      }
      const session = await signIn(request, reply, account);
      await audit(db, request, 'session.sign-in');
      return session;
    },
  );

  app.get(
    `${CONSOLE_API}/session`,
    { onRequest: guard('reception'), schema: { hide: true, response: { 200: Session } } },
    async (request): Promise<ConsoleSession> => {
      const caller = request.caller!;
      if (caller.kind !== 'console') {
        return { account: { id: caller.id, name: caller.id, role: 'admin' }, csrf: '', idleMs: 0 };
      }
      const secret = cookieValue(request.headers.cookie, CONSOLE_COOKIE)!;
      const { id, name, role } = caller;
      return {
        account: { id, name, role },
        csrf: csrfToken(secret),
        idleMs: settings.idleMs[role],
      };
    },
  );

  app.post(
    `${CONSOLE_API}/session/sign-out`,
    { onRequest: guard('reception'), schema: { hide: true } },
    async (request, reply) => {
      const secret = cookieValue(request.headers.cookie, CONSOLE_COOKIE);
      const session = secret ? await findSession(db, secret) : null;
      if (session) {
        await endSession(db, session.id, now());
        await audit(db, request, 'session.sign-out');
      }
      reply.header('set-cookie', sessionCookie(CONSOLE_COOKIE, null, request.protocol === 'https'));
      return reply.code(204).send();
    },
  );

  app.post(
    `${CONSOLE_API}/session/password`,
    {
      onRequest: guard('reception'),
      schema: {
        hide: true,
        body: Type.Object({ current: Password, password: Password }, strict),
        response: { 200: Session, ...errors(400, 401, 403, 429) },
      },
    },
    async (request, reply) => {
      const caller = request.caller!;
      if (caller.kind !== 'console') {
        throw new ApiError(403, 'forbidden', 'An admin token has no password to change');
      }
      const { current, password } = request.body;
      await attempt(
        [{ key: `account:${nameKey(caller.name)}`, lockAfter: LOCK_AFTER.account }],
        async () => {
          const row = await accountById(db, caller.id);
          return (await verifyPassword(current, row?.passwordHash ?? null, settings.passwords))
            ? true
            : null;
        },
        () => new ApiError(403, 'wrong-password', 'The current password is not right'),
      );
      weak(password, caller.name);
      // Every session ends, this one too; this page gets a new one.
      await setPassword(db, caller.id, await hashPassword(password, settings.passwords), now());
      await audit(db, request, 'account.change-password');
      return signIn(request, reply, caller);
    },
  );

  app.get(
    `${CONSOLE_API}/accounts`,
    {
      onRequest: guard('admin'),
      schema: { hide: true, response: { 200: Type.Object({ accounts: Type.Array(AccountRow) }) } },
    },
    async () => ({ accounts: await listAccounts(db) }),
  );

  app.post(
    `${CONSOLE_API}/accounts`,
    {
      onRequest: guard('admin'),
      schema: {
        hide: true,
        body: Type.Object({ name: Name, role: Role, password: Password }, strict),
        response: { 201: Account, ...errors(400, 401, 403, 409, 429) },
      },
    },
    async (request, reply) => {
      const { name, role, password } = request.body;
      weak(password, name);
      const account = await createAccount(
        db,
        { name, role, passwordHash: await hashPassword(password, settings.passwords) },
        now(),
      );
      await audit(db, request, 'account.create', { account: account.id, name: account.name, role });
      return reply.code(201).send(account);
    },
  );

  async function existing(id: string) {
    const account = await accountById(db, id);
    if (!account) throw new ApiError(404, 'not-found', `No account ${id}`);
    return account;
  }

  app.post(
    `${CONSOLE_API}/accounts/:id/disable`,
    {
      onRequest: guard('admin'),
      schema: { hide: true, params: Id },
    },
    async (request, reply) => {
      const account = await existing(request.params.id);
      const caller = request.caller!;
      if (caller.kind === 'console' && caller.id === account.id) {
        throw new ApiError(409, 'own-account', 'You cannot disable your own account');
      }
      await disableAccount(db, account.id, now());
      await audit(db, request, 'account.disable', { account: account.id, name: account.name });
      return reply.code(204).send();
    },
  );

  app.post(
    `${CONSOLE_API}/accounts/:id/password`,
    {
      onRequest: guard('admin'),
      schema: {
        hide: true,
        params: Id,
        body: Type.Object({ password: Password }, strict),
      },
    },
    async (request, reply) => {
      const account = await existing(request.params.id);
      weak(request.body.password, account.name);
      await setPassword(
        db,
        account.id,
        await hashPassword(request.body.password, settings.passwords),
        now(),
      );
      await clearFailures(db, `account:${nameKey(account.name)}`);
      await audit(db, request, 'account.reset-password', {
        account: account.id,
        name: account.name,
      });
      return reply.code(204).send();
    },
  );
};
