// Unknown-badge scans resolved once the roster knows the token: when a pulled page brings a
// badge-issued event for a token this kiosk recorded as unknown, the kiosk that made the scan
// (and only it: same kioskId) appends the check-in it would have made, at the scan's time.
import Dexie from 'dexie';
import type { KioskEvent, UnknownBadgeEvent } from '../../shared/types';
import { appendEvents, type AppendBody } from '../db/events';
import type { BadgeRow, EventRow, KioskDatabase } from '../db/schema';

/** Runs inside the page's transaction (the caller's), after the page's events are stored. */
export async function resolveUnknownBadges(
  db: KioskDatabase,
  page: readonly KioskEvent[],
  kioskId: string,
  now: number,
): Promise<number> {
  const tokens = [...new Set(page.flatMap((e) => (e.type === 'badge-issued' ? [e.token] : [])))];
  if (tokens.length === 0) return 0;
  // All reads issued at once, not one awaited after the other: a roster page brings 10,000
  // tokens, and each awaited request waits a full round trip to the database process.
  const badges = await db.badges.bulkGet(tokens);
  // Revoked by then (or never active here): the scan stays unknown.
  const active = badges.filter((badge) => badge?.status === 'active') as BadgeRow[];
  if (active.length === 0) return 0;
  const found = await tokenRows(db, active, kioskId);
  const bodies: AppendBody[] = [];
  active.forEach((badge) => {
    const rows = found(badge.token);
    const resolved = new Set(
      rows.flatMap((row) => (row.type === 'check-in' && row.resolves ? [row.resolves] : [])),
    );
    const scans = rows.filter(
      (row): row is UnknownBadgeEvent & { day: string } =>
        row.type === 'unknown-badge' && row.kioskId === kioskId && !resolved.has(row.id),
    );
    for (const scan of scans) {
      bodies.push({
        type: 'check-in',
        learnerId: badge.learnerId,
        method: scan.method,
        token: badge.token,
        resolves: scan.id,
        actor: { kind: 'learner', learnerId: badge.learnerId },
        at: scan.at,
      });
    }
  });
  if (bodies.length > 0) await appendEvents(db, bodies, now);
  return bodies.length;
}

/**
 * The events that carry each token, as far as this kiosk's scans are concerned: the scans are
 * its own events, and so are the check-ins that resolved them. A kiosk with fewer own events
 * than there are tokens (a fresh kiosk pulling the roster) reads them all in one request;
 * otherwise each token's range of the [token+at] index is read, all requests at once.
 */
async function tokenRows(
  db: KioskDatabase,
  badges: readonly BadgeRow[],
  kioskId: string,
): Promise<(token: string) => EventRow[]> {
  const own = await db.events
    .where('[kioskId+seq]')
    .between([kioskId, Dexie.minKey], [kioskId, Dexie.maxKey])
    .limit(badges.length + 1)
    .toArray();
  if (own.length <= badges.length) {
    const byToken = new Map<string, EventRow[]>();
    for (const row of own) {
      if (!('token' in row) || row.token === undefined) continue;
      const list = byToken.get(row.token);
      if (list) list.push(row);
      else byToken.set(row.token, [row]);
    }
    return (token) => byToken.get(token) ?? [];
  }
  const found = await Promise.all(
    badges.map((badge) =>
      db.events
        .where('[token+at]')
        .between([badge.token, Dexie.minKey], [badge.token, Dexie.maxKey])
        .toArray(),
    ),
  );
  const byToken = new Map(badges.map((badge, i) => [badge.token, found[i]!]));
  return (token) => byToken.get(token) ?? [];
}
