// Console sessions in server tests: an account made by the admin script (bearer token), signed in
// through the console's own route; the cookie and CSRF token a page would hold.
import { expect } from 'vitest';
import type { AccueilServer } from '../../../server/app';
import { CONSOLE_API, CONSOLE_COOKIE, type ConsoleRole } from '../../../shared/console';
import { adminAuth } from '../harness';

export interface TestSession {
  accountId: string;
  /** The Cookie header of the signed-in page. */
  cookie: string;
  csrf: string;
}

export async function createConsoleAccount(
  app: AccueilServer,
  name: string,
  role: ConsoleRole,
  password = 'a long enough password',
): Promise<void> {
  const created = await app.inject({
    method: 'POST',
    url: `${CONSOLE_API}/accounts`,
    headers: adminAuth,
    payload: { name, password, role },
  });
  expect(created.statusCode).toBe(201);
}

export async function consoleSignIn(
  app: AccueilServer,
  name: string,
  password = 'a long enough password',
): Promise<TestSession> {
  const answer = await app.inject({
    method: 'POST',
    url: `${CONSOLE_API}/auth/sign-in`,
    payload: { name, password },
  });
  expect(answer.statusCode).toBe(200);
  const set = String(answer.headers['set-cookie']);
  const value = new RegExp(`${CONSOLE_COOKIE}=([^;]+)`).exec(set)?.[1];
  expect(value).toBeTruthy();
  const body = answer.json() as { account: { id: string }; csrf: string };
  return { accountId: body.account.id, cookie: `${CONSOLE_COOKIE}=${value}`, csrf: body.csrf };
}

/** A new account of `role`, signed in. */
export async function consoleSession(
  app: AccueilServer,
  name: string,
  role: ConsoleRole,
): Promise<TestSession> {
  await createConsoleAccount(app, name, role);
  return consoleSignIn(app, name);
}
