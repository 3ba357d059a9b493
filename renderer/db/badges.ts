// Reads of the badges table that several screens share (a learner's active badges, current
// first, a fresh token), and reception's badge answers: the link of an unknown badge to a
// learner, and the card to print for a learner sent to reception.
import { compareEvents } from '../../shared/attendance';
import { generateToken } from '../../shared/badge';
import { appendEvents, appendTables } from './append';
import type { KioskDatabase } from './schema';

/**
 * Orders tokens newest issue first, by their badge-issued event (time, then id: the same order
 * as every fold). Read through the [token+at] index, one bounded range per token.
 */
export async function orderByIssue(db: KioskDatabase, tokens: readonly string[]) {
  if (tokens.length < 2) return [...tokens];
  const issued = await Promise.all(
    tokens.map(async (token) => {
      const rows = await db.events
        .where('[token+at]')
        .between([token, -Infinity], [token, Infinity])
        .filter((row) => row.type === 'badge-issued')
        .toArray();
      return { token, last: rows.sort(compareEvents).at(-1) ?? null };
    }),
  );
  return issued
    .sort((a, b) => {
      // A token without its issue event (never expected) sorts last, then by spelling.
      if (a.last && b.last) return compareEvents(b.last, a.last);
      if (a.last || b.last) return a.last ? -1 : 1;
      return a.token < b.token ? -1 : 1;
    })
    .map((entry) => entry.token);
}

/**
 * A learner's active tokens, the current one first. There should be at most one; two kiosks that
 * were offline together can each issue one. The newest issue is then "the" badge (the last card
 * printed, the one the learner most likely carries); reissue and revoke revoke them all.
 */
export async function activeTokens(db: KioskDatabase, learnerId: string): Promise<string[]> {
  const rows = await db.badges.where('learnerId').equals(learnerId).toArray();
  return orderByIssue(
    db,
    rows.filter((row) => row.status === 'active').map((row) => row.token),
  );
}

/**
 * Gives a badge the roster does not know (scanned, refused as unknown) to a learner: the card in
 * their hand becomes theirs. Refused when the token is known by now or the learner is not active.
 * Resolves to whether it was linked.
 */
export async function linkUnknownBadge(
  db: KioskDatabase,
  staffId: string,
  learnerId: string,
  token: string,
  now = Date.now(),
): Promise<boolean> {
  return db.transaction('rw', appendTables(db), async () => {
    const learner = await db.learners.get(learnerId);
    if ((await db.badges.get(token)) || learner?.status !== 'active') return false;
    await appendEvents(
      db,
      [{ type: 'badge-issued', learnerId, token, actor: { kind: 'staff', staffId } }],
      now,
    );
    return true;
  });
}

export type RandomBytes = (n: number) => Uint8Array;

/**
 * A token no badge row has ever used. A collision at 80 bits is all but impossible, but a reused
 * revoked token would stay revoked (the projection never revives one): the new card would be dead.
 */
export async function freshToken(db: KioskDatabase, randomBytes: RandomBytes): Promise<string> {
  for (let attempt = 0; attempt < 8; attempt++) {
    const token = generateToken(randomBytes);
    if ((await db.badges.get(token)) === undefined) return token;
  }
  throw new Error('freshToken: the random source keeps repeating known tokens');
}

/**
 * The badge reception prints for a learner: their current one, or, when every badge they had was
 * revoked, a new one issued now by `staffId`. Null for a learner who is not active (an archived
 * learner gets no new card).
 */
export async function badgeToPrint(
  db: KioskDatabase,
  staffId: string,
  learnerId: string,
  now = Date.now(),
  randomBytes: RandomBytes = (n) => crypto.getRandomValues(new Uint8Array(n)),
): Promise<{ token: string; issued: boolean } | null> {
  return db.transaction('rw', appendTables(db), async () => {
    const [current] = await activeTokens(db, learnerId);
    if (current) return { token: current, issued: false };
    if ((await db.learners.get(learnerId))?.status !== 'active') return null;
    const token = await freshToken(db, randomBytes);
    await appendEvents(
      db,
      [{ type: 'badge-issued', learnerId, token, actor: { kind: 'staff', staffId } }],
      now,
    );
    return { token, issued: true };
  });
}
