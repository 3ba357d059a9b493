// What an admin does to badges: issue, reissue (revoke + issue) and revoke. Each action reads the
// learner's badges and appends its events in ONE read-write transaction, so a failure leaves
// nothing half-done and two admins acting at once cannot both issue a badge.
import {
  planBadgeAction,
  type BadgeAction,
  type BadgeChange,
  type BadgeProblem,
  type BadgeSummary,
} from '../../../shared/badge-actions';
import type { BadgeIssuedEvent, EventBody, StaffMember } from '../../../shared/types';
import { toLearner } from '../roster/importRoster';
import { appendEvents, appendTables } from '../../db/append';
import { activeTokens, freshToken, orderByIssue, type RandomBytes } from '../../db/badges';
import type { BadgeRow, KioskDatabase } from '../../db/schema';

/** The renderer's CSPRNG: badge tokens must be unguessable (the kiosk checks no signature). */
const cryptoRandomBytes: RandomBytes = (n) => crypto.getRandomValues(new Uint8Array(n));

export class BadgeActionError extends Error {
  constructor(readonly problem: BadgeProblem) {
    super(`Badge action refused: ${problem}`);
    this.name = 'BadgeActionError';
  }
}

interface ActionOptions {
  now?: number;
  randomBytes?: RandomBytes;
}

type Staff = Pick<StaffMember, 'id'>;

/** Every learner's badges, for the admin list. The badges table is small (a row per card). */
export async function loadBadgeSummaries(db: KioskDatabase): Promise<Map<string, BadgeSummary>> {
  const byLearner = new Map<string, BadgeRow[]>();
  for (const row of await db.badges.toArray()) {
    const list = byLearner.get(row.learnerId);
    if (list) list.push(row);
    else byLearner.set(row.learnerId, [row]);
  }
  const summaries = new Map<string, BadgeSummary>();
  for (const [learnerId, rows] of byLearner) {
    const active = rows.filter((r) => r.status === 'active').map((r) => r.token);
    summaries.set(learnerId, {
      active: await orderByIssue(db, active),
      revoked: rows.filter((r) => r.status === 'revoked').map((r) => r.token),
    });
  }
  return summaries;
}

/** Issues a badge to a learner who has no active one. */
export function issueBadge(
  db: KioskDatabase,
  staff: Staff,
  learnerId: string,
  options: ActionOptions = {},
): Promise<BadgeChange> {
  return change(db, staff, learnerId, options, 'issue');
}

/** Revokes the learner's badge(s) and issues a new one, in the same transaction. */
export function reissueBadge(
  db: KioskDatabase,
  staff: Staff,
  learnerId: string,
  options: ActionOptions = {},
): Promise<BadgeChange> {
  return change(db, staff, learnerId, options, 'reissue');
}

/** Revokes the learner's badge(s): the card is refused at once; nothing can re-enable it. */
export function revokeBadge(
  db: KioskDatabase,
  staff: Staff,
  learnerId: string,
  options: ActionOptions = {},
): Promise<BadgeChange> {
  return change(db, staff, learnerId, options, 'revoke');
}

async function change(
  db: KioskDatabase,
  staff: Staff,
  learnerId: string,
  options: ActionOptions,
  action: BadgeAction,
): Promise<BadgeChange> {
  const now = options.now ?? Date.now();
  const randomBytes = options.randomBytes ?? cryptoRandomBytes;
  const actor = { kind: 'staff', staffId: staff.id } as const;
  return db.transaction('rw', appendTables(db), async () => {
    const learner = await db.learners.get(learnerId);
    const plan = planBadgeAction(
      action,
      learner && toLearner(learner),
      await activeTokens(db, learnerId),
    );
    if (!plan.ok) throw new BadgeActionError(plan.problem);
    const { revoke, issue } = plan;
    const bodies: EventBody[] = revoke.map((token) => ({
      type: 'badge-revoked',
      learnerId,
      token,
      actor,
    }));
    const token = issue ? await freshToken(db, randomBytes) : null;
    if (token) {
      bodies.push({
        type: 'badge-issued',
        learnerId,
        token,
        actor,
      } satisfies EventBody<BadgeIssuedEvent>);
    }
    await appendEvents(db, bodies, now);
    return { learnerId, issued: token, revoked: revoke };
  });
}
