// Unknown-badge scans resolved once the roster knows the token: when a pulled page brings a
// badge-issued event for a token this kiosk recorded as unknown, the kiosk that made the scan
// (and only it: same kioskId) appends the check-in it would have made, at the scan's time: the
// first scan of each day goes through the scan policy (an arrival already recorded that day, an
// archived learner: nothing), later scans of that day add nothing.
import Dexie from 'dexie';
import { compareEvents, foldAttendance } from '../../shared/attendance';
import { decideScan } from '../../shared/policy';
import { dayBounds } from '../../shared/time';
import { isAttendanceEvent, type KioskEvent, type UnknownBadgeEvent } from '../../shared/types';
import { appendEvents, type AppendBody } from '../db/append';
import { learnerEventsBetween } from '../db/queries';
import { loadCheckInSettings } from '../db/open';
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
  const settings = await loadCheckInSettings(db);
  const bodies: AppendBody[] = [];
  for (const badge of active) {
    const rows = found(badge.token);
    const resolves = new Set(
      rows.flatMap((row) => (row.type === 'check-in' && row.resolves ? [row.resolves] : [])),
    );
    // A day whose scans were resolved once is settled: its later scans (a learner trying again,
    // the same learner leaving) add nothing, as the scanner would not have checked in twice.
    const settled = new Set(rows.filter((row) => resolves.has(row.id)).map((row) => row.day));
    const firstOfDay = new Map<string, UnknownBadgeEvent & { day: string }>();
    for (const row of rows) {
      if (row.type !== 'unknown-badge' || row.kioskId !== kioskId || settled.has(row.day)) continue;
      const first = firstOfDay.get(row.day);
      if (!first || compareEvents(row, first) < 0) firstOfDay.set(row.day, row);
    }
    const learner = firstOfDay.size > 0 ? await db.learners.get(badge.learnerId) : undefined;
    for (const scan of firstOfDay.values()) {
      // What the scanner would have done, knowing the badge: the learner's day up to the scan.
      const { start } = dayBounds(scan.day);
      const before = await learnerEventsBetween(db, badge.learnerId, start, scan.at);
      const day =
        foldAttendance(
          before.flatMap((row) => (isAttendanceEvent(row) ? [row] : [])),
          { now: scan.at },
        ).get(badge.learnerId) ?? null;
      const decision = decideScan({
        badge,
        learner: learner ?? null,
        day,
        lastUnknownAt: null,
        now: scan.at,
        settings,
      });
      // Only an arrival is written: a departure inferred from an unknown badge is left to the
      // closing-time rule rather than guessed.
      if (decision.write !== 'check-in') continue;
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
  }
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
