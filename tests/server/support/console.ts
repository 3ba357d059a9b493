// Console sessions for server tests: the first admin (with a set-up code), sign-in, and the
// headers a signed-in page sends.
import { expect } from 'vitest';
import type { AccueilServer } from '../../../server/app';
import type { Database } from '../../../server/db';
import { newSetupCode } from '../../../server/console/accounts';
import { CONSOLE_API, CSRF_HEADER, type ConsoleRole } from '../../../shared/console';
import { adminAuth } from '../harness';

export const ADMIN = { name: 'Camille', password: 'first admin passphrase' };
export const RECEPTION = { name: 'Sam', password: 'reception passphrase' };

export interface Signed {
  cookie: string;
  csrf: string;
  setCookie: string;
}

/** The session cookie as a browser would send it back, from a Set-Cookie header. */
function cookieOf(setCookie: string | string[] | undefined): { cookie: string; setCookie: string } {
  const header = [setCookie ?? ''].flat()[0] ?? '';
  return { cookie: header.split(';')[0]!, setCookie: header };
}

export async function firstAdmin(app: AccueilServer, db: Database, who = ADMIN): Promise<Signed> {
  const code = await newSetupCode(db);
  const answer = await app.inject({
    method: 'POST',
    url: `${CONSOLE_API}/auth/setup`,
    payload: { code, ...who },
  });
  expect(answer.statusCode, answer.body).toBe(201);
  return { ...cookieOf(answer.headers['set-cookie']), csrf: answer.json().csrf };
}

export async function addAccount(
  app: AccueilServer,
  who: { name: string; password: string },
  role: ConsoleRole,
): Promise<string> {
  const answer = await app.inject({
    method: 'POST',
    url: `${CONSOLE_API}/accounts`,
    headers: adminAuth,
    payload: { ...who, role },
  });
  expect(answer.statusCode, answer.body).toBe(201);
  return answer.json().id;
}

export async function signIn(
  app: AccueilServer,
  who: { name: string; password: string },
  headers: Record<string, string> = {},
): Promise<Signed> {
  const answer = await app.inject({
    method: 'POST',
    url: `${CONSOLE_API}/auth/sign-in`,
    headers,
    payload: who,
  });
  expect(answer.statusCode, answer.body).toBe(200);
  return { ...cookieOf(answer.headers['set-cookie']), csrf: answer.json().csrf };
}

/** What the page sends: the cookie, and on state changes the CSRF header. */
export function as(session: Signed, csrf = true): Record<string, string> {
  return csrf
    ? { cookie: session.cookie, [CSRF_HEADER]: session.csrf }
    : { cookie: session.cookie };
}
