// Unknown-badge scans resolved once the roster knows the token: when a pulled page brings a
// badge-issued event for a token this kiosk recorded as unknown, the kiosk that made the scan
// (and only it: same kioskId) appends the check-in it would have made, at the scan's time.
import Dexie from 'dexie';
import type { KioskEvent, UnknownBadgeEvent } from '../../shared/types';
import { appendEvents, type AppendBody } from '../db/events';
import type { KioskDatabase } from '../db/schema';

/** Runs inside the page's transaction (the caller's), after the page's events are stored. */
export async function resolveUnknownBadges(
  db: KioskDatabase,
  page: readonly KioskEvent[],
  kioskId: string,
  now: number,
): Promise<number> {
  const tokens = new Set(page.flatMap((e) => (e.type === 'badge-issued' ? [e.token] : [])));
  const bodies: AppendBody[] = [];
  for (const token of tokens) {
    const badge = await db.badges.get(token);
    // Revoked by then (or never active here): the scan stays unknown.
    if (!badge || badge.status !== 'active') continue;
    const rows = await db.events
      .where('[token+at]')
      .between([token, Dexie.minKey], [token, Dexie.maxKey])
      .toArray();
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
        token,
        resolves: scan.id,
        actor: { kind: 'learner', learnerId: badge.learnerId },
        at: scan.at,
      });
    }
  }
  if (bodies.length > 0) await appendEvents(db, bodies, now);
  return bodies.length;
}
