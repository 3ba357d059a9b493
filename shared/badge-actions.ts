// What an admin's badge action does to one learner's badges, on the kiosk (admin/badges) and in
// the console alike: issue a first badge, reissue (revoke every active one and issue a new one),
// or revoke. Pure: each side reads the learner and their active tokens, and writes the events.
import type { Learner } from './types';

export type BadgeAction = 'issue' | 'reissue' | 'revoke';

/** Why an action changes nothing. Each side says what to do about it in the admin's words. */
export type BadgeProblem = 'already-active' | 'no-active' | 'archived' | 'unknown-learner';

export type BadgePlan =
  { ok: true; revoke: string[]; issue: boolean } | { ok: false; problem: BadgeProblem };

/**
 * `active`: the learner's active tokens (current first). A learner known only from a badge (no
 * name yet) is unknown; revoking stays possible for an archived learner (a lost card), a new card
 * does not.
 */
export function planBadgeAction(
  action: BadgeAction,
  learner: Learner | undefined,
  active: readonly string[],
): BadgePlan {
  if (!learner || (learner.firstName === '' && learner.lastName === '')) {
    return { ok: false, problem: 'unknown-learner' };
  }
  if (action === 'issue' && active.length > 0) return { ok: false, problem: 'already-active' };
  if (action !== 'issue' && active.length === 0) return { ok: false, problem: 'no-active' };
  const issue = action !== 'revoke';
  if (issue && learner.status === 'archived') return { ok: false, problem: 'archived' };
  return { ok: true, revoke: action === 'issue' ? [] : [...active], issue };
}

/** A learner's badges as an admin list shows them. */
export interface BadgeSummary {
  /** Active tokens, the current one first (the one printed). */
  active: string[];
  /** The learner's earlier tokens, all revoked (a scanned old card still finds its owner). */
  revoked: string[];
}

/** What an action did. */
export interface BadgeChange {
  learnerId: string;
  /** The new token, when one was issued. */
  issued: string | null;
  /** The tokens revoked by this action (newest first). */
  revoked: string[];
}

/** A badge issued by a bulk issue. */
export interface IssuedBadge {
  learnerId: string;
  token: string;
}
