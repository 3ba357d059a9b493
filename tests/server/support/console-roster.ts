// Console sessions for the roster routes' tests: an admin and a reception account, signed in as
// a page is (the cookie, and the CSRF header on state changes).
import { expect } from 'vitest';
import type { AccueilServer } from '../../../server/app';
import type { Database } from '../../../server/db';
import { newSetupCode } from '../../../server/console/accounts';
import { CONSOLE_API, CSRF_HEADER } from '../../../shared/console';

export interface Signed {
  cookie: string;
  csrf: string;
}

const cookieOf = (setCookie: string | string[] | undefined) =>
  ([setCookie ?? ''].flat()[0] ?? '').split(';')[0]!;

/** The first admin (with a set-up code) and a reception account, both signed in. */
export async function consoleSessions(app: AccueilServer, db: Database) {
  const created = await app.inject({
    method: 'POST',
    url: `${CONSOLE_API}/auth/setup`,
    payload: { code: await newSetupCode(db), name: 'Camille', password: 'first admin passphrase' },
  });
  expect(created.statusCode, created.body).toBe(201);
  const admin = { cookie: cookieOf(created.headers['set-cookie']), csrf: created.json().csrf };
  const reception = { name: 'Sam', password: 'reception passphrase' };
  const added = await app.inject({
    method: 'POST',
    url: `${CONSOLE_API}/accounts`,
    headers: headersOf(admin),
    payload: { ...reception, role: 'reception' },
  });
  expect(added.statusCode, added.body).toBe(201);
  const signed = await app.inject({
    method: 'POST',
    url: `${CONSOLE_API}/auth/sign-in`,
    payload: reception,
  });
  expect(signed.statusCode, signed.body).toBe(200);
  const desk = { cookie: cookieOf(signed.headers['set-cookie']), csrf: signed.json().csrf };
  return { admin, reception: desk, accountId: created.json().account.id as string };
}

/** What the page sends: the cookie, and the CSRF header. */
export const headersOf = (session: Signed): Record<string, string> => ({
  cookie: session.cookie,
  [CSRF_HEADER]: session.csrf,
});
