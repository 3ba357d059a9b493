// What a badge scan means, decided from the day's attendance and the kiosk settings. Pure: the
// caller gathers the context, writes what `write` says, and shows the outcome.
import type { LearnerDay } from './attendance';
import type { CheckInSettings, Learner } from './types';

export type ScanDecision =
  | { outcome: 'welcome'; write: 'check-in' }
  | { outcome: 'goodbye'; write: 'check-out' }
  | { outcome: 'already-in'; since: number; write: null }
  | { outcome: 'already-out'; since: number; write: null }
  | { outcome: 'unknown'; write: 'unknown-badge' | null }
  | { outcome: 'revoked'; write: null }
  | { outcome: 'archived'; write: null };

export interface ScanContext {
  /** The scanned token's badge; null when the token is not in the roster. */
  badge: { status: 'active' | 'revoked' } | null;
  learner: Learner | null;
  /** That learner's fold for today, if any. */
  day: LearnerDay | null;
  /** The last unknown-badge event for this token, if any. */
  lastUnknownAt: number | null;
  now: number;
  settings: CheckInSettings;
}

/**
 * Whether `now` is still within the cool-down after `t`. A clock that went backwards (now < t)
 * counts as within: writing on a confused clock could record a departure seconds after arrival.
 */
function withinCooldown(now: number, t: number, settings: CheckInSettings): boolean {
  return now < t || now - t < settings.cooldownMs;
}

export function decideScan(ctx: ScanContext): ScanDecision {
  const { badge, learner, day, now, settings } = ctx;
  if (badge === null) {
    // Recorded so that the scan resolves once a newer roster knows the token; a badge held in
    // front of the camera must not fill the log, hence the cool-down.
    const recent = ctx.lastUnknownAt !== null && withinCooldown(now, ctx.lastUnknownAt, settings);
    return { outcome: 'unknown', write: recent ? null : 'unknown-badge' };
  }
  if (badge.status === 'revoked') return { outcome: 'revoked', write: null };
  if (learner === null || learner.status === 'archived')
    return { outcome: 'archived', write: null };

  if (settings.mode === 'check-in-only') {
    // Arrival is all that counts: any later scan, however late, just confirms it.
    if (day === null || day.firstArrival === null) return { outcome: 'welcome', write: 'check-in' };
    return { outcome: 'already-in', since: day.firstArrival, write: null };
  }

  const last = day?.last ?? null;
  if (last === null) return { outcome: 'welcome', write: 'check-in' };
  if (last.type === 'check-in') {
    return withinCooldown(now, last.at, settings)
      ? { outcome: 'already-in', since: last.at, write: null }
      : { outcome: 'goodbye', write: 'check-out' };
  }
  return withinCooldown(now, last.at, settings)
    ? { outcome: 'already-out', since: last.at, write: null }
    : { outcome: 'welcome', write: 'check-in' };
}
